// Lists are mutual context. A list of county short names of one city (柯城、衢江、龙游、江山、常山、
// 开化六县(市、区)) is a list of counties when the city is named in the article, one item is already a
// place, or a count of units follows; short names of several cities closed by 等县/等地 are counties
// too. A list of township names where one is settled, or that ends in "等…乡镇", gives the others the
// same county.
import { accept, placeOf } from "./context";
import type { NameList, State } from "./types";

/** After a list: a count of the units just listed ("六县(市、区)", "三区", "四地", "等地"). */
const LIST_COUNT_AFTER = /^(?:[一二两三四五六七八九十\d]{1,2}个?(?:县|区|市|地|镇|乡|街道)|等(?:地|县|区|市|[一二两三四五六七八九十\d]{1,2}个?(?:县|区|市|地)))/;
/** After a list of township stems: "等山区乡镇", "等镇街", "两镇". */
const TOWN_LIST_AFTER = /^(?:等[\u4e00-\u9fff]{0,4}?|[一二两三四五六七八九十\d]{1,2}个?)(?:乡镇|镇街|街道|镇|乡)/;
/** After a list of counties of several cities: 等县, 等区县, 三县, 等地 (淳安、景宁、泰顺等县). */
const COUNTY_LIST_AFTER = /^(?:等|[一二两三四五六七八九十\d]{1,2}个?)(?:县|区县|县区|县市|市县|区)/;
const PLACES_LIST_AFTER = /^等地/;

/**
 * County short names of several cities listed and closed by a word for counties (淳安、景宁、泰顺等县)
 * are counties. Closed by 等地 they are too, unless they are just two names that are also ordinary
 * words or personal names (永康、南湖等地 may be people or lakes).
 */
function acceptCountyList(s: State, list: NameList): boolean {
  const members = list.items;
  const countyWord = COUNTY_LIST_AFTER.test(list.after);
  const placesWord = PLACES_LIST_AFTER.test(list.after) && (members.length >= 3 || members.some((m) => !m.entry.wordlike));
  if (!countyWord && !placesWord) return false;
  let changed = false;
  for (const m of members) {
    const code = m.entry.codes[0];
    if (m.status !== "pending" || m.entry.codes.length !== 1 || !code) continue;
    accept(m, placeOf(s, code), s);
    changed = true;
  }
  return changed;
}

/** Settles list members from each other; true when something changed. */
export function resolveLists(s: State): boolean {
  let changed = false;
  for (const list of s.lists) {
    const members = list.items;
    if (members.length < 2 && !TOWN_LIST_AFTER.test(list.after)) continue;
    if (members.some((m) => m.status === "rejected" && m.prev?.kind === "foreign")) continue;
    const allCounties = members.length === list.size && members.every((m) => m.entry.level === "county");
    if (allCounties) {
      const cities = new Set<string>();
      for (const m of members) for (const c of m.entry.codes) cities.add(placeOf(s, c).cityCode);
      const city = [...cities].find((c) => members.every((m) => m.entry.codes.some((x) => placeOf(s, x).cityCode === c)));
      if (!city) {
        if (acceptCountyList(s, list)) changed = true;
        continue;
      }
      const supported = s.namedCities.has(city) || members.some((m) => m.status === "accepted") || LIST_COUNT_AFTER.test(list.after);
      if (!supported) continue;
      for (const m of members) {
        if (m.status !== "pending") continue;
        const code = m.entry.codes.find((x) => placeOf(s, x).cityCode === city);
        if (!code) continue;
        accept(m, placeOf(s, code), s);
        changed = true;
      }
      continue;
    }
    const towns = members.filter((m) => m.entry.level === "township");
    if (towns.length !== members.length) continue;
    const settled = new Set(towns.filter((m) => m.status === "accepted").map((m) => m.place?.countyCode ?? ""));
    if (settled.size === 0 && !TOWN_LIST_AFTER.test(list.after)) continue;
    for (const m of towns) {
      if (m.status !== "pending" || m.entry.strength === "chainOnly") continue;
      const candidates = m.entry.codes.map((c) => placeOf(s, c));
      const local = candidates.filter((c) => c.countyCode && (settled.size ? settled.has(c.countyCode) : s.namedCounties.has(c.countyCode)));
      if (local.length === 1 && local[0]) {
        accept(m, local[0], s);
        changed = true;
      }
    }
  }
  return changed;
}
