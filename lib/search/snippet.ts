/**
 * Snippets and highlight ranges for search hits. Ranges are [start, end) offsets into the returned
 * strings; the UI renders them as text spans (never HTML).
 */
import { foldText } from "./fold";

export type Range = [number, number];

/** Non-overlapping occurrences of the needles (folded, longest first) in text. */
export function matchRanges(text: string, needles: string[]): Range[] {
  const hay = foldText(text);
  const taken = new Uint8Array(text.length);
  const out: Range[] = [];
  for (const n of needles) {
    if (!n) continue;
    for (let i = hay.indexOf(n); i !== -1; i = hay.indexOf(n, i + n.length)) {
      if (taken.subarray(i, i + n.length).some((x) => x)) continue;
      taken.fill(1, i, i + n.length);
      out.push([i, i + n.length]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

export const SNIPPET_RADIUS = 40;

/** A window of the body around its first match, with "…" where it was cut, and the matches in it. */
export function snippetOf(body: string, needles: string[], radius = SNIPPET_RADIUS): { snippet: string; highlights: Range[] } {
  const first = matchRanges(body, needles)[0]?.[0] ?? 0;
  const from = Math.max(0, first - radius);
  const to = Math.min(body.length, first + radius * 2);
  const lead = from > 0 ? "…" : "";
  const snippet = lead + body.slice(from, to).replace(/\s+/g, " ") + (to < body.length ? "…" : "");
  return { snippet, highlights: matchRanges(snippet, needles) };
}
