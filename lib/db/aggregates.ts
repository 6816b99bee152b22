/**
 * Province-wide numbers for the map, the overview, the list and compare views, aggregated in SQL
 * per filter and measure and cached per data version. Their size depends on the 90 counties and
 * 11 cities, never on the number of stories.
 */
import type { Measure } from "../url-state";
import type { CountyTotal, DashboardStats } from "../view-models";
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { indicatorCoverage, indicatorTotals } from "./indicator-totals";
import { ensureSearchIndex } from "./search-index";
import { num, query, sql } from "./sql";
import { filterKey, filterSql, hasFilter, type StoryFilter } from "./story-filter";
import { listStories } from "./story-list";

export const LATEST_STORIES = 6;

/** Stories per county and per city, and the province totals. */
async function storyCounts(db: Db, f: StoryFilter) {
  const rows = await query<{ county: string | null; city: string | null; n: unknown }>(
    db,
    sql`SELECT a."countyCode" AS county, a."cityCode" AS city, COUNT(*) AS n FROM "Article" a WHERE 1 = 1 ${filterSql(db, f)} GROUP BY a."countyCode", a."cityCode"`,
  );
  const counties: Record<string, number> = {};
  const cities: Record<string, number> = {};
  let stories = 0;
  for (const r of rows) {
    const n = num(r.n);
    stories += n;
    if (r.county) counties[r.county] = (counties[r.county] ?? 0) + n;
    if (r.city) cities[r.city] = (cities[r.city] ?? 0) + n;
  }
  return { counties, cities, stories };
}

async function metricCount(db: Db, f: StoryFilter): Promise<number> {
  const rows = hasFilter(f)
    ? await query<{ n: unknown }>(db, sql`SELECT COUNT(*) AS n FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId" WHERE 1 = 1 ${filterSql(db, f)}`)
    : await query<{ n: unknown }>(db, sql`SELECT COUNT(*) AS n FROM "Metric"`);
  return num(rows[0]?.n);
}

/** For each measure, how many counties have data on it (the compare view's measure picker says so). */
async function coverage(db: Db, f: StoryFilter, storyCountsByCounty: Record<string, number>): Promise<Partial<Record<Measure, number>>> {
  return { stories: Object.keys(storyCountsByCounty).length, ...(await indicatorCoverage(db, f)) };
}

export type StatsOptions = { measure: Measure; coverage?: boolean; latest?: boolean };

/** Everything the dashboard shows for a filter and measure (per capita is applied by the view model). */
export async function getDashboardStats(db: Db, f: StoryFilter, opts: StatsOptions): Promise<DashboardStats> {
  if (f.q) await ensureSearchIndex(db);
  const fk = filterKey(f);
  const counts = await cachedRead(db, `counts|${fk}`, () => storyCounts(db, f));
  const [metrics, values, cov, latest] = await Promise.all([
    cachedRead(db, `metrics|${fk}`, () => metricCount(db, f)),
    opts.measure === "stories"
      ? Promise.resolve(
          Object.fromEntries(Object.entries(counts.counties).map(([c, n]): [string, CountyTotal] => [c, { value: n, approx: false, stories: n, sources: null, metrics: 0 }])),
        )
      : cachedRead(db, `indicator|${fk}|${opts.measure}`, () => indicatorTotals(db, f, opts.measure)),
    opts.coverage ? cachedRead(db, `coverage|${fk}`, () => coverage(db, f, counts.counties)) : Promise.resolve(null),
    opts.latest === false ? Promise.resolve(null) : cachedRead(db, `latest|${fk}`, () => listStories(db, f, { limit: LATEST_STORIES })),
  ]);
  return {
    measure: opts.measure,
    totals: { stories: counts.stories, counties: Object.keys(counts.counties).length, metrics },
    storyCounts: counts.counties,
    cityCounts: counts.cities,
    values,
    coverage: cov,
    latest: latest?.items ?? [],
  };
}
