// Training the page splitter: labelled pages -> line examples -> softmax regression (fit.ts), and
// leave-one-page-out scoring with the devset scorer's rule (split-score.ts). Used by
// scripts/train-splitter.ts; kept here, pure apart from the gazetteer, so it can be tested.
import type { Gazetteer } from "../../geo/gazetteer";
import { segmentPage } from "../segment";
import { toUnits } from "../units";
import { assemblePages, type Item } from "./assemble";
import { FEATURE_NAMES, pageFeatures, pageLines, StackedFeatures, STACKED_FEATURE_NAMES, type PageFeatures, type Sparse, type SplitLine } from "./features";
import { fitSoftmax, type Example } from "./fit";
import { lineClasses, type LabelledPage } from "./labels";
import { closedAbove, cutReports, decodeClasses, isHeaderLine, isTitleLine } from "./cut";
import { CLASSES, INSIDE, layerLogProbs, OUTSIDE, pageLogProbs, START, type SplitModel } from "./model";
import { scoreSplit, windows } from "./split-score";

export type TrainOptions = {
  /** L2 penalty (see fit.ts). */
  l2: number;
  maxIter: number;
  /** Seed of the assembled pages. */
  seed: number;
  /** How many pages to assemble per training run. */
  assembled: number;
  /** Weight of a line of an assembled page, against 1 for a line of a real labelled page. */
  assembledWeight: number;
  /** Extra weight of the lines that start a report (rare against the lines inside). */
  startWeight: number;
};

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { l2: 0.0005, maxIter: 400, seed: 20240519, assembled: 160, assembledWeight: 0.5, startWeight: 3 };

/** A labelled page, ready for fitting: its lines, their first-pass features and their classes. */
type PageData = { lines: SplitLine[]; page: PageFeatures; features: Sparse[]; classes: number[]; weights: number[] };

/**
 * The lines of a labelled page with their features and classes. A report's head (page label, banner,
 * date, kicker, title) is one zone: cut.ts joins page-header and title-only reports to the report
 * below, so a start on any line of the zone cuts the same report, and all of them are labelled start.
 */
export function pageData(page: LabelledPage, gaz: Gazetteer, weight: number, joinsOnly = false): PageData {
  const lines = pageLines(toUnits(page.text));
  const byLine = lineClasses(page);
  const classes = lines.map((l) => {
    const y = byLine.get(l.line);
    if (y === undefined) throw new Error(`${page.id}: no label for line ${l.line}`);
    return y;
  });
  for (let i = 0; i < lines.length; i++) {
    if (classes[i] !== START || !(isHeaderLine(lines[i]!) || isTitleLine(lines[i]!))) continue;
    for (let j = i + 1; j < lines.length && classes[j] === INSIDE && (isHeaderLine(lines[j]!) || isTitleLine(lines[j]!)); j++) classes[j] = START;
  }
  // An assembled page repeats reports that other pages hold too: only its joins (the lines around each
  // report's first line) teach something new, so the lines inside its reports are left out.
  const weights = classes.map((_, i) => {
    const near = [i - 1, i, i + 1].some((k) => classes[k] !== undefined && classes[k] !== INSIDE);
    return joinsOnly && !near ? 0 : weight;
  });
  const features = pageFeatures(lines, gaz);
  return { lines, page: features, features: lines.map((_, i) => features.row(i)), classes, weights };
}

/** Rounds fitted weights to 6 decimals, as weights.json stores them. */
const rounded = (rows: readonly Float64Array[]) => rows.map((row) => row.map((v) => Math.round(v * 1e6) / 1e6));

function fitLayer(data: readonly PageData[], vectors: (d: PageData) => readonly Sparse[], size: number, opts: TrainOptions): Float64Array[] {
  const examples: Example[] = [];
  for (const d of data) {
    const xs = vectors(d);
    d.classes.forEach((y, i) => {
      const w = d.weights[i]!;
      if (w > 0) examples.push({ x: xs[i]!, y, w: y === START ? w * opts.startWeight : w });
    });
  }
  return rounded(fitSoftmax(examples, size, CLASSES.length, { l2: opts.l2, maxIter: opts.maxIter }).weights);
}

/** Folds for the first pass's out-of-fold predictions, which the second pass learns from. */
const STACK_FOLDS = 4;

/**
 * Fits both passes. The second pass must learn from first-pass probabilities like those it will see on
 * new pages, so on the training pages they come from first-pass models fitted without those pages.
 */
export function fitModel(data: readonly PageData[], opts: TrainOptions): SplitModel {
  const first = fitLayer(data, (d) => d.features, FEATURE_NAMES.length, opts);
  const outOfFold = new Map<PageData, Float64Array[]>();
  for (let f = 0; f < STACK_FOLDS; f++) {
    const held = data.filter((_, k) => k % STACK_FOLDS === f);
    const rest = data.filter((_, k) => k % STACK_FOLDS !== f);
    const layer = fitLayer(rest, (d) => d.features, FEATURE_NAMES.length, opts);
    for (const d of held) outOfFold.set(d, d.features.map((x) => layerLogProbs(layer, x)));
  }
  const stacked = new Map<PageData, Sparse[]>();
  for (const d of data) {
    const s = new StackedFeatures(d.page, d.lines, outOfFold.get(d)!);
    stacked.set(d, d.lines.map((_, i) => s.row(i)));
  }
  const second = fitLayer(data, (d) => stacked.get(d)!, STACKED_FEATURE_NAMES.length, opts);
  return { first, second };
}

