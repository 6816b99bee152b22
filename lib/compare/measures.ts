import { unitWord } from "../i18n";
import { METRIC_KINDS, type MetricKind } from "../metrics/kinds";
import type { Measure } from "../url-state";

/**
 * Kinds a county can be ranked and shaded by. Shares are rates (adding 90% and 60% means nothing)
 * and the generic "count" gathers unlike things (3 scenic spots, 9 villages), so neither is a measure.
 */
export const MEASURE_KINDS: MetricKind[] = (Object.keys(METRIC_KINDS) as MetricKind[]).filter(
  (k) => METRIC_KINDS[k].summable && k !== "count",
);

export function isRankableMeasure(m: Measure): boolean {
  return m === "stories" || MEASURE_KINDS.includes(m);
}

export function measureName(m: Measure, lang: "zh" | "en" = "zh"): string {
  if (m === "stories") return lang === "zh" ? "报道数" : "Stories";
  return lang === "zh" ? METRIC_KINDS[m].zh : METRIC_KINDS[m].en;
}

export function measureUnit(m: Measure, lang: "zh" | "en" = "zh"): string {
  if (m === "stories") return lang === "zh" ? "篇" : "stories";
  return unitWord(METRIC_KINDS[m].canonicalUnit, lang);
}
