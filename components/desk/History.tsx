"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { CorrectionView } from "@/lib/desk/history";
import { deskCall } from "./desk-api";
import styles from "./desk.module.css";

/** A list of corrections with 撤销 for each one still in force. */
export default function History({ items, title = "校对记录" }: { items: CorrectionView[]; title?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function undo(id: number) {
    setBusy(true);
    setError(null);
    try {
      const r = await deskCall<{ orphaned: { id: number; reason: string }[] }>(`/api/desk/corrections/${id}/undo`, {});
      if (r.orphaned.length) setError(`撤销后有 ${r.orphaned.length} 条校对无法再应用：${r.orphaned.map((o) => `#${o.id} ${o.reason}`).join("；")}`);
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.card} aria-labelledby="history">
      <h2 id="history">{title}</h2>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <p className={styles.muted}>还没有校对。</p>
      ) : (
        <table className={styles.table}>
          <tbody>
            {items.map((c) => (
              <tr key={c.id} data-testid="correction" data-kind={c.kind} className={c.undoneAt ? styles.undone : undefined}>
                <td>#{c.id}</td>
                <td>{c.kindLabel}</td>
                <td>
                  {c.description}
                  {c.status === "orphaned" && !c.undoneAt && <div className={styles.warn}>无法重新定位：{c.orphanReason}</div>}
                </td>
                <td className={styles.muted}>
                  {c.authorEmail}
                  <br />
                  {c.createdAt.slice(0, 16).replace("T", " ")}
                  {c.undoneAt && (
                    <>
                      <br />
                      已由 {c.undoneByEmail} 撤销
                    </>
                  )}
                </td>
                <td>
                  {!c.undoneAt && (
                    <button type="button" className={styles.ghost} disabled={busy} onClick={() => undo(c.id)}>
                      撤销
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
