// Paired quotes and book-title marks in a body: numbers inside short quoted slogans and titles are names.

export type QuoteIndex = { enclosing: Int32Array; closeOf: Map<number, number> };

/** Paired quotes and book-title marks: numbers inside short quoted slogans and titles are names. */
export function indexQuotes(body: string): QuoteIndex | null {
  const n = body.length;
  // one pass collects the quote marks; bodies without any pay nothing more
  const marks: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    // " ' “ ” ‘ ’ 《 》 「 」 and the paragraph break
    if (c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x300a || c === 0x300b || c === 0x300c || c === 0x300d || c === 10) {
      marks.push(i);
    }
  }
  if (marks.length === 0 || marks.every((i) => body.charCodeAt(i) === 10)) return null;
  const enclosing = new Int32Array(n).fill(-1);
  const closeOf = new Map<number, number>();
  const mark = (open: number, close: number) => {
    closeOf.set(open, close);
    enclosing.fill(open, open + 1, close);
  };
  // ASCII quotes open and close with the same character: pair them in turn within a paragraph,
  // double quotes first so that single-quoted slogans inside them overwrite the outer span.
  for (const q of [34, 39]) {
    let open = -1;
    for (const i of marks) {
      const ch = body.charCodeAt(i);
      if (ch === 10) {
        if (body.charCodeAt(i + 1) === 10) open = -1;
      } else if (ch === q) {
        if (open < 0) open = i;
        else {
          mark(open, i);
          open = -1;
        }
      }
    }
  }
  const stack: number[] = [];
  for (const [o, c] of PAIRED_CODES) {
    stack.length = 0;
    for (const i of marks) {
      const ch = body.charCodeAt(i);
      if (ch === o) stack.push(i);
      else if (ch === c && stack.length) mark(stack.pop()!, i);
    }
  }
  return { enclosing, closeOf };
}

const PAIRED: ReadonlyArray<readonly [string, string]> = [
  ["“", "”"],
  ["‘", "’"],
  ["《", "》"],
  ["「", "」"],
];
/** PAIRED as character codes: the mark loops compare codes, not one-character strings. */
const PAIRED_CODES: ReadonlyArray<readonly [number, number]> = PAIRED.map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)] as const);

/** True when `pos` lies in a book title or a short quoted name/slogan ("清廉家风润万家"). */
export function inSloganOrTitle(body: string, q: QuoteIndex | null, pos: number): boolean {
  if (!q) return false;
  const open = q.enclosing[pos] ?? -1;
  if (open < 0) return false;
  if (body[open] === "《") return true;
  const close = q.closeOf.get(open) ?? open;
  const inner = body.slice(open + 1, close);
  return inner.length <= 16 && !/[,。;!?]/.test(inner);
}