/** Report texts of a labelled page. */
export function reportTexts(page: LabelledPage): string[] {
  return page.reports.map((r) => page.text.slice(r.start, r.end));
}

/**
 * The features of labelled pages, kept across the fits of one training run (leave-one-page-out fits a
 * model per page on nearly the same pages): real pages by identity, assembled pages by their text.
 */
export type FeatureCache = { real: WeakMap<LabelledPage, PageData>; assembled: Map<string, PageData> };

export const newFeatureCache = (): FeatureCache => ({ real: new WeakMap(), assembled: new Map() });

/** Fits a model on real pages plus pages assembled from `items`. */
export function trainModel(
  pages: readonly LabelledPage[],
  items: readonly Item[],
  gaz: Gazetteer,
  opts: TrainOptions,
  cache: FeatureCache = newFeatureCache(),
): { model: SplitModel; lines: number; assembled: number } {
  const assembled = assemblePages(items, opts.assembled, opts.seed);
  const real = (p: LabelledPage) => {
    let d = cache.real.get(p);
    if (!d) cache.real.set(p, (d = pageData(p, gaz, 1)));
    return d;
  };
  const made = (p: LabelledPage) => {
    let d = cache.assembled.get(p.text);
    if (!d) cache.assembled.set(p.text, (d = pageData(p, gaz, opts.assembledWeight, true)));
    return d;
  };
  // Stacking folds take every fourth page, so each holds real and assembled pages.
  const data: PageData[] = [...pages.map(real), ...assembled.map(made)];
  const model = fitModel(data, opts);
  return { model, lines: data.reduce((s, d) => s + d.lines.length, 0), assembled: assembled.length };
}

/** Does an item share much of its text with any of these reports (then it is the same report)? */
function overlaps(item: string, reports: readonly string[]): boolean {
  const a = windows(item);
  return reports.some((r) => {
    const b = windows(r);
    let both = 0;
    for (const w of b) if (a.has(w)) both++;
    return both > 0 && (both / Math.max(1, b.size) >= 0.3 || both / Math.max(1, a.size) >= 0.3);
  });
}

export type PageResult = { id: string; reports: number; split: number; stray: number; missed: number[] };
export type Figures = { pages: number; reports: number; split: number; splitRate: number; stray: number; strayRate: number };

export function summarize(results: readonly PageResult[]): Figures {
  const reports = results.reduce((s, r) => s + r.reports, 0);
  const split = results.reduce((s, r) => s + r.split, 0);
  const stray = results.reduce((s, r) => s + r.stray, 0);
  const rate = (x: number) => (reports === 0 ? 0 : Math.round((x / reports) * 1000) / 1000);
  return { pages: results.length, reports, split, splitRate: rate(split), stray, strayRate: rate(stray) };
}

/**
 * One line per line of the page, for looking into a model's errors: the labelled class, the decoded
 * class, the model's start probability, where the cut reports begin, and the line's head.
 */
export function explainPage(page: LabelledPage, model: SplitModel, gaz: Gazetteer): string[] {
  const lines = pageLines(toUnits(page.text));
  const gold = lineClasses(page);
  const features = pageFeatures(lines, gaz);
  const scores = pageLogProbs(model, lines, features);
  const classes = decodeClasses(scores, closedAbove(lines));
  const reportStarts = new Set(cutReports(lines, scores).map((r) => r.ranges[0]![0]));
  const mark = "SIO";
  return lines.map((l, i) => {
    const g = mark[gold.get(l.line) ?? OUTSIDE]!;
    const c = mark[classes[i]!]!;
    const p = Math.exp(scores[i]![START]!).toFixed(2);
    return `${reportStarts.has(i) ? "»" : " "} ${g}${c}${g === c ? " " : "!"} ${p} ${l.units[0]!.kind.padEnd(10)} ${l.text.slice(0, 50)}`;
  });
}

/** Scores a model on one page with the devset scorer's split rule. */
export function scorePage(page: LabelledPage, model: SplitModel, gaz: Gazetteer): PageResult {
  const articles = segmentPage(page.text, { model, gazetteer: gaz });
  const s = scoreSplit(reportTexts(page), articles);
  return { id: page.id, reports: s.reports, split: s.split, stray: s.stray, missed: s.missed };
}

/**
 * Leave one page out: for every page of `heldOut`, a model trained on all other labelled pages (and on
 * pages assembled from items that are not that page's reports) is scored on it.
 */
export function leaveOnePageOut(
  heldOut: readonly LabelledPage[],
  pages: readonly LabelledPage[],
  items: readonly Item[],
  gaz: Gazetteer,
  opts: TrainOptions,
  onPage?: (r: PageResult, model: SplitModel) => void,
  cache: FeatureCache = newFeatureCache(),
): PageResult[] {
  return heldOut.map((page) => {
    const texts = reportTexts(page);
    const train = pages.filter((p) => p.id !== page.id);
    const pool = items.filter((it) => it.from !== page.id && !overlaps(it.text, texts));
    const { model } = trainModel(train, pool, gaz, opts, cache);
    const r = scorePage(page, model, gaz);
    onPage?.(r, model);
    return r;
  });
}
