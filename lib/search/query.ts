/**
 * A search box's text as a structured query, rendered for SQLite FTS5 (fts5Match) and PostgreSQL
 * (tsQuery) from the same structure, so both databases answer the same question.
 *
 * Terms are separated by whitespace and all must match (AND). Within a term, each Han run is a
 * phrase of its bigrams (exact character sequence; one character is a prefix), each other run of
 * letters and digits a word prefix (gd finds GDP). Punctuation carries no meaning: % and _ are
 * never wildcards. Text that cannot be a query (control characters, broken UTF-16, too long,
 * nothing to search for) is refused with a QueryError, which routes answer with 400.
 */
import { foldText, RUNS } from "./fold";
import { RUN_END } from "./tokenize";

export const MAX_QUERY_CHARS = 100;
export const MAX_TERMS = 8;

export type Segment =
  /**
   * A Han run of two or more characters: its bigrams in order. Segmenter words that begin with
   * the run (滨江 -> 滨江区, 亚运 -> 亚运会) raise the rank: the query then starts a word rather
   * than straddling two (海滨|江边). Such a word always contains the phrase, so the set of
   * matches never changes.
   */
  | { kind: "phrase"; text: string; grams: string[] }
  /** One Han character, or a Latin/digit word: matches index tokens starting with it. */
  | { kind: "prefix"; text: string; token: string };

export type SearchTerm = { text: string; segments: Segment[] };
export type SearchQuery = { terms: SearchTerm[] };

export class QueryError extends Error {}

// C0/C1 controls other than tab and line breaks (which count as spaces), and lone surrogates.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The query, or null for an empty one (no search). Throws QueryError for text that cannot be a query. */
export function parseSearchQuery(raw: string): SearchQuery | null {
  if (CONTROL.test(raw)) throw new QueryError("the query contains control characters");
  if (LONE_SURROGATE.test(raw)) throw new QueryError("the query is not valid text");
  const q = raw.trim();
  if (!q) return null;
  if (q.length > MAX_QUERY_CHARS) throw new QueryError(`the query is longer than ${MAX_QUERY_CHARS} characters`);
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  for (const text of q.split(/\s+/)) {
    const folded = foldText(text);
    if (seen.has(folded)) continue;
    seen.add(folded);
    const segments = segmentsOf(folded);
    if (segments.length) terms.push({ text, segments });
    if (terms.length === MAX_TERMS) break;
  }
  if (terms.length === 0) throw new QueryError("the query has no letters or digits to search for");
  return { terms };
}

function segmentsOf(folded: string): Segment[] {
  const out: Segment[] = [];
  for (const m of folded.matchAll(RUNS)) {
    if (m[1]) {
      const chars = [...m[1]];
      if (chars.length === 1) {
        out.push({ kind: "prefix", text: m[1], token: m[1] });
        continue;
      }
      out.push({ kind: "phrase", text: m[1], grams: chars.slice(0, -1).map((c, i) => c + chars[i + 1]!) });
    } else if (m[2]) out.push({ kind: "prefix", text: m[2], token: m[2] });
  }
  return out;
}

/** The literal pieces of the query, folded, for highlighting matches in titles and snippets. */
export function highlightNeedles(q: SearchQuery): string[] {
  return [...new Set(q.terms.flatMap((t) => t.segments.map((s) => s.text)))].sort((a, b) => b.length - a.length);
}

// ---- SQLite FTS5 ------------------------------------------------------------------------------

const GRAM_COLUMNS = "{titleGrams bodyGrams}";
const WORD_COLUMNS = "{titleWords bodyWords}";
const fts5String = (s: string) => `"${s.replace(/"/g, '""')}"`;

function fts5Segment(s: Segment, ranked: boolean): string {
  if (s.kind === "prefix") {
    // A one-character Han prefix also finds the run-closing token (滨_); words simply by prefix.
    return `${GRAM_COLUMNS} : ${fts5String(s.token)}*`;
  }
  const phrase = `${GRAM_COLUMNS} : ${fts5String(s.grams.join(" "))}`;
  // Words starting with the run contain the phrase, so OR-ing them changes only the rank.
  return ranked ? `(${phrase} OR ${WORD_COLUMNS} : ${fts5String(s.text)}*)` : phrase;
}

/**
 * The FTS5 MATCH expression for a query. `ranked` adds the word alternatives that only lift the
 * rank; without them (for counting and filtering) the same articles match, faster.
 */
export function fts5Match(q: SearchQuery, ranked = true): string {
  return q.terms.flatMap((t) => t.segments.map((s) => fts5Segment(s, ranked))).map((s) => `(${s})`).join(" AND ");
}

/** bm25 column weights, in the FTS table's column order: title bigrams, body bigrams, title words, body words. */
export const FTS5_WEIGHTS = [4, 1, 6, 1.5] as const;

// ---- PostgreSQL tsquery -----------------------------------------------------------------------

const pgLexeme = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

function pgSegment(s: Segment, ranked: boolean): string {
  if (s.kind === "prefix") return `${pgLexeme(s.token)}:*AB`;
  const phrase = s.grams.map((g) => `${pgLexeme(g)}:AB`).join(" <-> ");
  return ranked ? `((${phrase}) | ${pgLexeme(s.text)}:*CD)` : `(${phrase})`;
}

/** The tsquery text (cast with ::tsquery; no parser runs, so tokens are exactly the index's); `ranked` as in fts5Match. */
export function tsQuery(q: SearchQuery, ranked = true): string {
  return q.terms.flatMap((t) => t.segments.map((s) => pgSegment(s, ranked))).join(" & ");
}

/** ts_rank weights {D, C, B, A}: body words, title words, body bigrams, title bigrams. */
export const PG_WEIGHTS = [0.15, 0.6, 0.1, 0.4] as const;

export { RUN_END };
