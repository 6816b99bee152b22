/**
 * Which stored (kind, unit) pairs add up in each kind's canonical unit, and by what factor. The
 * conversions themselves live in lib/compare/canonical (kindCanonical); this reads the pairs the
 * database actually holds, so SQL can sum `value × factor` per county without loading metrics.
 */
import { kindCanonical } from "../compare/canonical";
import { METRIC_KINDS, type MetricKind } from "../metrics/kinds";
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { query, sql } from "./sql";

export type AddableUnit = { unit: string; factor: number };

/** Pure: the addable units of each kind among the given pairs. */
export function addableUnits(pairs: { kind: string; unit: string }[]): Map<MetricKind, AddableUnit[]> {
  const out = new Map<MetricKind, AddableUnit[]>();
  for (const { kind, unit } of pairs) {
    const info = METRIC_KINDS[kind as MetricKind];
    if (!info) continue;
    const c = kindCanonical(kind as MetricKind, 1, unit);
    if (c.unit !== info.canonicalUnit || !Number.isFinite(c.value)) continue;
    const list = out.get(kind as MetricKind) ?? [];
    list.push({ unit, factor: c.value });
    out.set(kind as MetricKind, list);
  }
  return out;
}

export async function storedAddableUnits(db: Db): Promise<Map<MetricKind, AddableUnit[]>> {
  return cachedRead(db, "addable-units", async () =>
    addableUnits(await query<{ kind: string; unit: string }>(db, sql`SELECT DISTINCT "kind", "unit" FROM "Metric"`)),
  );
}
