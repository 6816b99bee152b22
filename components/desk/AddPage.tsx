"use client";
import { useEffect, useState } from "react";
import type { Preview } from "@/lib/desk/preview";
import { deskCall, fileToBase64 } from "./desk-api";
import MarkedText from "./MarkedText";
import styles from "./desk.module.css";

type Published = { status: "created" | "unchanged"; sourceId: string; articles: number };
type Batch = { job: { id: string; status: string; error: string | null } | null; items: { position: number; fileName: string | null; status: string; sourceId: string | null; articles: number | null; error: string | null }[] };

const BATCH_KEY = "zj-desk-batch";

/**
 * 添加页面: paste a page (页面文本) or pick .txt/.html files, name its source (来源) and date (日期),
 * 预览 the extraction, then 发布. Several files go to the server as one background batch whose
 * progress is read from the database, so it survives a reload (the batch id is kept in this browser).
 */
export default function AddPage() {
  const [text, setText] = useState("");
  const [name, setName] = useState("");
  const [date, setDate] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [published, setPublished] = useState<Published | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [batch, setBatch] = useState<Batch | null>(null);

  useEffect(() => {
    // The saved id is read after hydration (the server cannot see localStorage).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setBatchId(window.localStorage.getItem(BATCH_KEY));
  }, []);

  useEffect(() => {
    if (!batchId) return;
    let stop = false;
    const poll = async () => {
      try {
        const b = await deskCall<Batch>(`/api/desk/uploads/${batchId}`);
        if (stop) return;
        setBatch(b);
        if (b.job && (b.job.status === "queued" || b.job.status === "running")) setTimeout(poll, 1000);
      } catch {
        if (!stop) window.localStorage.removeItem(BATCH_KEY);
      }
    };
    void poll();
    return () => {
      stop = true;
    };
  }, [batchId]);

  const single = files.length === 1 ? files[0]! : null;

  async function request() {
    const base = { name, publishedOn: date };
    if (single) return { ...base, file: { fileName: single.name, base64: await fileToBase64(single) } };
    return { ...base, text };
  }

  async function run(what: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await what();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const doPreview = () =>
    run(async () => {
      setPublished(null);
      setPreview(await deskCall<Preview>("/api/desk/preview", await request()));
    });

  const doPublish = () =>
    run(async () => {
      if (files.length > 1) {
        const payload = { name, publishedOn: date, files: await Promise.all(files.map(async (f) => ({ fileName: f.name, base64: await fileToBase64(f) }))) };
        const r = await deskCall<{ batchId: string }>("/api/desk/uploads", payload);
        window.localStorage.setItem(BATCH_KEY, r.batchId);
        setBatch(null);
        setBatchId(r.batchId);
        return;
      }
      setPublished(await deskCall<Published>("/api/desk/publish", await request()));
      setPreview(null);
    });

  const done = batch?.items.filter((i) => i.status !== "pending").length ?? 0;

  return (
    <section className={styles.card} aria-labelledby="add-page">
      <h2 id="add-page">添加页面</h2>
      <label className={styles.field}>
        页面文本
        <textarea value={text} onChange={(e) => setText(e.target.value)} disabled={files.length > 0} placeholder="粘贴整版报纸文字（或下方选择 .txt / .html 文件）" />
      </label>
      <div className={styles.row}>
        <label className={styles.field}>
          来源
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="报纸名称与版面" required />
        </label>
        <label className={styles.field}>
          日期
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className={styles.field}>
          文件
          <input type="file" multiple accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </label>
      </div>
      <div className={styles.row}>
        <button type="button" className={styles.ghost} onClick={doPreview} disabled={busy || files.length > 1 || (!text.trim() && !single) || !name.trim()}>
          预览
        </button>
        <button type="button" className={styles.button} onClick={doPublish} disabled={busy || (!text.trim() && files.length === 0) || !name.trim()}>
          发布
        </button>
        {files.length > 1 && <span className={styles.muted}>{files.length} 个文件将在后台逐个存储</span>}
      </div>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      {published && (
        <p className={styles.ok} role="status" data-testid="published">
          {published.status === "created" ? `已发布：${published.articles} 篇报道。` : "这一页已经存储过，没有重复存储。"}{" "}
          <a href={`/desk/page/${published.sourceId}`}>查看这一页</a>
        </p>
      )}
      {batch && (
        <div data-testid="batch">
          <h3>
            后台上传：{done}/{batch.items.length}
            {batch.job ? `（${batch.job.status === "done" ? "完成" : batch.job.status === "failed" ? "失败" : "进行中"}）` : ""}
          </h3>
          <progress className={styles.progress} max={batch.items.length} value={done} />
          <ul>
            {batch.items.map((i) => (
              <li key={i.position}>
                {i.fileName}：{i.status === "pending" ? "等待" : i.status === "failed" ? `失败（${i.error}）` : i.status === "unchanged" ? "已存储过" : `${i.articles} 篇`}{" "}
                {i.sourceId && <a href={`/desk/page/${i.sourceId}`}>查看</a>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview && <PreviewView preview={preview} />}
    </section>
  );
}

function PreviewView({ preview }: { preview: Preview }) {
  return (
    <div data-testid="preview">
      <h3>
        预览：{preview.articles.length} 篇报道{preview.publishedOn ? `，${preview.publishedOn}` : ""}
      </h3>
      {preview.warnings.map((w) => (
        <p key={w.code} className={styles.warn} data-warning={w.code}>
          {w.message} {w.href && <a href={w.href}>查看</a>}
        </p>
      ))}
      {preview.articles.map((a) => (
        <article key={a.id} className={styles.article} data-testid="preview-article">
          <h3>{a.title || "（无标题）"}</h3>
          <p className={styles.muted}>
            地点：
            {a.place ? (
              <span className={a.place.low ? styles.low : undefined}>
                {a.place.label}（把握 {Math.round(a.place.confidence * 100)}%{a.place.low ? "，需核对" : ""}）
              </span>
            ) : (
              <span className={styles.low}>未定位</span>
            )}
            ，数字 {a.metrics.length} 个
          </p>
          {a.warnings.map((w) => (
            <p key={w.code} className={styles.warn} data-warning={w.code}>
              {w.message} {w.href && <a href={w.href}>查看</a>}
            </p>
          ))}
          <MarkedText body={a.body} metrics={a.metrics} places={a.mentions} />
        </article>
      ))}
    </div>
  );
}
