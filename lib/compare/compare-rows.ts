/**
 * The rows of the compare view: the chosen counties on one measure, in the order they were chosen,
 * with "no data" kept as null so it is shown as such and never drawn as a zero bar.
 */
import type { CountyInfo } from "../view-models";
import type { CountyValue, RankRow } from "./aggregate";
import { classify, colorFor, NO_DATA_COLOR, type ColorClass } from "./classes";

export type CompareRow = {
  adcode: string;
  name: string;
  cityName: string;
  value: number | null;
  approx: boolean;
  stories: number;
  sources: number | null;
  metrics: number;
  /** Enough stories or sources to be ranked; `rank` is its place in the province, null when not ranked. */
  evidence: boolean;
  rank: number | null;
  population: number | null;
  /** The county's fill on the map, so a bar and its polygon share a colour. */
  color: string;
};

/** The same classes the map shades by: computed over every county with data on the measure. */
export function shadeClasses(values: Map<string, CountyValue>): ColorClass[] {
  return classify([...values.values()].flatMap((v) => (v.value === null ? [] : [v.value])));
}

export function compareRows(selected: string[], values: Map<string, CountyValue>, counties: CountyInfo[], classes: ColorClass[], ranking: RankRow[] = []): CompareRow[] {
  const info = new Map(counties.map((c) => [c.adcode, c]));
  const rankOf = new Map(ranking.map((r) => [r.adcode, r.rank]));
  return selected.flatMap((adcode) => {
    const c = info.get(adcode);
    if (!c) return [];
    const v = values.get(adcode);
    const value = v?.value ?? null;
    return [
      {
        adcode,
        name: c.name,
        cityName: c.cityName,
        value,
        approx: value !== null && (v?.approx ?? false),
        stories: v?.stories ?? 0,
        sources: v?.sources ?? null,
        metrics: v?.metrics ?? 0,
        evidence: value !== null && (v?.evidence ?? false),
        rank: value === null ? null : (rankOf.get(adcode) ?? null),
        population: c.population,
        color: value === null ? NO_DATA_COLOR : colorFor(value, classes),
      },
    ];
  });
}

/** Stories behind the rows: each story sits in one county, so the per-county counts add up. */
export function storiesBehind(rows: { stories: number; value: number | null }[]): number {
  return rows.reduce((n, r) => n + (r.value === null ? 0 : r.stories), 0);
}

/**
 * Counties worth comparing on a measure when fewer than two are chosen: those with the most data
 * (stories, then numbers, then the value itself), leaving out those already chosen.
 */
export function quickPicks(values: Map<string, CountyValue>, counties: CountyInfo[], exclude: string[], n = 4): CountyInfo[] {
  const skip = new Set(exclude);
  const withData = counties.filter((c) => !skip.has(c.adcode) && (values.get(c.adcode)?.value ?? null) !== null);
  const score = (c: CountyInfo) => values.get(c.adcode)!;
  return withData
    .sort((a, b) => {
      const va = score(a);
      const vb = score(b);
      return vb.stories - va.stories || vb.metrics - va.metrics || vb.value! - va.value! || a.adcode.localeCompare(b.adcode);
    })
    .slice(0, n);
}
