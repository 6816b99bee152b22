import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import DeskShell from "@/components/desk/DeskShell";
import History from "@/components/desk/History";
import { ReextractPageButton } from "@/components/desk/ReextractButton";
import styles from "@/components/desk/desk.module.css";
import { getDb } from "@/lib/db/client";
import { editorPage } from "@/lib/desk/editor-view";
import { requireEditor } from "../../require-editor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "页面｜编辑台", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function DeskPageView({ params }: Props) {
  const id = (await params).id;
  const editor = await requireEditor(`/desk/page/${id}`);
  const page = /^[0-9a-f]{16}$/.test(id) ? await editorPage(getDb(), id) : null;
  if (!page) notFound();
  return (
    <DeskShell email={editor.email} admin={editor.role === "admin"}>
      <section className={styles.card}>
        <h2>{page.name}</h2>
        <p className={styles.muted}>
          {page.publishedOn ?? "无日期"}，抽取引擎 {page.engineVersion ?? "未知"}
        </p>
        <ReextractPageButton sourceId={page.id} />
        <ol>
          {page.articles.map((a) => (
            <li key={a.id} data-testid="page-article">
              <Link href={`/desk/article/${a.id}`}>{a.title || "（无标题）"}</Link>{" "}
              <span className={styles.muted}>
                {a.placeLabel}，{a.metrics} 个数字
              </span>
              {a.corrected && <span className={styles.badge}>已人工校对</span>}
            </li>
          ))}
        </ol>
      </section>
      <History items={page.history} title="这一页的校对记录" />
    </DeskShell>
  );
}
