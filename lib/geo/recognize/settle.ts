// Pass: context-dependent names, until nothing changes (a resolved township can support a county
// short name and the other way round; a list member settles the others).
import { resolveCountyShorts } from "./county-shorts";
import { resolveLists } from "./lists";
import { resolveTowns } from "./towns";
import type { State } from "./types";

export function settle(s: State): void {
  for (let round = 0; round < 4; round++) {
    const a = resolveCountyShorts(s);
    const b = resolveTowns(s);
    const c = resolveLists(s);
    if (!a && !b && !c) break;
  }
}
