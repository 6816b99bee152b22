import type { Measure } from "../url-state";
import type { ArticleSummary, CountyInfo } from "../view-models";

/** One county on one measure. `value` is null when no story reports that kind: "no data", not 0. */
export type CountyValue = {
  adcode: string;
  value: number | null;
  /** The total includes at least one hedged number (余/约/以上 ...). */
  approx: boolean;
  /** Stories that contributed to the value (for stories: all stories). */
  stories: number;
  /** Metrics summed into the value. */
  metrics: number;
};

export const PER_CAPITA_BASE = 10_000;

/**
 * Totals per county for a measure over the given (already filtered) articles. Metric kinds are
 * summed in their canonical unit only; per capita divides by the 2020 census population and gives
 * null where the population is unknown.
 */
export function valuesByCounty(articles: ArticleSummary[], counties: CountyInfo[], measure: Measure, perCapita = false): Map<string, CountyValue> {
  const out = new Map<string, CountyValue>(counties.map((c) => [c.adcode, { adcode: c.adcode, value: null, approx: false, stories: 0, metrics: 0 }]));
  for (const a of articles) {
    const cv = a.countyCode ? out.get(a.countyCode) : undefined;
    if (!cv) continue;
    if (measure === "stories") {
      cv.value = (cv.value ?? 0) + 1;
      cv.stories += 1;
      continue;
    }
    const t = a.kindTotals[measure];
    if (!t || t.count === 0) continue;
    cv.value = (cv.value ?? 0) + t.sum;
    cv.approx ||= t.approx;
    cv.stories += 1;
    cv.metrics += t.count;
  }
  if (measure === "stories") {
    // A county without stories has nothing to show: no data rather than a zero that looks measured.
    for (const cv of out.values()) if (cv.value === 0) cv.value = null;
  }
  if (perCapita) {
    const pop = new Map(counties.map((c) => [c.adcode, c.population]));
    for (const cv of out.values()) {
      const p = pop.get(cv.adcode);
      cv.value = cv.value !== null && p ? (cv.value / p) * PER_CAPITA_BASE : null;
    }
  }
  return out;
}

export type RankRow = CountyValue & { rank: number; name: string; cityName: string };

/** Counties with data, largest first (ties share a rank), then those without data by code. */
export function rankCounties(values: Map<string, CountyValue>, counties: CountyInfo[]): RankRow[] {
  const info = new Map(counties.map((c) => [c.adcode, c]));
  const rows = [...values.values()].map((v) => ({ ...v, rank: 0, name: info.get(v.adcode)?.name ?? v.adcode, cityName: info.get(v.adcode)?.cityName ?? "" }));
  rows.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? a.adcode.localeCompare(b.adcode) : 1) : -1;
    return b.value - a.value || a.adcode.localeCompare(b.adcode);
  });
  let prev: number | null = null;
  let rank = 0;
  rows.forEach((r, i) => {
    if (r.value === null) return;
    if (r.value !== prev) rank = i + 1;
    r.rank = rank;
    prev = r.value;
  });
  return rows;
}

/** Province-wide total of a measure over the articles (null when nothing reports it). */
export function provinceTotal(articles: ArticleSummary[], measure: Measure): { value: number | null; approx: boolean } {
  if (measure === "stories") return { value: articles.length || null, approx: false };
  let value: number | null = null;
  let approx = false;
  for (const a of articles) {
    const t = a.kindTotals[measure];
    if (!t) continue;
    value = (value ?? 0) + t.sum;
    approx ||= t.approx;
  }
  return { value, approx };
}
