/**
 * OCR of a page scanned in overlapping strips repeats the last, unfinished words of a column at the top
 * of the next one, with a character or two read differently:
 *   "...小区内破损的梳子很快得到了修复" / "小区内破损的椅子很快得到了修复。为深入推进..."
 * Only the copy that goes on to finish the sentence is kept.
 */

const WINDOW = 100;
const MIN_REPEAT = 6;
const CLAUSE_BREAK = /[,、。;:!?" ]/u;

/** Levenshtein distance, giving up (returning max + 1) once every path exceeds `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const v = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * If the start of `next` repeats the unfinished end of `prev` (near-identically), returns how many
 * characters to cut from the end of `prev`; otherwise 0. `prev` may be just the paragraph's last
 * WINDOW + 1 characters: nothing further back is looked at.
 */
export function rescannedTailLength(prev: string, next: string): number {
  if (prev.length < MIN_REPEAT || next.length < MIN_REPEAT) return 0;
  const windowStart = Math.max(0, prev.length - WINDOW);
  let bestStart = -1;
  // Anchor on a 3-character piece of `next` near its start (the first characters may be misread).
  for (let k = 0; k <= 2; k++) {
    const anchor = next.slice(k, k + 3);
    if (anchor.length < 3 || anchor.includes(" ")) continue;
    for (let p = prev.indexOf(anchor, windowStart); p !== -1; p = prev.indexOf(anchor, p + 1)) {
      const start = p - k;
      if (start < windowStart || (bestStart !== -1 && start >= bestStart)) continue;
      const tail = prev.slice(start);
      if (tail.length < MIN_REPEAT) continue;
      // A repeat starts where a clause starts, unless it is long enough to be unmistakable.
      if (start > 0 && tail.length < 10 && !CLAUSE_BREAK.test(prev[start - 1]!)) continue;
      const max = tail.length < 12 ? 1 : 2;
      for (const len of [tail.length, tail.length - 1, tail.length + 1]) {
        if (len > next.length) continue;
        if (boundedDistance(tail, next.slice(0, len), max) <= max) {
          bestStart = start;
          break;
        }
      }
    }
  }
  return bestStart === -1 ? 0 : prev.length - bestStart;
}

export const RESCAN_WINDOW = WINDOW;
