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

// Spans found by the trie walk, in parallel arrays (one slot per span: a span is one trie node, so its
// readings arrive together); reused between calls, because tokenizing is the geocoder's hottest loop.
let spanStart = new Int32Array(256);
let spanEnd = new Int32Array(256);
let spanPrio = new Int8Array(256);
const spanKind: Array<Token["kind"]> = [];
const spanEntry: Array<Token["entry"]> = [];
let order = new Float64Array(256);
let taken = new Uint8Array(1024);

function grow(n: number): void {
  if (n <= spanStart.length) return;
  const size = Math.max(n, spanStart.length * 2);
  const keep = <A extends Int32Array | Int8Array>(a: A, b: A): A => (b.set(a), b);
  spanStart = keep(spanStart, new Int32Array(size));
  spanEnd = keep(spanEnd, new Int32Array(size));
  spanPrio = keep(spanPrio, new Int8Array(size));
  order = new Float64Array(size);
}

export function tokenize(text: string, src: TextSource, gaz: Gazetteer): Token[] {
  let n = 0;
  gaz.lexicon.visit(text, (start, end, values) => {
    const length = end - start;
    let kind: Token["kind"] = values[0]!.kind;
    let prio = -1;
    let entry: Token["entry"] = null;
    for (const v of values) {
      const p = entryPriority(v, length);
      // On one span a place reading beats an ordinary word: 江山 is both; context decides later.
      if (v.kind === "place") {
        if (kind !== "place" || p > prio) {
          kind = "place";
          prio = p;
          entry = v;
        }
      } else if (kind !== "place" && p > prio) {
        kind = v.kind;
        prio = p;
      }
    }
    grow(n + 1);
    spanStart[n] = start;
    spanEnd[n] = end;
    spanPrio[n] = prio;
    spanKind[n] = kind;
    spanEntry[n] = entry;
    n++;
  });
  // Priority first, then the longer span, then the earlier one. Spans arrive by start, so the slot
  // number orders ties by start; one numeric key per slot sorts without a comparator.
  for (let k = 0; k < n; k++) order[k] = ((8 - spanPrio[k]!) * 4096 + (4095 - (spanEnd[k]! - spanStart[k]!))) * 0x100000000 + k;
  const keys = order.subarray(0, n).sort();
  if (taken.length < text.length) taken = new Uint8Array(Math.max(text.length, taken.length * 2));
  else taken.fill(0, 0, text.length);
  const chosen: Token[] = [];
  for (let r = 0; r < n; r++) {
    const k = keys[r]! % 0x100000000;
    const start = spanStart[k]!;
    const end = spanEnd[k]!;
    let free = true;
    for (let i = start; i < end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, start, end);
    chosen.push({ src, start, end, kind: spanKind[k]!, entry: spanEntry[k]! });
  }
  spanEntry.fill(null, 0, n);
  return chosen.sort((a, b) => a.start - b.start);
}
