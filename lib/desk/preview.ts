/**
 * 预览: what a page would become, before anything is stored. Each article with its title, place
 * (with confidence; low confidence flagged), its text with places and numbers marked (as spans:
 * the browser renders text nodes, never HTML) and warnings: no place, a page that reads as one
 * long article, a page or an article already stored.
 */
import type { Db } from "../db/client";
import type { Gazetteer } from "../geo/gazetteer";
import { sha256 } from "../ingest/article-id";
import { engineVersion } from "../ingest/engine-version";
import { pageDate } from "../ingest/page-date";
import { extractDocument } from "../ingest/pipeline";
import { LOW_CONFIDENCE } from "./review";

/** A page this long that comes out as one article probably was not split. */
export const LONG_PAGE_CHARS = 2500;

export type Warning = { code: "no-place" | "city-only" | "low-confidence" | "one-long-article" | "duplicate-page" | "duplicate-article"; message: string; href?: string };

export type PreviewArticle = {
  id: string;
  title: string;
  authors: string[];
  body: string;
  captions: string[];
  place: { label: string; level: string; countyCode: string | null; confidence: number; low: boolean } | null;
  mentions: { text: string; code: string; start: number; end: number }[];
  metrics: { text: string; start: number; end: number; value: number; unit: string; approx: boolean; label: string; kind: string }[];
  warnings: Warning[];
};

export type Preview = {
  contentHash: string;
  engineVersion: string;
  publishedOn: string | null;
  chars: number;
  articles: PreviewArticle[];
  warnings: Warning[];
};

export async function previewPage(db: Db, input: { rawText: string; single?: boolean }, gazetteer: Gazetteer): Promise<Preview> {
  const contentHash = sha256(input.rawText);
  const doc = extractDocument(input.rawText, { single: input.single, gazetteer });
  const warnings: Warning[] = [];
  const stored = await db.source.findUnique({ where: { contentHash }, select: { id: true, name: true, publishedOn: true, articles: { select: { id: true }, take: 1, orderBy: { position: "asc" } } } });
  if (stored) {
    warnings.push({
      code: "duplicate-page",
      message: `这一页已经存储过（${stored.name}${stored.publishedOn ? `，${stored.publishedOn}` : ""}）：发布不会重复存储`,
      href: `/desk/page/${stored.id}`,
    });
  }
  const chars = input.rawText.replace(/\s+/g, "").length;
  if (!input.single && doc.articles.length === 1 && chars > LONG_PAGE_CHARS) {
    warnings.push({ code: "one-long-article", message: `整页 ${chars} 字只分出一篇报道：可能没有正确拆分，请检查标题行` });
  }
  // Articles stored from another page with the same title and the same opening words.
  const titles = [...new Set(doc.articles.map((a) => a.title).filter(Boolean))];
  const twins = titles.length
    ? await db.article.findMany({ where: { title: { in: titles }, ...(stored ? { sourceId: { not: stored.id } } : {}) }, select: { id: true, title: true, body: true } })
    : [];
  const opening = (s: string) => s.replace(/\s+/g, "").slice(0, 40);

  return {
    contentHash,
    engineVersion: engineVersion({ gazetteer }),
    publishedOn: pageDate(input.rawText),
    chars,
    warnings,
    articles: doc.articles.map((a) => {
      const w: Warning[] = [];
      const p = a.place;
      if (!p) w.push({ code: "no-place", message: "没有定位到浙江的地点" });
      else if (!p.county) w.push({ code: "city-only", message: `只定位到地市（${p.city?.name ?? ""}），没有区县` });
      if (p && p.confidence < LOW_CONFIDENCE) w.push({ code: "low-confidence", message: `地点把握不大（${Math.round(p.confidence * 100)}%）` });
      const twin = twins.find((t) => t.title === a.title && opening(t.body) === opening(a.body));
      if (twin) w.push({ code: "duplicate-article", message: "已有一篇相同的报道", href: `/article/${twin.id}` });
      return {
        id: a.id,
        title: a.title,
        authors: a.authors,
        body: a.body,
        captions: a.captions,
        place: p
          ? {
              label: [p.city?.name, p.county?.name, p.township?.name].filter(Boolean).join(""),
              level: p.level,
              countyCode: p.county?.adcode ?? null,
              confidence: p.confidence,
              low: p.confidence < LOW_CONFIDENCE,
            }
          : null,
        mentions: a.mentions.map((m) => ({ text: m.text, code: m.code, start: m.start, end: m.end })),
        metrics: a.metrics.map((m) => ({ text: m.text, start: m.start, end: m.end, value: m.value, unit: m.unit, approx: m.approx, label: m.label, kind: m.kind })),
        warnings: w,
      };
    }),
  };
}
