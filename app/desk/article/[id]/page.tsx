import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import ArticleEditor from "@/components/desk/ArticleEditor";
import DeskShell from "@/components/desk/DeskShell";
import styles from "@/components/desk/desk.module.css";
import { getDb } from "@/lib/db/client";
import { editorArticle } from "@/lib/desk/editor-view";
import { requireEditor } from "../../require-editor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "校对｜编辑台", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function DeskArticlePage({ params }: Props) {
  const id = (await params).id;
  const editor = await requireEditor(`/desk/article/${id}`);
  const article = /^[0-9a-f]{12}$/.test(id) ? await editorArticle(getDb(), id) : null;
  if (!article) notFound();
  return (
    <DeskShell email={editor.email} admin={editor.role === "admin"}>
      <p className={styles.muted}>
        <Link href={`/desk/page/${article.sourceId}`}>{article.sourceName}</Link> › <Link href={`/article/${article.id}`}>公开页面</Link>
      </p>
      <h1 style={{ fontSize: 24, margin: "8px 0 16px" }}>
        {article.title}
        {article.corrected && <span className={styles.badge}>已人工校对</span>}
      </h1>
      <ArticleEditor article={article} />
    </DeskShell>
  );
}
