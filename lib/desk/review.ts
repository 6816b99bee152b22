/**
 * The desk's overview: recent pages, stories that need an editor's look (no place, a low-confidence
 * place, corrections a re-extraction could not re-anchor) and who changed what.
 */
import type { Db } from "../db/client";

/** Below this the geocoder was guessing (a paper's home county, one ambiguous name): flag it. */
export const LOW_CONFIDENCE = 0.5;

const LIMIT = 30;

export type RecentPage = { id: string; name: string; publishedOn: string | null; createdAt: Date; articles: number; corrections: number };
export type ReviewArticle = { id: string; sourceId: string; title: string; reason: "no-place" | "low-confidence"; confidence: number | null };
export type OrphanView = { id: number; sourceId: string; articleId: string; kind: string; reason: string | null; authorEmail: string; createdAt: Date };
export type EventView = { id: number; at: Date; userEmail: string; action: string; sourceId: string | null; articleId: string | null; summary: string };

export type DeskOverview = { pages: RecentPage[]; review: ReviewArticle[]; orphans: OrphanView[]; events: EventView[] };

export async function deskOverview(db: Db): Promise<DeskOverview> {
  const [pages, unplaced, unsure, orphans, events] = await Promise.all([
    db.source.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: LIMIT,
      select: { id: true, name: true, publishedOn: true, createdAt: true, _count: { select: { articles: true, corrections: { where: { undoneAt: null } } } } },
    }),
    db.article.findMany({ where: { placeLevel: null }, orderBy: { id: "asc" }, take: LIMIT, select: { id: true, sourceId: true, title: true, confidence: true } }),
    db.article.findMany({
      where: { confidence: { lt: LOW_CONFIDENCE }, placeLevel: { not: null }, corrected: false },
      orderBy: [{ confidence: "asc" }, { id: "asc" }],
      take: LIMIT,
      select: { id: true, sourceId: true, title: true, confidence: true },
    }),
    db.correction.findMany({ where: { status: "orphaned", undoneAt: null }, orderBy: { id: "desc" }, take: LIMIT }),
    db.deskEvent.findMany({ orderBy: { id: "desc" }, take: LIMIT }),
  ]);
  return {
    pages: pages.map((p) => ({ id: p.id, name: p.name, publishedOn: p.publishedOn, createdAt: p.createdAt, articles: p._count.articles, corrections: p._count.corrections })),
    review: [
      ...unplaced.map((a) => ({ ...a, reason: "no-place" as const })),
      ...unsure.map((a) => ({ ...a, reason: "low-confidence" as const })),
    ],
    orphans: orphans.map((c) => ({ id: c.id, sourceId: c.sourceId, articleId: c.articleId, kind: c.kind, reason: c.orphanReason, authorEmail: c.authorEmail, createdAt: c.createdAt })),
    events,
  };
}
