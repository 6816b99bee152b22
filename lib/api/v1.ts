/**
 * What each /api/v1 endpoint answers, as plain functions of a database and the request's
 * parameters (the route files only call these), so tests exercise the API without a server.
 */
import { countyValues } from "../dashboard-view";
import { getDashboardStats } from "../db/aggregates";
import { articleRecordById, pageArticleRecords } from "../db/article-records";
import type { Db } from "../db/client";
import { getCountyMetricSummary } from "../db/county-metrics";
import { pageMetricRecords } from "../db/metric-records";
import { getArticleDetail, getDashboardBase } from "../db/read-models";
import { MAX_SEARCH_OFFSET, searchStories } from "../db/search";
import { sql } from "../db/sql";
import { countStories, MAX_PAGE_SIZE, PAGE_SIZE } from "../db/story-list";
import { getTimeline } from "../db/timeline";
import { measureUnitLabel } from "../compare/display";
import { ENDPOINTS } from "./endpoints";
import { API_VERSION, badRequest, notFound } from "./http";
import {
  toApiArticle,
  toApiArticleDetail,
  toApiCounty,
  toApiCountyDetail,
  toApiMetric,
  toApiSearchHit,
  toApiTimeline,
} from "./mappers";
import { apiArticleId, apiCounties, apiCountyCode, apiFilter, apiInt, apiKind, apiMeasure, apiPerCapita, apiStoryCursor } from "./params";

export const MAX_METRICS_PAGE = 200;

export function apiIndex() {
  return {
    data: {
      version: API_VERSION,
      documentation: "/api-docs",
      endpoints: ENDPOINTS.map((e) => ({ method: "GET", path: e.path, summary: e.summary })),
    },
  };
}

export async function apiArticles(db: Db, params: URLSearchParams) {
  const f = apiFilter(params, { county: true });
  const after = apiStoryCursor(params);
  const limit = apiInt(params, "limit", PAGE_SIZE, 1, MAX_PAGE_SIZE);
  const page = await pageArticleRecords(db, f, after, limit);
  return { data: page.items.map(toApiArticle), total: page.total, nextCursor: page.nextCursor };
}

export async function apiArticle(db: Db, rawId: string) {
  const id = apiArticleId(rawId);
  const [record, detail] = await Promise.all([articleRecordById(db, id), getArticleDetail(db, id)]);
  if (!record || !detail) throw notFound(`no article ${id}`);
  return { data: toApiArticleDetail(record, detail) };
}

export async function apiCountyList(db: Db, params: URLSearchParams) {
  const f = apiFilter(params);
  const measure = apiMeasure(params);
  const perCapita = apiPerCapita(params);
  const [base, stats] = await Promise.all([getDashboardBase(db), getDashboardStats(db, f, { measure, latest: false })]);
  const values = countyValues(stats, base.counties, perCapita);
  return {
    data: base.counties.map((c) => toApiCounty(c, stats.storyCounts[c.adcode] ?? 0, measure, values.get(c.adcode), perCapita)),
    measure,
    unit: measureUnitLabel(measure, perCapita),
    perCapita,
    total: base.counties.length,
  };
}

export async function apiCounty(db: Db, rawCode: string, params: URLSearchParams) {
  const code = apiCountyCode(rawCode);
  const f = apiFilter(params);
  const county = (await getDashboardBase(db)).counties.find((c) => c.adcode === code);
  if (!county) throw notFound(`no county ${code}`);
  const inCounty = { ...f, county: code };
  const [stories, undated, kinds] = await Promise.all([
    countStories(db, inCounty),
    f.from || f.to ? Promise.resolve(0) : countStories(db, inCounty, sql`AND a."publishedOn" IS NULL`, "undated"),
    getCountyMetricSummary(db, code, f, 0),
  ]);
  return { data: toApiCountyDetail(county, stories, undated, kinds) };
}

export async function apiMetrics(db: Db, params: URLSearchParams) {
  const f = apiFilter(params, { county: true });
  const kind = apiKind(params);
  const article = params.get("article");
  const articleId = article ? apiArticleId(article) : null;
  const after = apiInt(params, "cursor", 0, 0, 2_000_000_000);
  const limit = apiInt(params, "limit", 50, 1, MAX_METRICS_PAGE);
  const page = await pageMetricRecords(db, f, { kind, articleId }, after, limit);
  return { data: page.items.map(toApiMetric), total: page.total, nextCursor: page.nextCursor };
}

export async function apiSearch(db: Db, params: URLSearchParams) {
  const f = apiFilter(params, { county: true });
  if (!f.q) throw badRequest("q is required: the words to search for");
  const offset = apiInt(params, "cursor", 0, 0, MAX_SEARCH_OFFSET);
  const res = await searchStories(db, { ...f, q: f.q }, offset, apiInt(params, "limit", 20, 1, 50));
  return { data: res.hits.map(toApiSearchHit), q: res.q, total: res.total, nextCursor: res.nextCursor };
}

/** Monthly series: the province (or the filter) as one, or one per county of `counties=` / `county=`. */
export async function apiMonths(db: Db, params: URLSearchParams) {
  const f = apiFilter(params);
  const measure = apiMeasure(params);
  const perCapita = apiPerCapita(params);
  const one = params.get("county");
  const counties = apiCounties(params) ?? (one ? [apiCountyCode(one)] : null);
  const [timeline, base] = await Promise.all([getTimeline(db, f, measure, counties), getDashboardBase(db)]);
  const pop = new Map(base.counties.map((c) => [c.adcode, c.population]));
  return { data: toApiTimeline(timeline, perCapita, (c) => pop.get(c) ?? null) };
}
