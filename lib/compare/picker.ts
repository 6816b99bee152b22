/** Filtering and grouping for the county picker: 90 counties under their 11 cities. */
import type { CountyInfo } from "../view-models";

export type CityGroup = { cityCode: string; cityName: string; counties: CountyInfo[] };

/**
 * Counties whose name, city or code contains the query (case and surrounding space ignored), grouped
 * by city in code order, so 杭州市 comes first as in the official lists.
 */
export function groupCountiesByCity(counties: CountyInfo[], query: string): CityGroup[] {
  const q = query.trim().toLowerCase();
  const groups = new Map<string, CityGroup>();
  const sorted = [...counties].sort((a, b) => a.adcode.localeCompare(b.adcode));
  for (const c of sorted) {
    if (q && !`${c.name} ${c.cityName} ${c.adcode}`.toLowerCase().includes(q)) continue;
    const g = groups.get(c.cityCode) ?? { cityCode: c.cityCode, cityName: c.cityName, counties: [] };
    g.counties.push(c);
    groups.set(c.cityCode, g);
  }
  return [...groups.values()].sort((a, b) => a.cityCode.localeCompare(b.cityCode));
}

/** The options in the order the keyboard walks them. */
export function flattenGroups(groups: CityGroup[]): CountyInfo[] {
  return groups.flatMap((g) => g.counties);
}
