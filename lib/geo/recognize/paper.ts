// Pass: only what the article itself cannot settle falls back on the paper's place. A township name
// nothing in the article settles, in a local paper, is the paper's own township when only one
// candidate lies in its area (新桥镇 in 宁波日报 is 象山县's); then the article is settled again.
import { accept, inPaperArea, placeOf } from "./context";
import { settle } from "./settle";
import type { State } from "./types";

function resolveByPaper(s: State): boolean {
  if (!s.paper) return false;
  let changed = false;
  for (const it of s.items) {
    if (it.status !== "pending" || it.entry.level !== "township" || it.entry.strength === "chainOnly" || it.entry.strength === "stem") continue;
    const local = it.entry.codes.map((c) => placeOf(s, c)).filter((c) => inPaperArea(s, c));
    if (local.length === 1 && local[0]) {
      accept(it, local[0], s);
      changed = true;
    }
  }
  return changed;
}

export function settleByPaper(s: State): void {
  if (resolveByPaper(s)) settle(s);
}
