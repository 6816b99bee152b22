// Pass: full names and aliases stand on their own; so do city short names (台州, 杭州). Township names
// that are generic (城东街道) or shared by several townships wait for context.
import { accept, placeOf } from "./context";
import type { State } from "./types";

export function acceptFullNames(s: State): void {
  for (const it of s.items) {
    if (it.status !== "pending") continue;
    const e = it.entry;
    const alone = e.strength === "full" || e.strength === "alias" || (e.level === "city" && e.strength === "short");
    if (!alone) continue;
    if (e.level === "township" && (e.generic || e.codes.length > 1)) continue;
    const code = e.codes[0];
    if (code) accept(it, placeOf(s, code), s);
  }
}
