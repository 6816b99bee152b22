import { METRIC_KINDS, type MetricKind } from "../metrics/kinds";
import type { MetricView, TracedMetric } from "../view-models";

/** What a summary needs of a metric: its kind, canonical value and unit, hedge, and its story. */
export type SummableMetric = Pick<MetricView, "kind" | "canonicalValue" | "canonicalUnit" | "approx"> & { articleId: string };

export type KindSummary<T extends SummableMetric = TracedMetric> = {
  kind: MetricKind;
  /** Sum in the canonical unit for summable kinds; null for rates and other non-addable kinds. */
  total: number | null;
  unit: string;
  approx: boolean;
  /** Every metric of this kind, so each number can be traced to its sentence. */
  items: T[];
  stories: number;
};

/**
 * Metrics grouped by kind, never mixing units: a kind is summed only over metrics in its canonical
 * unit; metrics of the kind in another unit (美元 in money) are listed but not added.
 */
export function summarizeByKind<T extends SummableMetric>(metrics: readonly T[]): KindSummary<T>[] {
  const groups = new Map<MetricKind, T[]>();
  for (const m of metrics) {
    if (!METRIC_KINDS[m.kind]) continue;
    groups.set(m.kind, [...(groups.get(m.kind) ?? []), m]);
  }
  const out: KindSummary<T>[] = [];
  for (const [kind, items] of groups) {
    const info = METRIC_KINDS[kind];
    const addable = items.filter((m) => m.canonicalUnit === info.canonicalUnit);
    const summable = info.summable && kind !== "count" && addable.length > 0;
    out.push({
      kind,
      total: summable ? addable.reduce((s, m) => s + m.canonicalValue, 0) : null,
      unit: info.canonicalUnit,
      approx: summable && addable.some((m) => m.approx),
      items,
      stories: new Set(items.map((m) => m.articleId)).size,
    });
  }
  // Summable kinds first, then by how many numbers they gather.
  return out.sort((a, b) => Number(b.total !== null) - Number(a.total !== null) || b.items.length - a.items.length || a.kind.localeCompare(b.kind));
}
