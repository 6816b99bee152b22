/**
 * The downloadable files: whole dataset or exactly what a view shows (the same filter parameters
 * as the page URL and the API). Articles and metrics are read in keyset batches and streamed, so
 * a download of 100,000 stories holds one batch in memory at a time.
 */
import { articleRecordBatches, countLocated } from "../db/article-records";
import type { Db } from "../db/client";
import { countMetricRecords, metricRecordBatches } from "../db/metric-records";
import { NO_FILTER, type StoryFilter } from "../db/story-filter";
import { countStories } from "../db/story-list";
import { toApiArticle, toApiMetric, type ApiArticle, type ApiCounty, type ApiMetric, type ApiTimeline } from "../api/mappers";
import { badRequest } from "../api/http";
import { apiCounties, apiFilter, apiKind, apiArticleId } from "../api/params";
import { apiCountyList, apiMonths } from "../api/v1";
import { csvHeader, csvRows, list, type Column } from "./csv";
import { textStream } from "./stream";

export const EXPORT_FILES = ["articles.csv", "metrics.csv", "stories.geojson", "counties.csv", "months.csv"] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

export function isExportFile(s: string): s is ExportFile {
  return (EXPORT_FILES as readonly string[]).includes(s);
}

type ArticleRow = ApiArticle & { body: string };

export const ARTICLE_COLUMNS: Column<ArticleRow>[] = [
  { name: "id", cell: (a) => a.id },
  { name: "title", cell: (a) => a.title },
  { name: "date", cell: (a) => a.date },
  { name: "source", cell: (a) => a.source },
  { name: "cityCode", cell: (a) => a.cityCode },
  { name: "countyCode", cell: (a) => a.countyCode },
  { name: "townshipCode", cell: (a) => a.townshipCode },
  { name: "placeName", cell: (a) => a.placeName },
  { name: "lon", cell: (a) => a.lon },
  { name: "lat", cell: (a) => a.lat },
  { name: "tags", cell: (a) => list(a.tags) },
  { name: "authors", cell: (a) => list(a.authors) },
  { name: "metricCount", cell: (a) => a.metricCount },
  { name: "url", cell: (a) => a.url },
  { name: "body", cell: (a) => a.body },
];

export const METRIC_COLUMNS: Column<ApiMetric>[] = [
  { name: "id", cell: (m) => m.id },
  { name: "articleId", cell: (m) => m.articleId },
  { name: "articleTitle", cell: (m) => m.articleTitle },
  { name: "date", cell: (m) => m.date },
  { name: "source", cell: (m) => m.source },
  { name: "cityCode", cell: (m) => m.cityCode },
  { name: "countyCode", cell: (m) => m.countyCode },
  { name: "townshipCode", cell: (m) => m.townshipCode },
  { name: "kind", cell: (m) => m.kind },
  { name: "label", cell: (m) => m.label },
  { name: "text", cell: (m) => m.text },
  { name: "value", cell: (m) => m.value },
  { name: "unit", cell: (m) => m.unit },
  { name: "approx", cell: (m) => m.approx },
  { name: "canonicalValue", cell: (m) => m.canonicalValue },
  { name: "canonicalUnit", cell: (m) => m.canonicalUnit },
  { name: "start", cell: (m) => m.start },
  { name: "end", cell: (m) => m.end },
  { name: "sentence", cell: (m) => m.sentence },
];

export const COUNTY_COLUMNS: Column<ApiCounty>[] = [
  { name: "code", cell: (c) => c.code },
  { name: "name", cell: (c) => c.name },
  { name: "cityCode", cell: (c) => c.cityCode },
  { name: "cityName", cell: (c) => c.cityName },
  { name: "population", cell: (c) => c.population },
  { name: "stories", cell: (c) => c.stories },
  { name: "measure", cell: (c) => c.measure },
  { name: "value", cell: (c) => c.value },
  { name: "unit", cell: (c) => c.unit },
  { name: "approx", cell: (c) => c.approx },
  { name: "metrics", cell: (c) => c.metrics },
];

type MonthRow = { countyCode: string | null; month: string; stories: number; value: number | null; approx: boolean; measure: string; unit: string };
export const MONTH_COLUMNS: Column<MonthRow>[] = [
  { name: "countyCode", cell: (r) => r.countyCode },
  { name: "month", cell: (r) => r.month },
  { name: "stories", cell: (r) => r.stories },
  { name: "measure", cell: (r) => r.measure },
  { name: "value", cell: (r) => r.value },
  { name: "unit", cell: (r) => r.unit },
  { name: "approx", cell: (r) => r.approx },
];

