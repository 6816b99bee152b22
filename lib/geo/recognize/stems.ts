// Township stems (岭南 for 岭南乡) that the dictionary keeps as ordinary words: they become place
// items only where a list, a county right before them, a facility or a route says so.
import { NOT_CHAINED_STEMS } from "../data/common-words";
import type { Gazetteer, PlaceEntry } from "../gazetteer";
import { townStem } from "../names";

export const NOT_CHAINED = new Set(NOT_CHAINED_STEMS);

const stemIndexes = new WeakMap<Gazetteer, Map<string, string[]>>();

/** Township stems (岭南 -> 岭南乡) of every township, for words found in lists of townships. */
export function stemIndex(gaz: Gazetteer): Map<string, string[]> {
  let idx = stemIndexes.get(gaz);
  if (!idx) {
    idx = new Map();
    for (const t of gaz.places) {
      if (t.level !== "township") continue;
      const stem = townStem(t.name);
      if (stem === t.name || stem.length < 2) continue;
      idx.set(stem, [...(idx.get(stem) ?? []), t.code]);
    }
    stemIndexes.set(gaz, idx);
  }
  return idx;
}

/** Is this ordinary word a township stem (what stemEntry would give an entry for)? No allocation. */
export function isStem(gaz: Gazetteer, surface: string): boolean {
  return !NOT_CHAINED.has(surface) && stemIndex(gaz).has(surface);
}

/** A stem entry (needs context) for an ordinary word that is a township stem, or null. */
export function stemEntry(gaz: Gazetteer, surface: string): PlaceEntry | null {
  const codes = NOT_CHAINED.has(surface) ? undefined : stemIndex(gaz).get(surface);
  return codes ? { kind: "place", level: "township", strength: "stem", codes, wordlike: false, generic: true } : null;
}

/**
 * A county name right before an ordinary word that is the stem of one of its townships reads as that
 * township (诸暨大唐, 温岭城东): the county settles which of the word's readings is meant.
 */
export function chainedStemEntry(gaz: Gazetteer, surface: string, county: PlaceEntry): PlaceEntry | null {
  if (county.level !== "county" || NOT_CHAINED.has(surface)) return null;
  const codes: string[] = [];
  for (const c of county.codes) for (const t of gaz.townsByCounty.get(c) ?? []) if (townStem(t.name) === surface && t.name !== surface) codes.push(t.code);
  return codes.length ? { kind: "place", level: "township", strength: "stem", codes, wordlike: false, generic: true } : null;
}
