/**
 * What counties can be shaded, compared and ranked by: the number of stories, or an indicator that
 * may be summed across stories (lib/metrics/indicators.json). Never a unit kind: 13,000 villagers
 * served and 675 cadres sent are both 人 but not the same thing. "other" and indicators that cannot
 * be added (rates, shares, prices, GDP) are shown with their stories, never totalled or ranked.
 */
import { INDICATORS, indicatorById } from "../metrics/indicators";
import type { Measure } from "../url-state";
import { isSummableIndicator } from "./indicator-figures";

/** Summable indicators, in the vocabulary's order (grouped by theme there). */
export const MEASURE_INDICATORS: string[] = INDICATORS.filter((i) => isSummableIndicator(i.id)).map((i) => i.id);

export function isRankableMeasure(m: Measure): boolean {
  return m === "stories" || isSummableIndicator(m);
}

export function measureName(m: Measure, lang: "zh" | "en" = "zh"): string {
  if (m === "stories") return lang === "zh" ? "报道数" : "Stories";
  const ind = indicatorById(m);
  if (!ind) return m;
  return lang === "zh" ? ind.zh : ind.en;
}

export function measureUnit(m: Measure, lang: "zh" | "en" = "zh"): string {
  if (m === "stories") return lang === "zh" ? "篇" : "stories";
  return indicatorById(m)?.unit ?? "";
}

/** The indicator's definition, shown beside the picker so a reader knows exactly what is counted. */
export function measureDefinition(m: Measure): string | null {
  return m === "stories" ? null : (indicatorById(m)?.definition ?? null);
}

/** Whether a value per 10,000 residents means something for the measure (not for villages, say). */
export function perCapitaMeaningful(m: Measure): boolean {
  return m === "stories" || (indicatorById(m)?.perCapita ?? false);
}
