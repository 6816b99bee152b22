import type { Metadata } from "next";
import Link from "next/link";
import AddPage from "@/components/desk/AddPage";
import DeskShell from "@/components/desk/DeskShell";
import { ReextractAllButton } from "@/components/desk/ReextractButton";
import styles from "@/components/desk/desk.module.css";
import { getDb } from "@/lib/db/client";
import { CORRECTION_LABELS, type CorrectionKind } from "@/lib/desk/correction-types";
import { deskOverview } from "@/lib/desk/review";
import { requireEditor } from "./require-editor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "编辑台", robots: { index: false } };

const time = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

export default async function DeskPage() {
  const editor = await requireEditor("/desk");
  const o = await deskOverview(getDb());
  return (
    <DeskShell email={editor.email} admin={editor.role === "admin"}>
      <AddPage />
      <div className={styles.grid}>
        <section className={styles.card} aria-labelledby="review">
          <h2 id="review">需要复核</h2>
          {o.orphans.length + o.review.length === 0 && <p className={styles.muted}>没有需要复核的报道。</p>}
          {o.orphans.length > 0 && (
            <>
              <h3>无法重新定位的校对</h3>
              <ul>
                {o.orphans.map((c) => (
                  <li key={c.id}>
                    <Link href={`/desk/page/${c.sourceId}`}>
                      #{c.id} {CORRECTION_LABELS[c.kind as CorrectionKind] ?? c.kind}
                    </Link>
                    ：{c.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {o.review.length > 0 && (
            <ul>
              {o.review.map((a) => (
                <li key={a.id}>
                  <Link href={`/desk/article/${a.id}`}>{a.title || "（无标题）"}</Link>{" "}
                  <span className={styles.muted}>{a.reason === "no-place" ? "未定位" : `地点把握 ${Math.round((a.confidence ?? 0) * 100)}%`}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className={styles.card} aria-labelledby="pages">
          <h2 id="pages">最近的页面</h2>
          <ReextractAllButton />
          <ul>
            {o.pages.map((p) => (
              <li key={p.id}>
                <Link href={`/desk/page/${p.id}`}>{p.name}</Link>{" "}
                <span className={styles.muted}>
                  {p.publishedOn ?? "无日期"}，{p.articles} 篇{p.corrections ? `，${p.corrections} 条校对` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className={styles.card} aria-labelledby="events">
        <h2 id="events">谁改了什么</h2>
        {o.events.length === 0 ? (
          <p className={styles.muted}>还没有记录。</p>
        ) : (
          <table className={styles.table}>
            <tbody>
              {o.events.map((e) => (
                <tr key={e.id}>
                  <td className={styles.muted}>{time(e.at)}</td>
                  <td>{e.userEmail}</td>
                  <td>
                    {e.articleId ? <Link href={`/desk/article/${e.articleId}`}>{e.summary}</Link> : e.sourceId ? <Link href={`/desk/page/${e.sourceId}`}>{e.summary}</Link> : e.summary}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </DeskShell>
  );
}
