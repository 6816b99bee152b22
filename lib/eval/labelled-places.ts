// Page splitting and county scoring on labelled sets of real text (devset schema), with the rules of
// ../shared/tools/score_extraction.py so both give the same figures:
// - an article's county is the county of the longest extracted article;
// - a labelled page report is split right when one extracted article is its own: that article holds
//   at least 60% of the report's 6-character windows and the report is at least 60% of the article's;
//   `splitCounty` also wants that article's county right; `stray` counts extracted articles of 40 or
//   more windows that are no report's own.
import type { LabelledItem, PlaceLabel } from "./labelled-set";

const WINDOW = 6;
const COVER = 0.6;
const PURE = 0.6;
const STRAY_WINDOWS = 40;

export type PlaceOutput = { county?: { adcode?: string } | null; city?: { adcode?: string } | null; township?: { code?: string } | null } | null;
export type ArticleOutput = { title?: string; body?: string; captions?: string[]; place?: PlaceOutput };

export type PlaceScore = {
  articles: number;
  county: number;
  townships: number;
  township: number;
  segments: number;
  split: number;
  splitCounty: number;
  stray: number;
};

export function emptyPlaceScore(): PlaceScore {
  return { articles: 0, county: 0, townships: 0, township: 0, segments: 0, split: 0, splitCounty: 0, stray: 0 };
}

function grams(s: string): Set<string> {
  const t = s.normalize("NFKC").replace(/[^\p{L}\p{N}_]/gu, "");
  const chars = [...t];
  const out = new Set<string>();
  for (let i = 0; i + WINDOW <= chars.length; i++) out.add(chars.slice(i, i + WINDOW).join(""));
  return out;
}

const articleText = (a: ArticleOutput) => [a.title ?? "", a.body ?? "", ...(a.captions ?? [])].join(" ");

/** The scorer's county rule: outside Zhejiang wants the outside county or nothing; city- or province-wide wants no county. */
export function countyOk(place: PlaceOutput | undefined, gold: PlaceLabel): boolean {
  const got = place?.county?.adcode ?? null;
  if (!gold.inZhejiang) return (got !== null && got === gold.county) || (got === null && (place?.city?.adcode ?? null) === null);
  if (gold.county === null) return got === null;
  return got === gold.county;
}

/** For each labelled segment, the index of its own extracted article, or null; an article serves one segment. */
export function ownArticles(text: string, segments: ReadonlyArray<{ start: number; end: number }>, articles: readonly ArticleOutput[]): Array<number | null> {
  const segGrams = segments.map((s) => grams(text.slice(s.start, s.end)));
  const artGrams = articles.map((a) => grams(articleText(a)));
  const pairs: Array<[number, number, number]> = [];
  segGrams.forEach((sg, i) =>
    artGrams.forEach((ag, j) => {
      if (sg.size === 0 || ag.size === 0) return;
      let both = 0;
      for (const g of sg) if (ag.has(g)) both++;
      if (both && both / sg.size >= COVER && both / ag.size >= PURE) pairs.push([both / sg.size + both / ag.size, i, j]);
    }),
  );
  // best pairs first, ties broken as Python's reverse tuple sort does (higher segment, then higher article)
  pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const own: Array<number | null> = segments.map(() => null);
  const used = new Set<number>();
  for (const [, i, j] of pairs) {
    if (own[i] === null && !used.has(j)) {
      own[i] = j;
      used.add(j);
    }
  }
  return own;
}

/** Adds one item's place and split figures to `into`. */
export function scorePlaces(item: LabelledItem, articles: readonly ArticleOutput[], into: PlaceScore): PlaceScore {
  if (item.type === "article") {
    into.articles++;
    const main = articles.reduce<ArticleOutput | undefined>((m, a) => ((a.body ?? "").length > (m?.body ?? "").length || !m ? a : m), undefined);
    if (countyOk(main?.place, item.segments[0]!.place)) into.county++;
    const want = item.townshipCode;
    if (typeof want === "string" || (want === null && !item.metricsLabelled)) {
      into.townships++;
      if ((main?.place?.township?.code ?? null) === want) into.township++;
    }
    return into;
  }
  const own = ownArticles(item.text, item.segments, articles);
  item.segments.forEach((seg, k) => {
    into.segments++;
    const j = own[k];
    if (j === null || j === undefined) return;
    into.split++;
    if (countyOk(articles[j]!.place, seg.place)) into.splitCounty++;
  });
  articles.forEach((a, j) => {
    if (!own.includes(j) && grams(articleText(a)).size >= STRAY_WINDOWS) into.stray++;
  });
  return into;
}
