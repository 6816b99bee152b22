/**
 * Gives each extracted metric an indicator from the vocabulary (indicators.json) with a confidence:
 * the indicators that can be printed in the metric's unit compete on the cue words of its label
 * (weighed most), its clause and its sentence, plus the article's themes (lib/tags). A rate's
 * compound unit settles it directly (元/公斤 is a price, 公斤/亩 a yield). When nothing speaks for
 * any indicator the metric is "other": shown, never ranked.
 */
import { assignTags } from "../tags/assign";
import { CLAUSE_BOUNDS, SENTENCE_BOUNDS, type CharTable } from "../zh/punctuation";
import type { MetricKind } from "./kinds";
import { INDICATORS, OTHER, type Indicator } from "./indicators";

export type ArticleContext = { title?: string };

export type IndicatorInput = {
  unit: string;
  kind: MetricKind;
  label: string;
  /** The clause holding the number. */
  clause: string;
  /** The words right after the number, up to the clause end (…1200多人就业: 就业). */
  after?: string;
  /** The sentence holding the number (wider). */
  sentence: string;
  /** Theme ids of the article (lib/tags), or a function that finds them when first needed. */
  themes: readonly string[] | (() => readonly string[]);
};

export type IndicatorChoice = { indicator: string; confidence: number };

const PER_AREA = new Set(["亩", "株", "棵"]);
const MONEY = new Set(["元", "美元", "欧元", "港元"]);

/** Cue weights: a longer cue is more specific; the label speaks loudest, the sentence least. */
const W_LABEL = 2;
const W_CLAUSE = 1;
const W_SENTENCE = 0.3;
const W_CONTEXT = 1;
const MAX_CONTEXT = 3;
const W_THEME = 1.5;

type Scored = { ind: Indicator; score: number; named: boolean };

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** One test per indicator tells whether any of its cues or heads occurs at all, before scoring them one by one. */
const ANY_CUE = new Map(
  INDICATORS.map((i) => {
    const words = [...i.cues, ...(i.heads ?? [])];
    return [i.id, words.length ? new RegExp(words.map(escape).join("|")) : null] as const;
  }),
);

/** Cue score of one indicator; `named` when a cue is in the label itself (what the number counts). */
function cueScore(ind: Indicator, input: IndicatorInput, text: string): Scored {
  let s = 0;
  let named = false;
  if (!ANY_CUE.get(ind.id)?.test(text)) return { ind, score: 0, named };
  if (ind.needs && !ind.needs.some((w) => input.label.includes(w) || input.clause.includes(w))) return { ind, score: 0, named };
  if (ind.not?.some((w) => input.label.includes(w) || input.clause.includes(w))) return { ind, score: 0, named };
  const after = input.after ?? "";
  for (const head of ind.heads ?? []) {
    if (input.label.endsWith(head)) {
      s += W_LABEL * head.length + 2;
      named = true;
      break;
    }
  }
  for (const cue of ind.cues) {
    if (input.label.includes(cue)) {
      s += W_LABEL * cue.length;
      named = true;
    } else if (input.clause.includes(cue)) {
      s += W_CLAUSE * cue.length;
      // what follows the number names it too: 带动2.3万人就业
      if (cue.length >= 2 && after.includes(cue)) named = true;
    } else if (input.sentence.includes(cue)) s += W_SENTENCE * cue.length;
  }
  if (s === 0) return { ind, score: 0, named };
  let ctx = 0;
  for (const w of ind.context) if (input.sentence.includes(w) && ++ctx >= MAX_CONTEXT) break;
  s += W_CONTEXT * ctx;
  return { ind, score: s, named };
}

const CANDIDATES = new Map<string, Indicator[]>();

/** The indicators a number in this unit can be (rates only among rate indicators), cached per unit. */
function candidatesFor(num: string, rate: boolean): Indicator[] {
  const key = `${num}\u0000${rate}`;
  let list = CANDIDATES.get(key);
  if (!list) {
    list = INDICATORS.filter((i) => i.id !== OTHER && !!i.rate === rate && i.units.includes(num));
    CANDIDATES.set(key, list);
  }
  return list;
}

