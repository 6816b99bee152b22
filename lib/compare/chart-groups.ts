/**
 * Which of an article's (or a county's) numbers share a chart. A chart has one axis, so it holds one
 * kind in one unit: 亩 and 公顷 meet on the 公顷 axis through their canonical values, while 美元 never
 * shares an axis with 元. Kinds with a single number get no chart: a one-bar chart says less than the
 * number itself.
 */
import { METRIC_KINDS, type MetricKind } from "../metrics/kinds";
import type { MetricView } from "../view-models";

export const MIN_BARS_FOR_CHART = 2;

export type MetricBar = {
  id: number;
  /** What is counted (结对企业), or the kind's name when the text gave no label. */
  label: string;
  /** Value on the chart's axis, in the group's unit. */
  value: number;
  /** The number as printed (1400余亩), shown beside its bar. */
  text: string;
  approx: boolean;
};

export type MetricGroup = { kind: MetricKind; unit: string; bars: MetricBar[]; chart: boolean };

const KIND_ORDER = new Map((Object.keys(METRIC_KINDS) as MetricKind[]).map((k, i) => [k, i]));

export function metricGroups(metrics: MetricView[], lang: "zh" | "en" = "zh"): MetricGroup[] {
  const groups = new Map<string, MetricGroup>();
  for (const m of metrics) {
    const info = METRIC_KINDS[m.kind];
    if (!info || !Number.isFinite(m.canonicalValue)) continue;
    const key = `${m.kind}\u0000${m.canonicalUnit}`;
    const g = groups.get(key) ?? { kind: m.kind, unit: m.canonicalUnit, bars: [], chart: false };
    g.bars.push({ id: m.id, label: m.label || (lang === "zh" ? info.zh : info.en), value: m.canonicalValue, text: m.text, approx: m.approx });
    groups.set(key, g);
  }
  const out = [...groups.values()];
  for (const g of out) g.chart = g.bars.length >= MIN_BARS_FOR_CHART;
  // Kinds in their fixed order; inside a kind the canonical unit first, then other currencies etc.
  return out.sort(
    (a, b) =>
      KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
      Number(b.unit === METRIC_KINDS[b.kind].canonicalUnit) - Number(a.unit === METRIC_KINDS[a.kind].canonicalUnit) ||
      a.unit.localeCompare(b.unit),
  );
}
