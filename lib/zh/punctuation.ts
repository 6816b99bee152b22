// Punctuation of Chinese text as the project normalizes it (lib/ingest/normalize.ts: ，（）：；！？ are
// ASCII, 。、“”《》—… stay full-width): which marks end a sentence, which close a clause, which
// closers may follow a final mark. Used by the line tests, the article builder and the page splitter.

/** Characters that close a sentence or a clause that may end a paragraph. */
export const FINAL_MARKS: ReadonlySet<string> = new Set(Array.from("。!?…;:."));
/** Closers that may follow the final mark: 。" 。) 。』 */
export const CLOSERS: ReadonlySet<string> = new Set(Array.from("\"')」』】]"));
/** Marks that end a clause inside a sentence: a line ending with one runs on. */
export const CLAUSE_STOPS: ReadonlySet<string> = new Set(Array.from(",、;:"));
/** Marks that never open a line of new text: a line starting with one continues the line above. */
export const OPENING_PUNCT = /^[,、。:;!?)」』】…]/u;

/**
 * Does the text end a sentence? Closing quotes/brackets after the mark count (`。"`, `。)`), a bracket
 * after a word does not (`县(市、区)`).
 */
export function endsSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && s[i] === " ") i--;
  let closers = 0;
  while (i >= 0 && CLOSERS.has(s[i]!)) {
    i--;
    closers++;
  }
  if (i < 0) return closers > 0;
  const c = s[i]!;
  // "……" and "——" aside, an ASCII "." after a digit is a decimal point or a list number, not an end.
  if (c === "." && i > 0 && /[0-9]/u.test(s[i - 1]!)) return false;
  return FINAL_MARKS.has(c);
}

/** Does the text stop on a clause mark (",", "、"): a sentence broken off at the line end? */
export function endsClause(s: string): boolean {
  const t = s.trimEnd();
  return t.length > 0 && CLAUSE_STOPS.has(t[t.length - 1]!) && t[t.length - 1] !== ";" && t[t.length - 1] !== ":";
}

/** Number of full stops (。!?) in the text: how many sentences a line holds. */
export function sentenceCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3002 || c === 0x21 || c === 0x3f) n++;
  }
  return n;
}

/** Number of ASCII double quotes (all quote styles are ASCII after normalization). */
export function quoteCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i !== -1; i = s.indexOf('"', i + 1)) n++;
  return n;
}

/** Characters a sentence never stops on: a line ending with one was broken off mid-sentence. */
const MID_SENTENCE_END = /[的了和与及等在对把被从向为以或并而且之其、,]$/u;

/** Does the text stop on a word that needs more after it ("…社会阅历较浅等")? */
export function endsMidSentence(s: string): boolean {
  return MID_SENTENCE_END.test(s.trimEnd());
}

/** A set of characters as a table by UTF-16 code unit: one array read per character in hot scanning loops. */
export type CharTable = { has(code: number): boolean };

export function charTable(chars: string): CharTable {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return { has: (code) => table[code] === 1 };
}

/** Marks that close a clause or a sentence (what a number's clause is cut at). */
export const CLAUSE_BOUNDS: CharTable = charTable(",。;!?:\n");
/** Marks that close a sentence. */
export const SENTENCE_BOUNDS: CharTable = charTable("。;!?\n");
