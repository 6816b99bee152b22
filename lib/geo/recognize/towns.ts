// Township names that need the article to say which one: shared names (新桥镇: 象山 and 路桥),
// generic names (城东街道), suffix variants (塘栖镇 for 塘栖街道), stems (章安, 沈家门) and names that
// count only after their county (开发区). Undecided names keep their candidates as ambiguous readings.
import { LOCATIVE_AFTER, LOCATIVE_BEFORE } from "../../zh/place-words";
import { TOWN_FACILITY_SUFFIXES } from "../data/context-words";
import type { GazetteerPlace } from "../gazetteer";
import { accept, chainCounties, endsWithAny, inPaperArea, placeOf, prevItem, startsWithAny } from "./context";
import { routeInCounty } from "./routes";
import type { PlaceItem, State } from "./types";

/**
 * The county right before, then the last county earlier in the sentence, then counties and cities
 * named anywhere in the article.
 */
function pickTown(s: State, it: PlaceItem, candidates: GazetteerPlace[], needContext: boolean): GazetteerPlace | null | "undecided" {
  const p = prevItem(s, it);
  if (p) {
    const counties = chainCounties(s, p);
    const inChain = candidates.filter((c) => c.countyCode && counties.includes(c.countyCode));
    if (inChain.length === 1) return inChain[0] ?? null;
    if (p.status === "accepted" && p.place?.level === "city") {
      const inCity = candidates.filter((c) => c.cityCode === p.place?.cityCode);
      if (inCity.length === 1) return inCity[0] ?? null;
    }
  }
  const earlier = s.items.filter(
    (o) => o.src === it.src && o.sentence === it.sentence && o.end <= it.start && o.status === "accepted" && o.place?.level === "county",
  );
  const last = earlier[earlier.length - 1];
  if (last?.place) {
    const inSentence = candidates.filter((c) => c.countyCode === last.place?.code);
    if (inSentence.length === 1) return inSentence[0] ?? null;
  }
  const named = candidates.filter((c) => c.countyCode && s.namedCounties.has(c.countyCode));
  if (named.length === 1) return named[0] ?? null;
  if (named.length > 1) return "undecided";
  const inCities = candidates.filter((c) => s.namedCities.has(c.cityCode));
  if (inCities.length === 1) return inCities[0] ?? null;
  if (!needContext && candidates.length === 1) return candidates[0] ?? null;
  return "undecided";
}

/** Stems that end like a mountain, lake, river or island name the feature as often as the township. */
export const FEATURE_STEM = /[山湖江岛源峰岩洋滩海溪泉洞]$/;

/**
 * A stem of a township whose county (or city) the article names, without a facility after it: a
 * long stem that is no landscape name (去沈家门, 王村口的红色课堂) is the township; a two-character
 * one only where a verb of place puts it (在店口, 到岩坦) and its county itself is named.
 */
function stemUsedAsPlace(s: State, it: PlaceItem, place: GazetteerPlace): boolean {
  const text = s.texts[it.src];
  if (it.text.length >= 3) return !FEATURE_STEM.test(it.text);
  if (!place.countyCode || !s.namedCounties.has(place.countyCode)) return false;
  if (routeInCounty(s, it, place.countyCode)) return true;
  return endsWithAny(text, it.start, LOCATIVE_BEFORE) && !startsWithAny(text, it.end, LOCATIVE_AFTER);
}

/** Settles what the article lets it settle; true when something changed. */
export function resolveTowns(s: State): boolean {
  let changed = false;
  for (const it of s.items) {
    if (it.status !== "pending" || it.entry.level !== "township") continue;
    const text = s.texts[it.src];
    const candidates = it.entry.codes.map((c) => placeOf(s, c));
    const strength = it.entry.strength;
    if (strength === "chainOnly") {
      const p = prevItem(s, it);
      const counties = p ? chainCounties(s, p) : [];
      const hit = candidates.find((c) => c.countyCode && counties.includes(c.countyCode));
      if (hit) {
        accept(it, hit, s);
        changed = true;
      }
      continue;
    }
    if (strength === "stem") {
      // 章安收费站 with 台州 in the article; 南星 once 南星街道 is named; 新昌回山 right after its county.
      const already = candidates.filter((c) => s.fullTowns.has(c.code));
      if (already.length === 1 && already[0]) {
        accept(it, already[0], s);
        changed = true;
        continue;
      }
      const p = prevItem(s, it);
      const counties = p && p.status === "accepted" ? chainCounties(s, p) : [];
      const chained = candidates.filter((c) => c.countyCode && counties.includes(c.countyCode));
      if (chained.length === 1 && chained[0]) {
        accept(it, chained[0], s);
        changed = true;
        continue;
      }
      const local = candidates.filter((c) => (c.countyCode && s.namedCounties.has(c.countyCode)) || s.namedCities.has(c.cityCode));
      if (local.length !== 1 || !local[0]) continue;
      if (startsWithAny(text, it.end, TOWN_FACILITY_SUFFIXES) || stemUsedAsPlace(s, it, local[0])) {
        accept(it, local[0], s);
        changed = true;
      }
      continue;
    }
    const needContext = it.entry.generic || strength === "variant";
    const pick = pickTown(s, it, candidates, needContext);
    if (pick && pick !== "undecided") {
      accept(it, pick, s);
      changed = true;
    } else {
      const local = candidates.filter((c) => inPaperArea(s, c));
      it.ambiguous = local.length > 0 ? local : candidates;
    }
  }
  return changed;
}
