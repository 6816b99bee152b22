/**
 * Turns text into search tokens (SQLite FTS5 and PostgreSQL tsvector index the same tokens, so the
 * two databases find the same articles):
 *
 * - a Han run 滨江区 becomes its overlapping bigrams 滨江 江区 and a closing token 区_ (a run of
 *   one character is only that closing token). A query of two or more characters is the phrase of
 *   its bigrams, so it finds exactly the articles containing that character sequence; a single
 *   character is a prefix query (滨* finds 滨江 and 滨_).
 * - any other run of letters and digits is one lower-cased word (gdp, 5g, 2023);
 * - words from the segmenter (jieba), two characters or longer, go to separate columns: they never
 *   decide whether an article matches, only how it ranks (a query that is a whole word ranks
 *   articles using that word above those where the characters merely meet).
 */
import { foldText, HAN, RUNS } from "./fold";
import { segmentWords } from "./words";

/** A character closing every Han run, so the run's last character is searchable alone. */
export const RUN_END = "_";

export type IndexTokens = { grams: string[]; words: string[] };

/** Bigram and word tokens of a text, in text order (positions matter for phrases). */
export function gramTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of foldText(text).matchAll(RUNS)) {
    if (m[1]) {
      const run = [...m[1]];
      for (let i = 0; i + 1 < run.length; i++) out.push(run[i]! + run[i + 1]!);
      out.push(run[run.length - 1]! + RUN_END);
    } else if (m[2]) out.push(m[2]);
  }
  return out;
}

/** Segmenter words of the Han runs (two characters or more), in text order. */
export function wordTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of foldText(text).matchAll(RUNS)) {
    if (!m[1] || m[1].length < 2) continue;
    for (const w of segmentWords(m[1])) if (w.length >= 2 && HAN.test(w)) out.push(w);
  }
  return out;
}

export function indexTokens(text: string): IndexTokens {
  return { grams: gramTokens(text), words: wordTokens(text) };
}
