import type { IndexTokens } from "../search/tokenize";
import path from "node:path";
import type { ExtractedArticle, ExtractionDocument } from "../ingest/pipeline";

/**
 * Extraction record -> table rows, for both writers (direct SQLite and Prisma). No decisions are
 * made here: every value comes from the extraction document (lib/ingest/pipeline.ts).
 */
export type SourceRow = {
  id: string;
  name: string;
  publishedOn: string | null;
  fileName: string | null;
  rawText: string;
  contentHash: string;
  createdAt: Date;
  /** Extracted as one article (`--single`, crawled pages): re-extraction does the same. */
  single: boolean;
};

export type ArticleRow = {
  id: string;
  sourceId: string;
  position: number;
  title: string;
  authors: string;
  body: string;
  captions: string;
  tags: string;
  publishedOn: string | null;
  placeLevel: string | null;
  cityCode: string | null;
  countyCode: string | null;
  townshipCode: string | null;
  lon: number | null;
  lat: number | null;
  confidence: number | null;
  /** The engine that produced it (lib/ingest/engine-version.ts). */
  engineVersion: string | null;
};

export type MentionRow = { articleId: string; placeCode: string; text: string; level: string; start: number; end: number; primary: boolean };

export type MetricRow = {
  articleId: string;
  position: number;
  text: string;
  value: number;
  unit: string;
  approx: boolean;
  label: string;
  kind: string;
  start: number;
  end: number;
  normValue: number | null;
  normUnit: string | null;
  /** lib/metrics/indicators.json id, its confidence, and the position of the metric this one is part of. */
  indicator: string;
  indicatorConfidence: number;
  partOf: number | null;
};

/** A page ready to write: its source row and what extraction decided about it. */
/** An article's full-text tokens (lib/search/tokenize.ts), when the extraction thread computed them. */
export type SearchTokens = { title: IndexTokens; body: IndexTokens };

/** `search`: one entry per article of `doc`, in order; without it the article is indexed later (search-index.ts). */
export type PreparedPage = { source: SourceRow; doc: ExtractionDocument; engineVersion?: string | null; search?: SearchTokens[] };

export type PageRows = { source: SourceRow; articles: ArticleRow[]; mentions: MentionRow[]; metrics: MetricRow[] };

export function sourceRow(input: { name: string; fileName?: string | null; rawText: string; single?: boolean }, contentHash: string, publishedOn: string | null): SourceRow {
  return {
    id: contentHash.slice(0, 16),
    name: input.name,
    publishedOn,
    fileName: input.fileName ? path.basename(input.fileName) : null,
    rawText: input.rawText,
    contentHash,
    createdAt: new Date(),
    single: input.single ?? false,
  };
}

function articleRow(a: ExtractedArticle, sourceId: string, position: number, engineVersion: string | null): ArticleRow {
  const p = a.place;
  return {
    id: a.id,
    sourceId,
    position,
    title: a.title,
    authors: JSON.stringify(a.authors),
    body: a.body,
    captions: JSON.stringify(a.captions),
    tags: JSON.stringify(a.tags),
    publishedOn: a.publishedOn,
    placeLevel: p?.level ?? null,
    cityCode: p?.city?.adcode ?? null,
    countyCode: p?.county?.adcode ?? null,
    townshipCode: p?.township?.code ?? null,
    lon: p?.lon ?? null,
    lat: p?.lat ?? null,
    confidence: p?.confidence ?? null,
    engineVersion,
  };
}

export function pageRows(page: PreparedPage): PageRows {
  const { source, doc } = page;
  return {
    source,
    articles: doc.articles.map((a, i) => articleRow(a, source.id, i, page.engineVersion ?? null)),
    mentions: doc.articles.flatMap((a) =>
      a.mentions.map((m) => ({ articleId: a.id, placeCode: m.code, text: m.text, level: m.level, start: m.start, end: m.end, primary: m.primary })),
    ),
    metrics: doc.articles.flatMap((a) =>
      a.metrics.map((m, i) => ({
        articleId: a.id,
        position: i,
        text: m.text,
        value: m.value,
        unit: m.unit,
        approx: m.approx,
        label: m.label,
        kind: m.kind,
        start: m.start,
        end: m.end,
        normValue: m.normalized?.value ?? null,
        normUnit: m.normalized?.unit ?? null,
        indicator: m.indicator,
        indicatorConfidence: m.indicatorConfidence,
        partOf: m.partOf,
      })),
    ),
  };
}

/** Place codes a page's mentions point at: all must be in the gazetteer table before writing. */
export function mentionCodes(page: PreparedPage): string[] {
  return [...new Set(page.doc.articles.flatMap((a) => a.mentions.map((m) => m.code)))];
}
