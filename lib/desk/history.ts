/**
 * A correction as people read it: what kind, what it was and what it became, who made it, whether it
 * still applies or was undone. Shown on the public article page (校对记录) and at the desk.
 */
import type { Db } from "../db/client";
import { CORRECTION_LABELS, type CorrectionKind } from "./correction-types";

export type CorrectionView = {
  id: number;
  sourceId: string;
  articleId: string;
  kind: string;
  kindLabel: string;
  description: string;
  authorEmail: string;
  createdAt: string;
  undoneAt: string | null;
  undoneByEmail: string | null;
  status: "applied" | "orphaned";
  orphanReason: string | null;
};

type Row = {
  id: number;
  sourceId: string;
  articleId: string;
  kind: string;
  before: string;
  after: string;
  authorEmail: string;
  createdAt: Date;
  undoneAt: Date | null;
  undoneByEmail: string | null;
  status: string;
  orphanReason: string | null;
};

type Metricish = { value?: number; unit?: string; approx?: boolean; label?: string; text?: string };

function read(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const num = (m: Metricish | undefined | null) => (m && typeof m.value === "number" ? `${m.approx ? "约" : ""}${m.value}${m.unit ?? ""}${m.label ? `（${m.label}）` : ""}` : "");

/** One line in Chinese: 地点：A → B, 数字：“300余人” 300人 → 320人. */
export function describeCorrection(kind: string, beforeJson: string, afterJson: string): string {
  const before = read(beforeJson);
  const after = read(afterJson);
  switch (kind as CorrectionKind) {
    case "place":
      return `${String(before.label ?? "未定位")} → ${String(after.label ?? "未定位")}`;
    case "title":
      return `“${String(before.title ?? "")}” → “${String(after.title ?? "")}”`;
    case "split":
      return `从“${String(before.title ?? "")}”拆出“${String(after.title ?? "")}”`;
    case "merge":
      return `合并“${((before.titles as string[] | undefined) ?? []).join("”与“")}”`;
    case "hide":
      return `隐藏“${String(before.title ?? "")}”`;
    case "metric-fix":
      return `“${String((before as Metricish).text ?? "")}” ${num(before as Metricish)} → ${num(after.metric as Metricish)}`;
    case "metric-delete":
      return `删除“${String((before as Metricish).text ?? "")}” ${num(before as Metricish)}`;
    case "metric-add":
      return `添加 ${num(after.metric as Metricish)}`;
    default:
      return kind;
  }
}

export function toCorrectionView(r: Row): CorrectionView {
  return {
    id: r.id,
    sourceId: r.sourceId,
    articleId: r.articleId,
    kind: r.kind,
    kindLabel: CORRECTION_LABELS[r.kind as CorrectionKind] ?? r.kind,
    description: describeCorrection(r.kind, r.before, r.after),
    authorEmail: r.authorEmail,
    createdAt: r.createdAt.toISOString(),
    undoneAt: r.undoneAt?.toISOString() ?? null,
    undoneByEmail: r.undoneByEmail,
    status: r.status === "orphaned" ? "orphaned" : "applied",
    orphanReason: r.orphanReason,
  };
}

/** An article's corrections, oldest first (undone ones too: the history keeps them). */
export async function articleHistory(db: Db, articleId: string): Promise<CorrectionView[]> {
  const rows = await db.correction.findMany({ where: { articleId }, orderBy: { id: "asc" } });
  return rows.map(toCorrectionView);
}

/** A page's corrections, oldest first. */
export async function pageHistory(db: Db, sourceId: string): Promise<CorrectionView[]> {
  const rows = await db.correction.findMany({ where: { sourceId }, orderBy: { id: "asc" } });
  return rows.map(toCorrectionView);
}
