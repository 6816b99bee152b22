// Pass: a township name that is generic (丹东街道: 丹东 is also a city in 辽宁) but unique in Zhejiang,
// or a stem of three or more characters that only one township has and that names no landscape
// (沈家门, 王村口), in an article that names no other place at all, is that township when the article
// repeats it: county papers name their own townships without the county.
import { accept, placeOf } from "./context";
import { FEATURE_STEM } from "./towns";
import type { PlaceItem, State } from "./types";

export function acceptLoneGenericTowns(s: State): void {
  if (s.foreign.length > 0 || s.items.some((i) => i.status === "accepted")) return;
  const byCode = new Map<string, PlaceItem[]>();
  for (const it of s.items) {
    const e = it.entry;
    if (it.status !== "pending" || e.level !== "township" || e.codes.length !== 1) continue;
    const distinctiveStem = e.strength === "stem" && it.text.length >= 3 && !FEATURE_STEM.test(it.text);
    if (e.strength !== "full" && e.strength !== "alias" && !distinctiveStem) continue;
    const code = e.codes[0] ?? "";
    byCode.set(code, [...(byCode.get(code) ?? []), it]);
  }
  if (byCode.size !== 1) return;
  for (const [code, occ] of byCode) if (occ.length >= 2) for (const it of occ) accept(it, placeOf(s, code), s);
}