/** Month rows of a timeline, plus one "undated" row per series: undated stories are said, not dropped. */
export function monthRows(t: ApiTimeline): MonthRow[] {
  return t.series.flatMap((s) => [
    ...t.months.map((month, i) => ({ countyCode: s.countyCode, month, stories: s.stories[i]!, value: s.values[i] ?? null, approx: s.approx[i]!, measure: t.measure, unit: t.unit })),
    { countyCode: s.countyCode, month: "undated", stories: s.undated, value: null, approx: false, measure: t.measure, unit: t.unit },
  ]);
}

async function* articlesCsv(db: Db, f: StoryFilter): AsyncGenerator<string> {
  yield csvHeader(ARTICLE_COLUMNS);
  for await (const batch of articleRecordBatches(db, f, { body: true })) {
    yield csvRows(ARTICLE_COLUMNS, batch.map((r) => ({ ...toApiArticle(r), body: r.body ?? "" })));
  }
}

async function* metricsCsv(db: Db, f: StoryFilter, params: URLSearchParams): AsyncGenerator<string> {
  const article = params.get("article");
  const scope = { kind: apiKind(params), articleId: article ? apiArticleId(article) : null };
  yield csvHeader(METRIC_COLUMNS);
  for await (const batch of metricRecordBatches(db, f, scope)) yield csvRows(METRIC_COLUMNS, batch.map(toApiMetric));
}

async function* storiesGeoJson(db: Db, f: StoryFilter): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const batch of articleRecordBatches(db, f, { located: true })) {
    const features = batch.map((r) => {
      const { lon, lat, ...properties } = toApiArticle(r);
      return JSON.stringify({ type: "Feature", id: r.id, geometry: { type: "Point", coordinates: [lon, lat] }, properties });
    });
    yield (first ? "" : ",") + features.join(",");
    first = false;
  }
  yield "]}";
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** The file name says what was filtered, so a file kept for later still tells what it holds. */
export function exportFileName(file: ExportFile, f: StoryFilter, extra: string[] = []): string {
  const q = f.q ? f.q.terms.map((t) => t.text).join("+") : null;
  const parts = ["zhejiang", file.replace(/\..*$/, ""), f.city, f.county, f.tag, f.from && `from${f.from}`, f.to && `to${f.to}`, q, ...extra].filter(Boolean) as string[];
  return `${parts.map((p) => p.replace(/[\\/:*?"<>|\s]+/g, "")).join("-")}.${file.split(".")[1]}`;
}

export type ExportResult = { body: ReadableStream<Uint8Array>; contentType: string; fileName: string };

const CSV = "text/csv; charset=utf-8";

/** A download for a file name and the request's filters; bad parameters throw before anything streams. */
export async function exportFile(db: Db, file: string, params: URLSearchParams): Promise<ExportResult> {
  if (!isExportFile(file)) throw badRequest(`no such file: the downloads are ${EXPORT_FILES.join(", ")}`);
  const withCounty = file === "articles.csv" || file === "metrics.csv" || file === "stories.geojson";
  const f = apiFilter(params, { county: withCounty });
  switch (file) {
    case "articles.csv":
      return { body: textStream(articlesCsv(db, f)), contentType: CSV, fileName: exportFileName(file, f) };
    case "metrics.csv": {
      // Validate kind and article now, so a bad one answers 400 instead of breaking the stream.
      apiKind(params);
      if (params.get("article")) apiArticleId(params.get("article")!);
      return { body: textStream(metricsCsv(db, f, params)), contentType: CSV, fileName: exportFileName(file, f, [params.get("kind") ?? "", params.get("article") ?? ""]) };
    }
    case "stories.geojson":
      return { body: textStream(storiesGeoJson(db, f)), contentType: "application/geo+json; charset=utf-8", fileName: exportFileName(file, f) };
    case "counties.csv": {
      const res = await apiCountyList(db, params);
      const only = apiCounties(params);
      const rows = only ? res.data.filter((c) => only.includes(c.code)) : res.data;
      return { body: textStream(once(csvHeader(COUNTY_COLUMNS) + csvRows(COUNTY_COLUMNS, rows))), contentType: CSV, fileName: exportFileName(file, f, [res.measure]) };
    }
    case "months.csv": {
      const res = await apiMonths(db, params);
      return { body: textStream(once(csvHeader(MONTH_COLUMNS) + csvRows(MONTH_COLUMNS, monthRows(res.data)))), contentType: CSV, fileName: exportFileName(file, f, [res.data.measure]) };
    }
  }
}

/** Row counts of the whole-dataset files (the 数据 page shows them). */
export async function datasetCounts(db: Db): Promise<{ articles: number; metrics: number; located: number }> {
  const [articles, metrics, located] = await Promise.all([countStories(db, NO_FILTER), countMetricRecords(db, NO_FILTER), countLocated(db, NO_FILTER)]);
  return { articles, metrics, located };
}
