/**
 * A county's metrics summed by kind, for its readable page and share image. Sums are kept per
 * canonical unit (events may be counted in 次 and 场; adding them would hide that), kinds that are
 * not summable (percentages) get only a count, and any approximate part makes the sum approximate.
 */
import { METRIC_KINDS, type MetricKind } from "../metrics/kinds";

export type SummableMetric = { kind: MetricKind; canonicalValue: number; canonicalUnit: string; approx: boolean };

export type UnitSum = { unit: string; value: number; approx: boolean };

export type KindSummaryRow = {
  kind: MetricKind;
  zh: string;
  count: number;
  /** Empty for kinds whose values cannot be added up. */
  sums: UnitSum[];
};

const KIND_ORDER = Object.keys(METRIC_KINDS) as MetricKind[];

/** Rows in METRIC_KINDS order; the kind's own canonical unit first within a row. */
export function summarizeKinds(metrics: readonly SummableMetric[]): KindSummaryRow[] {
  const byKind = new Map<MetricKind, { count: number; sums: Map<string, UnitSum> }>();
  for (const m of metrics) {
    const info = METRIC_KINDS[m.kind];
    if (!info || !Number.isFinite(m.canonicalValue)) continue;
    const row = byKind.get(m.kind) ?? { count: 0, sums: new Map() };
    byKind.set(m.kind, row);
    row.count += 1;
    if (!info.summable) continue;
    const s = row.sums.get(m.canonicalUnit) ?? { unit: m.canonicalUnit, value: 0, approx: false };
    row.sums.set(m.canonicalUnit, s);
    s.value += m.canonicalValue;
    s.approx ||= m.approx;
  }
  return KIND_ORDER.filter((k) => byKind.has(k)).map((kind) => {
    const row = byKind.get(kind)!;
    const own = METRIC_KINDS[kind].canonicalUnit;
    const sums = [...row.sums.values()]
      .map((s) => ({ ...s, value: Number(s.value.toPrecision(12)) }))
      .sort((a, b) => Number(b.unit === own) - Number(a.unit === own) || b.value - a.value);
    return { kind, zh: METRIC_KINDS[kind].zh, count: row.count, sums };
  });
}
