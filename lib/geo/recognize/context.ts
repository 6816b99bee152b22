// Small readers and one writer of the recognition state, shared by the passes.
import type { GazetteerPlace } from "../gazetteer";
import type { PlaceItem, State } from "./types";

export const startsWithAny = (text: string, at: number, words: readonly string[]) => words.some((w) => text.startsWith(w, at));
export const endsWithAny = (text: string, at: number, words: readonly string[]) => words.some((w) => at >= w.length && text.startsWith(w, at - w.length));

/** Accepts `item` as `place` and records what that tells the other passes. */
export function accept(item: PlaceItem, place: GazetteerPlace, s: State): void {
  item.status = "accepted";
  item.place = place;
  item.ambiguous = [];
  if (place.countyCode) s.namedCounties.add(place.countyCode);
  s.namedCities.add(place.cityCode);
  const strong = item.entry.strength === "full" || item.entry.strength === "alias" || item.entry.strength === "chainOnly";
  if (place.level === "county" && strong) s.fullCounties.add(place.code);
  if (place.level === "township" && (strong || item.entry.strength === "variant")) {
    s.fullTowns.add(place.code);
    if (place.countyCode) s.fullTownCounties.add(place.countyCode);
  }
}

export const placeOf = (s: State, code: string): GazetteerPlace => {
  const p = s.gaz.byCode.get(code);
  if (!p) throw new Error(`gazetteer: unknown code ${code}`);
  return p;
};

/** The item that ends exactly where `item` starts, if any. */
export function prevItem(s: State, item: PlaceItem): PlaceItem | null {
  if (!item.prev || item.prev.kind !== "place") return null;
  const i = s.items.indexOf(item);
  const p = s.items[i - 1];
  return p && p.src === item.src && p.end === item.start ? p : null;
}

/** The item that starts exactly where `item` ends, if any. */
export function nextItem(s: State, item: PlaceItem): PlaceItem | null {
  const i = s.items.indexOf(item);
  const n = s.items[i + 1];
  return n && n.src === item.src && n.start === item.end ? n : null;
}

/** Counties a county-level item may stand for in a chain (its own, or successors of a former name). */
export function chainCounties(s: State, it: PlaceItem): string[] {
  const out: string[] = [];
  if (it.status === "rejected" || it.status === "ambiguous") return out;
  if (it.entry.level === "county") out.push(...it.entry.codes);
  const succ = s.gaz.formerParents.get(it.text);
  if (succ) out.push(...succ);
  return out;
}

/** The first place of the chain that `item` ends (上虞区岭南乡 -> 上虞区). */
export function chainStart(s: State, item: PlaceItem): PlaceItem {
  let cur = item;
  for (let guard = 0; guard < 4; guard++) {
    const p = prevItem(s, cur);
    if (!p || p.status !== "accepted") break;
    cur = p;
  }
  return cur;
}

/** The place lies in the area of the paper the article comes from. */
export const inPaperArea = (s: State, p: GazetteerPlace) =>
  s.paper !== null && (s.paper.level === "city" ? p.cityCode === s.paper.code : p.countyCode === s.paper.code);

/** The unit type of a county (区, 市 or 县) for 全区/全市/全县. */
export const unitOf = (county: GazetteerPlace): "县" | "区" | "市" => (county.type === "区" ? "区" : county.type === "市" ? "市" : "县");
