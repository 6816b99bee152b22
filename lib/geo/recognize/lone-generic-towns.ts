// Pass: a township name that is generic (丹东街道: 丹东 is also a city in 辽宁) but unique in Zhejiang,
// in an article that names no other place at all, is the Zhejiang one when the article repeats it:
// county papers name their own townships without the county.
import { accept, placeOf } from "./context";
import type { PlaceItem, State } from "./types";

export function acceptLoneGenericTowns(s: State): void {
  if (s.foreign.length > 0 || s.items.some((i) => i.status === "accepted")) return;
  const byCode = new Map<string, PlaceItem[]>();
  for (const it of s.items) {
    const e = it.entry;
    if (it.status !== "pending" || e.level !== "township" || e.codes.length !== 1 || (e.strength !== "full" && e.strength !== "alias")) continue;
    const code = e.codes[0] ?? "";
    byCode.set(code, [...(byCode.get(code) ?? []), it]);
  }
  if (byCode.size !== 1) return;
  for (const [code, occ] of byCode) if (occ.length >= 2) for (const it of occ) accept(it, placeOf(s, code), s);
}