/** The indicator for one metric, with a confidence in 0..1. */
export function chooseIndicator(input: IndicatorInput): IndicatorChoice {
  const [num, per] = input.unit.split("/") as [string, string | undefined];
  const rate = input.kind === "rate";
  if (rate && per !== undefined) {
    if (PER_AREA.has(per)) return { indicator: "yield_per_area", confidence: 0.9 };
    if (MONEY.has(num)) return { indicator: "price", confidence: 0.9 };
    return { indicator: OTHER, confidence: 0.6 };
  }
  const candidates = candidatesFor(num, rate);
  if (candidates.length === 0) return { indicator: OTHER, confidence: 0.8 };
  // the clause lies inside the sentence: a cue found in neither the sentence nor the label is nowhere
  const text = `${input.sentence}\u0000${input.label}`;
  const scored = candidates.map((ind) => cueScore(ind, input, text)).filter((c) => c.score > 0);
  // the article's themes weigh in only where they could change the order (finding them costs a scan)
  if (scored.length > 1) {
    const top = scored.map((c) => c.score).sort((a, b) => b - a);
    if (top[0]! - top[1]! < W_THEME) {
      const themes = typeof input.themes === "function" ? input.themes() : input.themes;
      for (const c of scored) if (c.ind.theme && themes.includes(c.ind.theme)) c.score += W_THEME;
    }
  }
  if (scored.length === 0) {
    // nothing names any indicator: the unit's usual one is a guess
    const ruledOut = (i: (typeof candidates)[number]) => i.not?.some((w) => input.label.includes(w) || input.clause.includes(w)) ?? false;
    const fallback = candidates.find((i) => i.fallbackFor?.includes(num) && !ruledOut(i));
    return fallback ? { indicator: fallback.id, confidence: 0.35 } : { indicator: OTHER, confidence: 0.5 };
  }
  let best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  // a more specific indicator named in the label beats the general one (新开农家乐: a new firm)
  for (let guard = 0; guard < 4; guard++) {
    const winner = best;
    const specific = scored.find((c) => c.named && c.ind.over?.includes(winner.ind.id));
    if (!specific) break;
    best = specific;
  }
  const rivals = scored.filter((c) => c !== best && !best.ind.over?.includes(c.ind.id));
  const second = rivals.reduce((m, c) => Math.max(m, c.score), 0);
  // confident when the winner has strong cues and a clear margin
  const margin = Math.max(0, best.score - second) / best.score;
  const strength = Math.min(1, best.score / 8);
  const confidence = Math.round(100 * Math.min(0.95, 0.3 + 0.4 * margin + 0.3 * strength)) / 100;
  return { indicator: best.ind.id, confidence };
}

function windowAround(body: string, start: number, end: number, bound: CharTable, left: number, right: number): string {
  let a = start;
  while (a > 0 && start - a < left && !bound.has(body.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < body.length && b - end < right && !bound.has(body.charCodeAt(b))) b++;
  return body.slice(a, start) + body.slice(end, b);
}

/** Fills `indicator` and `indicatorConfidence` of every metric of one article body. */
export function assignIndicators(
  body: string,
  metrics: Array<{ unit: string; kind: MetricKind; label: string; start: number; end: number; indicator: string; indicatorConfidence: number }>,
  context: ArticleContext = {},
): void {
  if (metrics.length === 0) return;
  let themes: string[] | null = null;
  const findThemes = () => (themes ??= assignTags(context.title ?? "", body).map((t) => t.tag));
  for (const m of metrics) {
    const choice = chooseIndicator({
      unit: m.unit,
      kind: m.kind,
      label: m.label,
      clause: windowAround(body, m.start, m.end, CLAUSE_BOUNDS, 30, 16),
      after: windowAround(body, m.end, m.end, CLAUSE_BOUNDS, 0, 8),
      sentence: windowAround(body, m.start, m.end, SENTENCE_BOUNDS, 60, 30),
      themes: findThemes,
    });
    m.indicator = choice.indicator;
    m.indicatorConfidence = choice.confidence;
  }
}

