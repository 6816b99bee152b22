/**
 * Anchors: where a correction applies, written so it can be found again in the text of a later
 * extraction. Modelled on the W3C Web Annotation selectors: a text quote (the exact words with some
 * context on each side) plus the offsets it had, re-found by search; the offsets only break ties.
 * An article is identified by its stable id, and failing that by the words it starts with.
 */

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;
/** Characters of an article's body that identify it when its id is gone. */
export const LEAD_CHARS = 40;

export type TextQuote = { exact: string; prefix: string; suffix: string; start: number; end: number };

export type ArticleAnchor = { articleId: string; title: string; lead: string };

export type Anchor = {
  article: ArticleAnchor;
  /** The words a metric correction or a split is about, inside the article's body. */
  target?: TextQuote;
  /** The article a merge joins to this one. */
  next?: ArticleAnchor;
};

export function quoteAt(text: string, start: number, end: number, context = CONTEXT_CHARS): TextQuote {
  if (!(start >= 0 && end > start && end <= text.length)) throw new RangeError(`no text at ${start}-${end}`);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
    start,
    end,
  };
}

export function articleAnchor(a: { id: string; title: string; body: string }): ArticleAnchor {
  return { articleId: a.id, title: a.title, lead: squeeze(a.body).slice(0, LEAD_CHARS) };
}

/** Text without whitespace: extractions differ most in line breaks and stray spaces. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, "");
}

function indexesOf(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Positions in `text` of its non-whitespace characters, and those characters. */
function squeezedWithMap(text: string): { s: string; map: number[] } {
  const map: number[] = [];
  let s = "";
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i]!)) {
      map.push(i);
      s += text[i];
    }
  }
  return { s, map };
}

/**
 * Finds a quote in a text: every occurrence of its exact words (or, failing that, of its words with
 * whitespace ignored), the one whose surroundings match its context best, nearest its old offset on
 * a tie. Null when the words are not in the text.
 */
export function findQuote(text: string, q: TextQuote): { start: number; end: number; score: number } | null {
  let spans = indexesOf(text, q.exact).map((i) => ({ start: i, end: i + q.exact.length }));
  let prefix = q.prefix;
  let suffix = q.suffix;
  let before = (s: { start: number }) => text.slice(Math.max(0, s.start - CONTEXT_CHARS * 2), s.start);
  let after = (s: { end: number }) => text.slice(s.end, s.end + CONTEXT_CHARS * 2);
  if (spans.length === 0) {
    const exact = squeeze(q.exact);
    if (!exact) return null;
    const { s, map } = squeezedWithMap(text);
    const hits = indexesOf(s, exact);
    if (hits.length === 0) return null;
    spans = hits.map((i) => ({ start: map[i]!, end: map[i + exact.length - 1]! + 1 }));
    prefix = squeeze(prefix);
    suffix = squeeze(suffix);
    before = (sp) => squeeze(text.slice(Math.max(0, sp.start - CONTEXT_CHARS * 4), sp.start));
    after = (sp) => squeeze(text.slice(sp.end, sp.end + CONTEXT_CHARS * 4));
  }
  let best: { start: number; end: number; score: number } | null = null;
  for (const sp of spans) {
    const context = commonSuffix(before(sp), prefix) + commonPrefix(after(sp), suffix);
    // Offsets break ties only: a fraction below one context character.
    const score = context - Math.min(0.99, Math.abs(sp.start - q.start) / Math.max(1, text.length));
    if (!best || score > best.score) best = { ...sp, score };
  }
  return best;
}

/** Whether a body starts with the words an article anchor remembers (whitespace ignored). */
export function startsWithLead(body: string, lead: string): boolean {
  return lead.length > 0 && squeeze(body).startsWith(lead);
}

/**
 * The article an anchor names, in a list: by its stable id, else the one article whose body starts
 * with the anchor's lead, else the one with the anchor's title. -1 when none (or several) match.
 */
export function locateArticle<T extends { id: string; title: string; body: string }>(articles: T[], a: ArticleAnchor): number {
  const byId = articles.findIndex((x) => x.id === a.articleId);
  if (byId !== -1) return byId;
  const byLead = articles.flatMap((x, i) => (startsWithLead(x.body, a.lead) ? [i] : []));
  if (byLead.length === 1) return byLead[0]!;
  const byTitle = articles.flatMap((x, i) => (a.title && x.title === a.title ? [i] : []));
  if (byTitle.length === 1) return byTitle[0]!;
  return -1;
}
