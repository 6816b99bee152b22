import type { CountyInfo } from "../view-models";
import { hasEvidence } from "./indicator-figures";

export { PER_CAPITA_BASE } from "./indicator-figures";

/** One county on one measure. `value` is null when no story reports the indicator: "no data", not 0. */
export type CountyValue = {
  adcode: string;
  value: number | null;
  /** The total includes at least one hedged number (余/约/以上 ...). */
  approx: boolean;
  /** Stories that contributed to the value (for stories: all stories). */
  stories: number;
  /** Distinct sources of those stories; null on the stories measure. */
  sources: number | null;
  /** Metrics summed into the value. */
  metrics: number;
  /** Enough evidence to be ranked (lib/compare/indicator-figures: hasEvidence); always on stories. */
  evidence: boolean;
};

/** Evidence of a county's total: a count of stories needs none; an indicator's total needs several stories or sources. */
export function evidenceOf(v: { stories: number; sources: number | null }): boolean {
  return v.sources === null || hasEvidence(v.stories, v.sources);
}

/** `rank` is null for a county with data but too little evidence: it is listed, never placed. */
export type RankRow = Omit<CountyValue, "evidence"> & { evidence: boolean; rank: number | null; name: string; cityName: string };

/**
 * Counties with enough evidence, largest first (ties share a rank), then counties with data but too
 * little evidence (unranked, largest first), then those without data by code.
 */
export function rankCounties(values: Map<string, CountyValue>, counties: CountyInfo[]): RankRow[] {
  const info = new Map(counties.map((c) => [c.adcode, c]));
  const group = (r: CountyValue) => (r.value === null ? 2 : r.evidence ? 0 : 1);
  const rows: RankRow[] = [...values.values()].map((v) => ({ ...v, rank: null, name: info.get(v.adcode)?.name ?? v.adcode, cityName: info.get(v.adcode)?.cityName ?? "" }));
  rows.sort((a, b) => group(a) - group(b) || (b.value ?? 0) - (a.value ?? 0) || a.adcode.localeCompare(b.adcode));
  let prev: number | null = null;
  let rank = 0;
  rows.forEach((r, i) => {
    if (r.value === null || !r.evidence) return;
    if (r.value !== prev) rank = i + 1;
    r.rank = rank;
    prev = r.value;
  });
  return rows;
}
