// Labelled pages for training and scoring the page splitter: a page's text with its reports as
// character ranges (the devset schema: ../shared/devset/README.md), turned into one class per line.
import { inlineItemBreaks } from "../inline-items";
import { normalizeText, prepareLayout } from "../normalize";
import { INSIDE, OUTSIDE, START } from "./model";

/** A report of a labelled page: [start, end) offsets into the page text, in UTF-16 code units. */
export type Span = { start: number; end: number };

export type LabelledPage = {
  id: string;
  text: string;
  /** The page's reports, in page order. */
  reports: Span[];
  /** Where the page comes from ("devset", "pages-train", "assembled", "corpus"). */
  origin: string;
};

/**
 * Code-point offsets (Python's str offsets, as the devset's labels are written) -> UTF-16 offsets into
 * the same string. Characters outside the BMP take two code units in JavaScript.
 */
export function codePointOffsets(text: string, offsets: readonly number[]): number[] {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const map = new Map<number, number>();
  let cp = 0;
  let unit = 0;
  let k = 0;
  while (k < sorted.length) {
    if (sorted[k] === cp) {
      map.set(cp, unit);
      k++;
      continue;
    }
    if (unit >= text.length) throw new Error(`offset ${sorted[k]} is past the end of the text (${cp} code points)`);
    const c = text.codePointAt(unit)!;
    unit += c > 0xffff ? 2 : 1;
    cp++;
  }
  return offsets.map((o) => map.get(o)!);
}

/**
 * Index of the line (of the layout text, as toUnits numbers them: lib/ingest/units.ts layoutText) that
 * holds the character at `offset`. `breaks`: the inline item breaks of the whole page's layout text.
 */
function lineAt(text: string, offset: number, breaks: readonly number[]): number {
  const before = normalizeText(prepareLayout(text.slice(0, offset)));
  let n = 0;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) n++;
  for (const b of breaks) if (b <= before.length) n++;
  return n;
}

/**
 * The class of every line of the page, by line index: START for the line a report begins on, INSIDE for
 * its other lines, OUTSIDE for lines in no report. Reports begin and end at line boundaries (after a
 * marker such as "■" or "1. " on the same line).
 */
export function lineClasses(page: LabelledPage): Map<number, number> {
  const breaks = inlineItemBreaks(normalizeText(prepareLayout(page.text)));
  const total = lineAt(page.text, page.text.length, breaks) + 1;
  const out = new Map<number, number>();
  for (let i = 0; i < total; i++) out.set(i, OUTSIDE);
  let previousEnd = -1;
  for (const r of page.reports) {
    if (!(r.start < r.end) || r.start < previousEnd) throw new Error(`${page.id}: reports overlap or are empty at ${r.start}`);
    previousEnd = r.end;
    const first = lineAt(page.text, r.start, breaks);
    const last = lineAt(page.text, Math.max(r.start, r.end - 1), breaks);
    if (out.get(first) !== OUTSIDE) throw new Error(`${page.id}: two reports on line ${first}`);
    out.set(first, START);
    for (let i = first + 1; i <= last; i++) out.set(i, INSIDE);
  }
  return out;
}
