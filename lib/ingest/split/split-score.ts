// The devset scorer's rule for page splitting (../shared/tools/score_extraction.py), in TypeScript so
// training can score a model on pages it has not seen without running the CLI: a labelled report is
// split out when one extracted article holds at least 60% of the report's 6-character windows and the
// report is at least 60% of that article; an article of 40 or more windows that is no report's own is
// a stray.

export const WINDOW = 6;
export const COVER = 0.6;
export const PURE = 0.6;
export const STRAY_WINDOWS = 40;

/** The 6-character windows of a text: NFKC, word characters only (Python's \w). */
export function windows(s: string): Set<string> {
  const chars = Array.from(s.normalize("NFKC").replace(/[^\p{L}\p{N}_]/gu, ""));
  const out = new Set<string>();
  for (let i = 0; i + WINDOW <= chars.length; i++) out.add(chars.slice(i, i + WINDOW).join(""));
  return out;
}

export type ScoredArticle = { title: string; body: string; captions: readonly string[] };

/** What the scorer reads of an article: title, body and captions. */
export function articleText(a: ScoredArticle): string {
  return [a.title, a.body, ...a.captions].join(" ");
}

/**
 * For each report, the index of the article that is its own (or null): pairs are taken best first by
 * cover + purity, and an article serves one report.
 */
export function ownArticles(reports: readonly string[], articles: readonly ScoredArticle[]): (number | null)[] {
  const rg = reports.map(windows);
  const ag = articles.map((a) => windows(articleText(a)));
  const pairs: [number, number, number][] = [];
  rg.forEach((r, i) => {
    ag.forEach((a, j) => {
      if (r.size === 0 || a.size === 0) return;
      let both = 0;
      for (const w of r) if (a.has(w)) both++;
      if (both > 0 && both / r.size >= COVER && both / a.size >= PURE) pairs.push([both / r.size + both / a.size, i, j]);
    });
  });
  // Python sorts the (score, i, j) tuples in reverse: ties go to the larger indices.
  pairs.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const own: (number | null)[] = reports.map(() => null);
  const used = new Set<number>();
  for (const [, i, j] of pairs) {
    if (own[i] === null && !used.has(j)) {
      own[i] = j;
      used.add(j);
    }
  }
  return own;
}

export type SplitScore = { reports: number; split: number; stray: number; missed: number[]; strays: number[] };

/** Split and stray counts of one page's articles against its labelled reports' texts. */
export function scoreSplit(reports: readonly string[], articles: readonly ScoredArticle[]): SplitScore {
  const own = ownArticles(reports, articles);
  const owned = new Set(own.filter((j): j is number => j !== null));
  const strays = articles.map((a, j) => j).filter((j) => !owned.has(j) && windows(articleText(articles[j]!)).size >= STRAY_WINDOWS);
  const missed = own.flatMap((j, i) => (j === null ? [i] : []));
  return { reports: reports.length, split: reports.length - missed.length, stray: strays.length, missed, strays };
}
