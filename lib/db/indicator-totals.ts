/**
 * Per county, an indicator's total in SQL with the rules of lib/compare/indicator-figures (the
 * same unit factors, parts never added to their whole), and the stories and sources it rests on.
 * The size of the answer is the 90 counties, whatever the number of stories.
 */
import { exclusionOf, indicatorUnitFactor } from "../compare/indicator-figures";
import { indicatorById } from "../metrics/indicators";
import type { CountyTotal } from "../view-models";
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { join, num, query, sql } from "./sql";
import { filterSql, type StoryFilter } from "./story-filter";

export type UnitFactor = { unit: string; factor: number };

/** The stored units of each indicator that add up in the indicator's unit, and their factors. */
export function addableIndicatorUnits(pairs: { indicator: string; unit: string }[]): Map<string, UnitFactor[]> {
  const out = new Map<string, UnitFactor[]>();
  for (const { indicator, unit } of pairs) {
    const ind = indicatorById(indicator);
    if (!ind || exclusionOf(ind, { unit, partOf: null, wholeIndicator: null }) !== null) continue;
    out.set(indicator, [...(out.get(indicator) ?? []), { unit, factor: indicatorUnitFactor(ind, unit)! }]);
  }
  return out;
}

export async function storedIndicatorUnits(db: Db): Promise<Map<string, UnitFactor[]>> {
  return cachedRead(db, "indicator-units", async () =>
    addableIndicatorUnits(await query<{ indicator: string; unit: string }>(db, sql`SELECT DISTINCT "indicator", "unit" FROM "Metric"`)),
  );
}

/** SQL: the metric `m` is not part of another metric of its indicator in its story. */
export const NOT_A_PART = sql`NOT EXISTS (SELECT 1 FROM "Metric" w WHERE m."partOf" IS NOT NULL AND w."articleId" = m."articleId" AND w."position" = m."partOf" AND w."indicator" = m."indicator")`;

export async function indicatorTotals(db: Db, f: StoryFilter, indicator: string): Promise<Record<string, CountyTotal>> {
  const units = (await storedIndicatorUnits(db)).get(indicator) ?? [];
  if (units.length === 0) return {};
  const factor = sql`CASE m."unit" ${join(units.map((u) => sql`WHEN ${u.unit} THEN ${u.factor}`), " ")} ELSE 0 END`;
  const rows = await query<{ county: string; v: unknown; ax: unknown; n: unknown; s: unknown; src: unknown }>(
    db,
    sql`SELECT a."countyCode" AS county, SUM(m."value" * ${factor}) AS v, MAX(CASE WHEN m."approx" THEN 1 ELSE 0 END) AS ax, COUNT(*) AS n,
               COUNT(DISTINCT m."articleId") AS s, COUNT(DISTINCT src."name") AS src
        FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId" JOIN "Source" src ON src."id" = a."sourceId"
        WHERE m."indicator" = ${indicator} AND m."unit" IN (${join(units.map((u) => u.unit))}) AND a."countyCode" IS NOT NULL AND ${NOT_A_PART} ${filterSql(db, f)}
        GROUP BY a."countyCode"`,
  );
  return Object.fromEntries(
    rows.map((r) => [r.county, { value: num(r.v), approx: num(r.ax) > 0, stories: num(r.s), sources: num(r.src), metrics: num(r.n) }]),
  );
}

/** For each summable indicator, how many counties have data on it (the measure picker says so). */
export async function indicatorCoverage(db: Db, f: StoryFilter): Promise<Record<string, number>> {
  const addable = await storedIndicatorUnits(db);
  const rows = await query<{ indicator: string; unit: string; county: string }>(
    db,
    sql`SELECT DISTINCT m."indicator" AS indicator, m."unit" AS unit, a."countyCode" AS county FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId"
        WHERE a."countyCode" IS NOT NULL ${filterSql(db, f)}`,
  );
  const byIndicator = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!addable.get(r.indicator)?.some((u) => u.unit === r.unit)) continue;
    byIndicator.set(r.indicator, (byIndicator.get(r.indicator) ?? new Set()).add(r.county));
  }
  return Object.fromEntries([...byIndicator].map(([k, v]) => [k, v.size]));
}
