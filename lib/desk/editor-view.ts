/**
 * What the desk's article editor and page view read: the stored article with its place named, its
 * numbers and place names as spans over the body, its paragraphs (where it can be split), whether
 * there is a next article to merge with, and its page's corrections. Plain JSON for the components.
 */
import type { Db } from "../db/client";
import { paragraphs } from "../highlight";
import { pageHistory, type CorrectionView } from "./history";
import { placeLabel } from "./places";
import { LOW_CONFIDENCE } from "./review";
import { fromRow } from "./stored-article";

export type EditorMetric = { index: number; text: string; start: number; end: number; value: number; unit: string; approx: boolean; label: string; kind: string; corrected: boolean };

export type EditorArticle = {
  id: string;
  sourceId: string;
  sourceName: string;
  title: string;
  body: string;
  place: { label: string; level: string; confidence: number | null; low: boolean } | null;
  metrics: EditorMetric[];
  mentions: { text: string; start: number; end: number; code: string }[];
  /** Offsets where a paragraph other than the first starts: where a split may cut. */
  splitPoints: { at: number; preview: string }[];
  next: { id: string; title: string } | null;
  corrected: boolean;
  engineVersion: string | null;
  history: CorrectionView[];
};

export async function editorArticle(db: Db, id: string): Promise<EditorArticle | null> {
  const row = await db.article.findUnique({ where: { id }, include: { mentions: true, metrics: true, source: { select: { id: true, name: true } } } });
  if (!row) return null;
  const a = fromRow(row);
  const next = await db.article.findFirst({ where: { sourceId: row.sourceId, position: { gt: row.position } }, orderBy: { position: "asc" }, select: { id: true, title: true } });
  const history = (await pageHistory(db, row.sourceId)).filter((c) => c.articleId === id);
  return {
    id: a.id,
    sourceId: row.source.id,
    sourceName: row.source.name,
    title: a.title,
    body: a.body,
    place: a.place ? { label: await placeLabel(db, a.place), level: a.place.level, confidence: a.place.confidence, low: (a.place.confidence ?? 1) < LOW_CONFIDENCE } : null,
    metrics: a.metrics.map((m, index) => ({ index, text: m.text, start: m.start, end: m.end, value: m.value, unit: m.unit, approx: m.approx, label: m.label, kind: m.kind, corrected: m.corrected })),
    mentions: a.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, code: m.placeCode })),
    splitPoints: paragraphs(a.body)
      .slice(1)
      .map((p) => ({ at: p.start, preview: a.body.slice(p.start, Math.min(p.end, p.start + 30)) })),
    next,
    corrected: a.corrected,
    engineVersion: a.engineVersion,
    history,
  };
}

export type EditorPage = {
  id: string;
  name: string;
  publishedOn: string | null;
  engineVersion: string | null;
  articles: { id: string; title: string; placeLabel: string; corrected: boolean; metrics: number }[];
  history: CorrectionView[];
};

export async function editorPage(db: Db, id: string): Promise<EditorPage | null> {
  const s = await db.source.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      publishedOn: true,
      base: { select: { engineVersion: true } },
      articles: { orderBy: { position: "asc" }, include: { mentions: true, metrics: true } },
    },
  });
  if (!s) return null;
  const articles = await Promise.all(
    s.articles.map(async (r) => {
      const a = fromRow(r);
      return { id: a.id, title: a.title, placeLabel: await placeLabel(db, a.place), corrected: a.corrected, metrics: a.metrics.length };
    }),
  );
  return {
    id: s.id,
    name: s.name,
    publishedOn: s.publishedOn,
    engineVersion: s.base?.engineVersion ?? s.articles[0]?.engineVersion ?? null,
    articles,
    history: await pageHistory(db, s.id),
  };
}
