// Scores one extraction document (the contract JSON) against one gold document.
// Pure functions: no I/O, so the same scorer serves unit tests, the corpus runner and ad-hoc checks.
import type { GoldArticle, GoldDocument, GoldMetric } from "./gold";
import { readPrediction, type PredArticle, type PredMetric } from "./prediction";
import { collapse, dice, squash, stripPhotoCredit } from "./text";

export interface Ratio {
  ok: number;
  total: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type AlignedBy = "title" | "fuzzy" | "body" | "order";

export interface MetricMismatch {
  gold: string;
  pred: string;
  why: string;
}

export interface MetricReport extends Counts {
  /** Predictions matching an optional gold metric: neither TP nor FP. */
  optionalHits: number;
  /** Extra predictions repeating an already matched gold metric (same number printed twice): not FP. */
  duplicates: number;
  /** Unmatched predictions whose text equals or sits inside a not_metrics string (also counted in fp). */
  forbidden: string[];
  /** Matched pairs whose approx flag agrees with the gold. */
  approx: Ratio;
  /** Matched pairs whose labels agree (bigram Dice >= 0.5); information only. */
  labels: Ratio;
  missed: GoldMetric[];
  spurious: PredMetric[];
  /** Gold metrics missed although a prediction overlaps their text (wrong value or unit). */
  mismatches: MetricMismatch[];
  wrongApprox: string[];
}

export interface ArticleReport {
  n: number;
  goldTitle: string;
  predTitle: string | null;
  alignedBy: AlignedBy | null;
  title: boolean;
  authors: boolean;
  body: { starts: boolean; ends: boolean; contains: Ratio };
  captions: { exact: boolean; leaked: number };
  place: { city: boolean; county: boolean; township: boolean | null; spuriousTownship: boolean; predicted: string };
  mentions: Counts & { missing: string[]; extra: string[] };
  metrics: MetricReport;
}

export interface ExtraArticle {
  title: string;
  metrics: number;
}

export interface Totals {
  documents: number;
  countMatch: Ratio;
  articlesFound: Ratio;
  title: Ratio;
  authors: Ratio;
  bodyStarts: Ratio;
  bodyEnds: Ratio;
  bodyContains: Ratio;
  captions: Ratio;
  captionLeaks: number;
  city: Ratio;
  county: Ratio;
  township: Ratio;
  spuriousTownships: number;
  mentions: Counts;
  metrics: Counts;
  optionalHits: number;
  duplicates: number;
  forbidden: number;
  approx: Ratio;
  labels: Ratio;
  problems: number;
}

export interface DocumentReport {
  name: string;
  mode: "page" | "single";
  goldArticles: number;
  predArticles: number;
  countMatch: boolean;
  articles: ArticleReport[];
  /** Predicted articles that no gold article aligned to; their metrics count as false positives. */
  extraArticles: ExtraArticle[];
  problems: string[];
  totals: Totals;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision/recall/F1; an empty side counts as perfect so a document with nothing to find is not penalised. */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function ratio(r: Ratio): number {
  return r.total === 0 ? 1 : r.ok / r.total;
}

// ---------------------------------------------------------------- alignment

interface Pair {
  gold: number;
  pred: number | null;
  by: AlignedBy | null;
}

const FUZZY_TITLE_MIN = 0.5;

/**
 * Pairs gold with predicted articles: exact title, then best fuzzy title, then body start,
 * then the remaining ones in reading order. Each predicted article is used at most once.
 */
export function alignArticles(gold: readonly GoldArticle[], pred: readonly PredArticle[]): Pair[] {
  const goldOf = new Map<number, { pred: number; by: AlignedBy }>();
  const usedPred = new Set<number>();
  const take = (g: number, p: number, by: AlignedBy) => {
    goldOf.set(g, { pred: p, by });
    usedPred.add(p);
  };

  gold.forEach((g, gi) => {
    const key = squash(g.title);
    const pi = pred.findIndex((p, i) => !usedPred.has(i) && squash(p.title) === key);
    if (pi >= 0) take(gi, pi, "title");
  });

  const fuzzy: Array<{ g: number; p: number; s: number }> = [];
  gold.forEach((g, gi) => {
    if (goldOf.has(gi)) return;
    pred.forEach((p, pi) => {
      if (usedPred.has(pi)) return;
      const s = dice(g.title, p.title);
      if (s >= FUZZY_TITLE_MIN) fuzzy.push({ g: gi, p: pi, s });
    });
  });
  fuzzy.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  for (const f of fuzzy) if (!goldOf.has(f.g) && !usedPred.has(f.p)) take(f.g, f.p, "fuzzy");

  gold.forEach((g, gi) => {
    if (goldOf.has(gi)) return;
    const start = squash(g.body_starts_with);
    const pi = pred.findIndex((p, i) => !usedPred.has(i) && squash(p.body).includes(start));
    if (pi >= 0) take(gi, pi, "body");
  });

  const restPred = pred.map((_, i) => i).filter((i) => !usedPred.has(i));
  gold.forEach((_, gi) => {
    if (goldOf.has(gi)) return;
    const pi = restPred.shift();
    if (pi !== undefined) take(gi, pi, "order");
  });

  return gold.map((_, gi) => {
    const hit = goldOf.get(gi);
    return { gold: gi, pred: hit?.pred ?? null, by: hit?.by ?? null };
  });
}

// ---------------------------------------------------------------- metrics

function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function textsOverlap(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

function metricMatches(g: GoldMetric, p: PredMetric): boolean {
  return sameValue(g.value, p.value) && g.unit === p.unit && textsOverlap(g.text, p.text);
}

/** Maximum bipartite matching (Kuhn): greedy order must not steal a pair another gold metric needs. */
function matchMetrics(gold: readonly GoldMetric[], pred: readonly PredMetric[]): Array<number | null> {
  const candidates = gold.map((g) => pred.map((p, pi) => (metricMatches(g, p) ? pi : -1)).filter((pi) => pi >= 0));
  const predOwner: Array<number | null> = pred.map(() => null);
  const tryAssign = (gi: number, seen: Set<number>): boolean => {
    for (const pi of candidates[gi] ?? []) {
      if (seen.has(pi)) continue;
      seen.add(pi);
      const owner = predOwner[pi];
      if (owner === null || owner === undefined || tryAssign(owner, seen)) {
        predOwner[pi] = gi;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, gi) => tryAssign(gi, new Set()));
  const goldToPred: Array<number | null> = gold.map(() => null);
  predOwner.forEach((gi, pi) => {
    if (gi !== null && gi !== undefined) goldToPred[gi] = pi;
  });
  return goldToPred;
}

export const LABEL_AGREEMENT_MIN = 0.5;

function fmtMetric(m: { text: string; value: number; unit: string }): string {
  return `${m.text}=${m.value}${m.unit}`;
}

export function scoreMetrics(g: GoldArticle | null, pred: readonly PredMetric[]): MetricReport {
  const gold = g?.metrics ?? [];
  const optional = g?.optional_metrics ?? [];
  const forbiddenTexts = (g?.not_metrics ?? []).map(squash);
  const goldToPred = matchMetrics(gold, pred);
  const matchedPred = new Set<number>();
  const report: MetricReport = {
    tp: 0, fp: 0, fn: 0, optionalHits: 0, duplicates: 0, forbidden: [],
    approx: { ok: 0, total: 0 }, labels: { ok: 0, total: 0 },
    missed: [], spurious: [], mismatches: [], wrongApprox: [],
  };

  gold.forEach((gm, gi) => {
    const pi = goldToPred[gi];
    const p = pi === null || pi === undefined ? undefined : pred[pi];
    if (p === undefined || pi === null || pi === undefined) {
      report.fn++;
      report.missed.push(gm);
      const near = pred.find((x) => textsOverlap(gm.text, x.text));
      if (near) {
        const why = !sameValue(gm.value, near.value) ? `value ${near.value} != ${gm.value}` : `unit "${near.unit}" != "${gm.unit}"`;
        report.mismatches.push({ gold: fmtMetric(gm), pred: fmtMetric(near), why });
      }
      return;
    }
    matchedPred.add(pi);
    report.tp++;
    if (gm.approx !== undefined) {
      report.approx.total++;
      if (gm.approx === p.approx) report.approx.ok++;
      else report.wrongApprox.push(`${gm.text}: approx ${p.approx} != ${gm.approx}`);
    }
    if (gm.label !== undefined) {
      report.labels.total++;
      if (dice(gm.label, p.label) >= LABEL_AGREEMENT_MIN) report.labels.ok++;
    }
  });

  pred.forEach((p, pi) => {
    if (matchedPred.has(pi)) return;
    if (optional.some((o) => metricMatches(o, p))) {
      report.optionalHits++;
      return;
    }
    if (gold.some((gm, gi) => goldToPred[gi] !== null && metricMatches(gm, p))) {
      report.duplicates++;
      return;
    }
    report.fp++;
    report.spurious.push(p);
    const t = squash(p.text);
    if (t.length > 0 && forbiddenTexts.some((f) => f.includes(t))) report.forbidden.push(p.text);
  });
  return report;
}

// ---------------------------------------------------------------- places and mentions

const isCity = (code: string) => code.length === 6 && code.endsWith("00");
const cityOf = (code: string) => `${code.slice(0, 4)}00`;

/**
 * Mention codes: Zhejiang county/township codes are strict. A city code is judged only when nothing inside
 * that city is named: whether "绍兴市上虞区" also mentions 绍兴市 is a convention, not a fact worth a point.
 */
export function scoreMentions(goldCodes: readonly string[], predCodes: readonly string[]) {
  const gold = new Set(goldCodes);
  const pred = new Set(predCodes.filter((c) => /^33\d{4}(\d{3})?$/.test(c) && c !== "330000"));
  const hasDescendant = (set: Set<string>, city: string) =>
    [...set].some((c) => c !== city && cityOf(c) === city);
  const out = { tp: 0, fp: 0, fn: 0, missing: [] as string[], extra: [] as string[] };
  for (const c of pred) {
    if (gold.has(c)) out.tp++;
    else if (isCity(c) && hasDescendant(gold, c)) continue;
    else {
      out.fp++;
      out.extra.push(c);
    }
  }
  for (const c of gold) {
    if (pred.has(c)) continue;
    if (isCity(c) && hasDescendant(gold, c)) continue;
    out.fn++;
    out.missing.push(c);
  }
  return out;
}

function scorePlace(g: GoldArticle, p: PredArticle | null) {
  const pp = p?.place ?? null;
  const predicted = pp === null ? "null" : pp.townshipCode ?? pp.countyCode ?? pp.cityCode ?? "null";
  if (g.place === null) {
    const isNull = pp === null || (pp.cityCode === null && pp.countyCode === null);
    return { city: isNull, county: isNull, township: null, spuriousTownship: pp?.townshipCode != null, predicted };
  }
  const gp = g.place;
  const city = pp?.cityCode === gp.city.adcode;
  const county = (pp?.countyCode ?? null) === (gp.county?.adcode ?? null) && pp !== null;
  const township = gp.township === null ? null : pp?.townshipCode === gp.township.code;
  const spuriousTownship = gp.township === null && pp?.townshipCode != null;
  return { city, county, township, spuriousTownship, predicted };
}

// ---------------------------------------------------------------- articles and documents

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = a.map(squash).sort();
  const y = b.map(squash).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

export function scoreArticle(g: GoldArticle, p: PredArticle | null, alignedBy: AlignedBy | null): ArticleReport {
  const body = squash(p?.body ?? "");
  const contains = g.body_must_contain.filter((s) => body.includes(squash(s))).length;
  const goldCaps = g.captions.map(stripPhotoCredit);
  const predCaps = (p?.captions ?? []).map(stripPhotoCredit);
  const m = scoreMentions(g.mentions_in_zhejiang, (p?.mentions ?? []).flatMap((x) => (x.code ? [x.code] : [])));
  return {
    n: g.n,
    goldTitle: g.title,
    predTitle: p?.title ?? null,
    alignedBy,
    title: p !== null && collapse(p.title) === collapse(g.title),
    authors: p !== null && sameSet(p.authors, g.authors),
    body: {
      starts: p !== null && body.startsWith(squash(g.body_starts_with)),
      ends: p !== null && body.endsWith(squash(g.body_ends_with)),
      contains: { ok: contains, total: g.body_must_contain.length },
    },
    captions: {
      exact: p !== null && sameSet(predCaps, goldCaps),
      leaked: p === null ? 0 : goldCaps.filter((c) => c.length > 0 && body.includes(c)).length,
    },
    place: scorePlace(g, p),
    mentions: m,
    metrics: scoreMetrics(g, p?.metrics ?? []),
  };
}

export function emptyTotals(): Totals {
  const r = (): Ratio => ({ ok: 0, total: 0 });
  const c = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  return {
    documents: 0, countMatch: r(), articlesFound: r(), title: r(), authors: r(), bodyStarts: r(), bodyEnds: r(),
    bodyContains: r(), captions: r(), captionLeaks: 0, city: r(), county: r(), township: r(), spuriousTownships: 0,
    mentions: c(), metrics: c(), optionalHits: 0, duplicates: 0, forbidden: 0, approx: r(), labels: r(), problems: 0,
  };
}

const bump = (r: Ratio, ok: boolean) => {
  r.total++;
  if (ok) r.ok++;
};
const addRatio = (a: Ratio, b: Ratio) => {
  a.ok += b.ok;
  a.total += b.total;
};
const addCounts = (a: Counts, b: Counts) => {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
};

/** Sums totals across documents. */
export function addTotals(list: readonly Totals[]): Totals {
  const t = emptyTotals();
  for (const x of list) {
    t.documents += x.documents;
    for (const k of ["countMatch", "articlesFound", "title", "authors", "bodyStarts", "bodyEnds", "bodyContains",
      "captions", "city", "county", "township", "approx", "labels"] as const) addRatio(t[k], x[k]);
    addCounts(t.mentions, x.mentions);
    addCounts(t.metrics, x.metrics);
    t.captionLeaks += x.captionLeaks;
    t.spuriousTownships += x.spuriousTownships;
    t.optionalHits += x.optionalHits;
    t.duplicates += x.duplicates;
    t.forbidden += x.forbidden;
    t.problems += x.problems;
  }
  return t;
}

/**
 * Compares an extraction document (any JSON; read leniently) with a gold document.
 * `name` and `mode` only label the report.
 */
export function scoreDocument(
  prediction: unknown,
  gold: GoldDocument,
  name = gold.source ?? "document",
  mode: "page" | "single" = gold.mode ?? "page",
): DocumentReport {
  const pred = readPrediction(prediction);
  const pairs = alignArticles(gold.articles, pred.articles);
  const articles = pairs.map((pair) => {
    const g = gold.articles[pair.gold] as GoldArticle;
    const p = pair.pred === null ? null : (pred.articles[pair.pred] ?? null);
    return scoreArticle(g, p, pair.by);
  });
  const used = new Set(pairs.flatMap((x) => (x.pred === null ? [] : [x.pred])));
  const extraArticles = pred.articles
    .filter((_, i) => !used.has(i))
    .map((a) => ({ title: a.title, metrics: a.metrics.length }));

  const t = emptyTotals();
  t.documents = 1;
  const countMatch = gold.articles.length === pred.articles.length;
  bump(t.countMatch, countMatch);
  for (const a of articles) {
    bump(t.articlesFound, a.alignedBy !== null);
    bump(t.title, a.title);
    bump(t.authors, a.authors);
    bump(t.bodyStarts, a.body.starts);
    bump(t.bodyEnds, a.body.ends);
    addRatio(t.bodyContains, a.body.contains);
    bump(t.captions, a.captions.exact);
    t.captionLeaks += a.captions.leaked;
    bump(t.city, a.place.city);
    bump(t.county, a.place.county);
    if (a.place.township !== null) bump(t.township, a.place.township);
    if (a.place.spuriousTownship) t.spuriousTownships++;
    addCounts(t.mentions, a.mentions);
    addCounts(t.metrics, a.metrics);
    t.optionalHits += a.metrics.optionalHits;
    t.duplicates += a.metrics.duplicates;
    t.forbidden += a.metrics.forbidden.length;
    addRatio(t.approx, a.metrics.approx);
    addRatio(t.labels, a.metrics.labels);
  }
  for (const x of extraArticles) t.metrics.fp += x.metrics;
  t.problems = pred.problems.length;

  return {
    name,
    mode,
    goldArticles: gold.articles.length,
    predArticles: pred.articles.length,
    countMatch,
    articles,
    extraArticles,
    problems: pred.problems,
    totals: t,
  };
}

// The table formatter lives in format.ts; re-exported so callers need one import.
export { formatReport, formatTotals, type Detail } from "./format";
