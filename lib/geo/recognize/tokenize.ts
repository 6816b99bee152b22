// Dictionary hits -> non-overlapping tokens. On overlaps the priority decides: override words >
// full names > ordinary words > foreign names = short names > township stems, then the longer
// span, then the earlier one.
import type { Gazetteer, LexEntry, NameStrength } from "../gazetteer";
import type { TextSource, Token } from "./types";

const PRIORITY: Record<NameStrength, number> = { full: 4, alias: 4, variant: 4, chainOnly: 4, short: 2, stem: 1 };

function entryPriority(e: LexEntry, length: number): number {
  switch (e.kind) {
    case "override":
      return 5;
    case "block":
      return 3;
    case "foreign":
      // 湖南省, 三门峡, 龙泉驿 beat what they contain; a bare 海南 must not beat 临海 in 临海南收费站.
      return length >= 3 ? 3 : 2;
    case "place":
      return PRIORITY[e.strength];
  }
}

type Group = { start: number; end: number; prio: number; kind: Token["kind"]; entry: Token["entry"] };

export function tokenize(text: string, src: TextSource, gaz: Gazetteer): Token[] {
  const groups = new Map<number, Group>();
  for (const h of gaz.lexicon.findAll(text)) {
    const key = h.start * 256 + (h.end - h.start);
    const prio = entryPriority(h.value, h.end - h.start);
    let g = groups.get(key);
    if (!g) {
      g = { start: h.start, end: h.end, prio: -1, kind: h.value.kind, entry: null };
      groups.set(key, g);
    }
    // On one span a place reading beats an ordinary word: 江山 is both; context decides later.
    if (h.value.kind === "place") {
      if (g.kind !== "place" || prio > g.prio) {
        g.kind = "place";
        g.prio = prio;
        g.entry = h.value;
      }
    } else if (g.kind !== "place" && prio > g.prio) {
      g.kind = h.value.kind;
      g.prio = prio;
    }
  }
  const sorted = [...groups.values()].sort((a, b) => b.prio - a.prio || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const chosen: Token[] = [];
  for (const g of sorted) {
    let free = true;
    for (let i = g.start; i < g.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, g.start, g.end);
    chosen.push({ src, start: g.start, end: g.end, kind: g.kind, entry: g.entry });
  }
  return chosen.sort((a, b) => a.start - b.start);
}
