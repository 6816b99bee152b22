/**
 * Province-wide numbers for the map, the overview, the list and compare views, aggregated in SQL
 * per filter and measure and cached per data version. Their size depends on the 90 counties and
 * 11 cities, never on the number of stories.
 */
import { METRIC_KINDS, type MetricKind } from "../metrics/kinds";
import type { Measure } from "../url-state";
import type { CountyTotal, DashboardStats } from "../view-models";
import { MEASURE_KINDS } from "../compare/measures";
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { storedAddableUnits, type AddableUnit } from "./measure-units";
import { ensureSearchIndex } from "./search-index";
import { join, num, query, sql } from "./sql";
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

/** The SQL factor that turns a stored value into the kind's canonical unit. */
function factorCase(units: AddableUnit[]) {
  return sql`CASE m."unit" ${join(units.map((u) => sql`WHEN ${u.unit} THEN ${u.factor}`), " ")} ELSE 0 END`;
}

/**
 * Per county, the sum of a kind in its canonical unit over the filtered stories (metrics in units
 * that cannot be converted stay out, as in lib/compare/aggregate), whether any part was hedged,
 * and how many stories and metrics it rests on.
 */
async function kindTotals(db: Db, f: StoryFilter, kind: MetricKind): Promise<Record<string, CountyTotal>> {
  const units = (await storedAddableUnits(db)).get(kind) ?? [];
  if (units.length === 0 || !METRIC_KINDS[kind]) return {};
  const rows = await query<{ county: string; v: unknown; ax: unknown; n: unknown; s: unknown }>(
    db,
    sql`SELECT a."countyCode" AS county, SUM(m."value" * ${factorCase(units)}) AS v, MAX(CASE WHEN m."approx" THEN 1 ELSE 0 END) AS ax, COUNT(*) AS n, COUNT(DISTINCT m."articleId") AS s
        FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId"
        WHERE m."kind" = ${kind} AND m."unit" IN (${join(units.map((u) => u.unit))}) AND a."countyCode" IS NOT NULL ${filterSql(db, f)}
        GROUP BY a."countyCode"`,
  );
  return Object.fromEntries(rows.map((r) => [r.county, { value: num(r.v), approx: num(r.ax) > 0, stories: num(r.s), metrics: num(r.n) }]));
}

/** For each measure, how many counties have data on it (the compare view's measure picker says so). */
async function coverage(db: Db, f: StoryFilter, storyCountsByCounty: Record<string, number>): Promise<Partial<Record<Measure, number>>> {
  const addable = await storedAddableUnits(db);
  const rows = await query<{ kind: string; unit: string; county: string }>(
    db,
    sql`SELECT DISTINCT m."kind" AS kind, m."unit" AS unit, a."countyCode" AS county FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId"
        WHERE a."countyCode" IS NOT NULL ${filterSql(db, f)}`,
  );
  const byKind = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!addable.get(r.kind as MetricKind)?.some((u) => u.unit === r.unit)) continue;
    const set = byKind.get(r.kind) ?? new Set();
    set.add(r.county);
    byKind.set(r.kind, set);
  }
  const out: Partial<Record<Measure, number>> = { stories: Object.keys(storyCountsByCounty).length };
  for (const k of MEASURE_KINDS) out[k] = byKind.get(k)?.size ?? 0;
  return out;
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
          Object.fromEntries(Object.entries(counts.counties).map(([c, n]): [string, CountyTotal] => [c, { value: n, approx: false, stories: n, metrics: 0 }])),
        )
      : cachedRead(db, `kind|${fk}|${opts.measure}`, () => kindTotals(db, f, opts.measure as MetricKind)),
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
