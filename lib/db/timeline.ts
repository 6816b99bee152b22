/**
 * Stories and measure totals by calendar month, aggregated in SQL (SUBSTR of the ISO date works
 * the same on SQLite and PostgreSQL) and cached per data version. One query serves the map's time
 * control (the province), a county panel's chart and compare-over-time lines (per county).
 * Stories without a date are counted apart, never dropped.
 */
import { isRankableMeasure } from "../compare/measures";
import { monthRange, type Month } from "../time/months";
import type { Timeline, TimeSeries } from "../time/timeline";
import type { Measure } from "../url-state";
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { NOT_A_PART, storedIndicatorUnits } from "./indicator-totals";
import { ensureSearchIndex } from "./search-index";
import { join, num, query, sql, empty } from "./sql";
import { filterKey, filterSql, type StoryFilter } from "./story-filter";

/** At most this many counties in one request (compare allows 12). */
export const MAX_TIMELINE_COUNTIES = 12;
/** Five years of news is 60 months; a century of junk dates is not drawn month by month. */
export const MAX_MONTHS = 240;

type Row = { county: string | null; month: string | null; v: unknown; ax: unknown; s: unknown };

const MONTH = sql`SUBSTR(a."publishedOn", 1, 7)`;

async function storyRows(db: Db, f: StoryFilter, counties: string[] | null): Promise<Row[]> {
  const inCounties = counties ? sql`AND a."countyCode" IN (${join(counties)})` : empty;
  const county = counties ? sql`a."countyCode"` : sql`NULL`;
  return query<Row>(
    db,
    sql`SELECT ${county} AS county, ${MONTH} AS month, COUNT(*) AS v, 0 AS ax, COUNT(*) AS s
        FROM "Article" a WHERE 1 = 1 ${filterSql(db, f)} ${inCounties}
        GROUP BY ${counties ? sql`a."countyCode", ` : empty}${MONTH}`,
  );
}

/** An indicator's monthly totals with the rules of the map's county totals (lib/db/indicator-totals): same unit factors, parts never added to their whole. */
async function indicatorRows(db: Db, f: StoryFilter, indicator: string, counties: string[] | null): Promise<Row[]> {
  const units = (await storedIndicatorUnits(db)).get(indicator) ?? [];
  if (units.length === 0) return [];
  const factor = sql`CASE m."unit" ${join(units.map((u) => sql`WHEN ${u.unit} THEN ${u.factor}`), " ")} ELSE 0 END`;
  const inCounties = counties ? sql`AND a."countyCode" IN (${join(counties)})` : empty;
  const county = counties ? sql`a."countyCode"` : sql`NULL`;
  return query<Row>(
    db,
    sql`SELECT ${county} AS county, ${MONTH} AS month, SUM(m."value" * ${factor}) AS v,
               MAX(CASE WHEN m."approx" THEN 1 ELSE 0 END) AS ax, COUNT(DISTINCT m."articleId") AS s
        FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId"
        WHERE m."indicator" = ${indicator} AND m."unit" IN (${join(units.map((u) => u.unit))}) AND ${NOT_A_PART} ${filterSql(db, f)} ${inCounties}
        GROUP BY ${counties ? sql`a."countyCode", ` : empty}${MONTH}`,
  );
}

/** Pure: SQL rows to aligned series over a continuous range of months. */
export function toTimeline(measure: Measure, keys: (string | null)[], storyRowsIn: Row[], valueRows: Row[] | null): Timeline {
  const months = new Set<string>();
  for (const r of storyRowsIn) if (r.month) months.add(r.month);
  const sorted = [...months].sort();
  const range: Month[] = sorted.length ? monthRange(sorted[0]!, sorted[sorted.length - 1]!, MAX_MONTHS) : [];
  const at = new Map(range.map((m, i) => [m, i]));
  const series: TimeSeries[] = keys.map((adcode) => ({
    adcode,
    stories: range.map(() => 0),
    values: range.map(() => (measure === "stories" ? 0 : null)),
    approx: range.map(() => false),
    undated: 0,
  }));
  const byKey = new Map(series.map((s) => [s.adcode, s]));
  let undated = 0;
  for (const r of storyRowsIn) {
    const s = byKey.get(r.county);
    if (!s) continue;
    const n = num(r.s);
    if (!r.month) {
      s.undated += n;
      undated += n;
      continue;
    }
    const i = at.get(r.month);
    if (i === undefined) continue;
    s.stories[i] = n;
    if (measure === "stories") s.values[i] = n;
  }
  for (const r of valueRows ?? []) {
    const s = byKey.get(r.county);
    const i = r.month ? at.get(r.month) : undefined;
    if (!s || i === undefined) continue;
    s.values[i] = num(r.v);
    s.approx[i] = num(r.ax) > 0;
  }
  return { measure, months: range, series, undated };
}

/**
 * Monthly stories and totals of `measure` under the filter: one series for the province
 * (counties null) or one per county asked. The filter's own date window applies as given: callers
 * that draw the whole range (the time control) pass the filter without from/to.
 */
export async function getTimeline(db: Db, f: StoryFilter, measure: Measure, counties: string[] | null = null): Promise<Timeline> {
  if (f.q) await ensureSearchIndex(db);
  const m: Measure = isRankableMeasure(measure) ? measure : "stories";
  const list = counties ? [...new Set(counties)].slice(0, MAX_TIMELINE_COUNTIES).sort() : null;
  const key = `timeline|${filterKey(f)}|${m}|${list?.join(",") ?? "*"}`;
  return cachedRead(db, key, async () => {
    const [stories, values] = await Promise.all([
      list?.length === 0 ? Promise.resolve([]) : storyRows(db, f, list),
      m === "stories" || list?.length === 0 ? Promise.resolve(null) : indicatorRows(db, f, m, list),
    ]);
    return toTimeline(m, list ?? [null], stories, values);
  });
}
