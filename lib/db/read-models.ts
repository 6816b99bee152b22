/**
 * Read-side entry points for pages and route handlers. Each returns view models, never Prisma
 * rows; lists are paged and aggregates come from SQL (aggregates.ts, story-list.ts, pins.ts,
 * county-metrics.ts, search.ts), so no read loads every story.
 */
import { countyBounds } from "../map/county-bounds";
import { parseSearchQuery } from "../search/query";
import type { Measure } from "../url-state";
import type { ArticleDetail, CityInfo, CountyInfo, DashboardBase, DashboardData, SearchHit } from "../view-models";
import { getDashboardStats } from "./aggregates";
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { parseJsonArray, toArticleSummary, toMetricView, type ArticleRow } from "./mappers";
import { searchStories } from "./search";
import { query, sql } from "./sql";
import { NO_FILTER, type StoryFilter } from "./story-filter";
import { placeNames, summaryInclude } from "./summaries";

/** Counties, cities and whether any story has a date: the same for every filter. */
export async function getDashboardBase(db: Db): Promise<DashboardBase> {
  return cachedRead(db, "base", async () => {
    const [places, dated] = await Promise.all([
      db.place.findMany({ where: { level: { in: ["city", "county"] } }, orderBy: { code: "asc" } }),
      query<{ one: unknown }>(db, sql`SELECT 1 AS one FROM "Article" WHERE "publishedOn" IS NOT NULL LIMIT 1`),
    ]);
    const names = new Map(places.map((p) => [p.code, p.name]));
    const bounds = countyBounds();
    const cities: CityInfo[] = places
      .filter((p) => p.level === "city")
      .map((p) => ({ adcode: p.code, name: p.name, seat: p.lon !== null && p.lat !== null ? [p.lon, p.lat] : null }));
    const counties: CountyInfo[] = places
      .filter((p) => p.level === "county")
      .map((p) => ({
        adcode: p.code,
        name: p.name,
        cityCode: p.cityCode ?? p.parentCode ?? "",
        cityName: names.get(p.cityCode ?? p.parentCode ?? "") ?? "",
        population: p.population,
        seat: p.lon !== null && p.lat !== null ? [p.lon, p.lat] : null,
        bbox: bounds.get(p.code) ?? null,
      }));
    return { counties, cities, hasDates: dated.length > 0 };
  });
}

/** The first HTML's data for a view: places plus aggregates for its filter and measure. */
export async function getDashboardData(db: Db, f: StoryFilter = NO_FILTER, measure: Measure = "stories", opts: { coverage?: boolean } = {}): Promise<DashboardData> {
  const [base, stats] = await Promise.all([getDashboardBase(db), getDashboardStats(db, f, { measure, coverage: opts.coverage })]);
  return { ...base, stats };
}

export async function getArticleDetail(db: Db, id: string): Promise<ArticleDetail | null> {
  const row = await db.article.findUnique({
    where: { id },
    include: { ...summaryInclude, mentions: { include: { place: { select: { name: true } } }, orderBy: { start: "asc" } } },
  });
  if (!row) return null;
  const names = await placeNames(db, [row.cityCode, row.countyCode, row.townshipCode]);
  return {
    ...toArticleSummary(row as ArticleRow, names),
    corrected: row.corrected,
    body: row.body,
    captions: parseJsonArray(row.captions),
    mentions: row.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, code: m.placeCode, level: m.level, name: m.place.name })),
    metrics: row.metrics.map(toMetricView),
  };
}

/** The first page of ranked hits for a query typed as text (empty text: no hits). */
export async function searchArticles(db: Db, text: string, f: StoryFilter = NO_FILTER): Promise<SearchHit[]> {
  const q = parseSearchQuery(text);
  return q ? (await searchStories(db, { ...f, q })).hits : [];
}
