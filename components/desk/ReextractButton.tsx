"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { deskCall } from "./desk-api";
import styles from "./desk.module.css";

type Result = { articles: number; kept: number; added: string[]; removed: string[]; orphaned: { id: number; reason: string }[]; engineVersion: string };

/** 重新抽取 one page now: the current engine, stable ids kept, corrections applied again. */
export function ReextractPageButton({ sourceId }: { sourceId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div>
      <button
        type="button"
        className={styles.ghost}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setMsg(null);
          try {
            const r = await deskCall<Result>(`/api/desk/pages/${sourceId}/reextract`, {});
            setMsg({
              ok: r.orphaned.length === 0,
              text: `重新抽取完成：${r.articles} 篇（保留 ${r.kept}，新增 ${r.added.length}，移除 ${r.removed.length}）${r.orphaned.length ? `，${r.orphaned.length} 条校对无法重新定位，请复核` : "，校对全部重新应用"}`,
            });
            router.refresh();
          } catch (e) {
            setMsg({ ok: false, text: (e as Error).message });
          } finally {
            setBusy(false);
          }
        }}
      >
        重新抽取这一页
      </button>
      {msg && (
        <p className={msg.ok ? styles.ok : styles.warn} role="status" data-testid="reextract-result">
          {msg.text}
        </p>
      )}
    </div>
  );
}

type Job = { id: string; status: string; progress: { done: number; total: number | null; message: string | null }; error: string | null } | null;

/** 重新抽取全部: a background job on the shared queue; its progress is read back after a reload. */
export function ReextractAllButton() {
  const [job, setJob] = useState<Job>(null);
  const [error, setError] = useState<string | null>(null);
  const active = job?.status === "queued" || job?.status === "running";

  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const r = await deskCall<{ job: Job }>("/api/desk/reextract");
        if (stop) return;
        setJob(r.job);
        if (r.job && (r.job.status === "queued" || r.job.status === "running")) timer = setTimeout(poll, 1500);
      } catch (e) {
        if (!stop) setError((e as Error).message);
      }
    };
    void poll();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [active]);

  return (
    <div>
      <button
        type="button"
        className={styles.ghost}
        disabled={active}
        onClick={async () => {
          try {
            setJob((await deskCall<{ job: Job }>("/api/desk/reextract", {})).job);
          } catch (e) {
            setError((e as Error).message);
          }
        }}
      >
        重新抽取全部页面
      </button>{" "}
      {job && (
        <span className={styles.muted} data-testid="reextract-all">
          {job.status === "done" ? "上次全部重新抽取已完成" : job.status === "failed" ? `失败：${job.error}` : `进行中 ${job.progress.done}/${job.progress.total ?? "?"}`}
          {job.progress.message ? `（${job.progress.message}）` : ""}
        </span>
      )}
      {error && <p className={styles.error}>{error}</p>}
    </div>
  );
}
