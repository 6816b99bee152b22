/**
 * Character folding shared by the search index, the query parser and the highlighter. It maps one
 * UTF-16 unit to one, so offsets in folded text are offsets in the original (highlights stay exact).
 */

/** Full-width ASCII (Ａ１％) to ASCII, then lower case (ASCII and other scripts with simple case). */
export function foldText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ch = c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : text[i]!;
    const lower = ch.toLowerCase();
    // A few letters lower-case to two units (İ); keep the original there so offsets never shift.
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

/** Han characters (CJK ideographs): indexed as overlapping bigrams. */
export const HAN = /\p{Script=Han}/u;
/** Runs the index knows: Han runs, and runs of other letters and digits (one word each). */
export const RUNS = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;
