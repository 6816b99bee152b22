// Metric scoring on labelled sets of real text (devset schema), with the rules of
// ../shared/tools/score_extraction.py so both give the same precision and recall:
// - one-to-one matches by value and unit against the core (non-borderline) labels give tp and fn;
// - an extracted number that equals no label at all, core or borderline, is a false positive;
// - units: 名/位 read as 人, 千米 as 公里; 亩 and 公顷 convert; values agree within 0.1%.
// Beside F1 it scores what the product shows of each matched number: its kind, its indicator
// (against hand labels kept in lib/metrics/indicator-labels/, keyed by item and offsets) and its label.
import { dice } from "./text";
import type { LabelledItem, LabelledMetric } from "./labelled-set";

const UNIT_ALIASES: Readonly<Record<string, string>> = { 名: "人", 位: "人", 千米: "公里" };
const CONVERT: Readonly<Record<string, number>> = { "亩>公顷": 1 / 15, "公顷>亩": 15 };

const unitOf = (u: string) => {
  const s = u.normalize("NFKC").replace(/\s+/g, "");
  return UNIT_ALIASES[s] ?? s;
};

/** The scorer's match: same unit (or 亩/公顷 converted) and value within 0.1%. */
export function sameMetric(got: { value: number; unit: string }, gold: { value: number; unit: string }): boolean {
  if (typeof got.value !== "number" || !Number.isFinite(got.value)) return false;
  let dv = gold.value;
  const gu = unitOf(got.unit);
  const du = unitOf(gold.unit);
  if (gu !== du) {
    const f = CONVERT[`${du}>${gu}`];
    if (f === undefined) return false;
    dv *= f;
  }
  return Math.abs(got.value - dv) <= Math.max(1e-6, 1e-3 * Math.abs(dv));
}

export type ScoredMetric = { value: number; unit: string; approx?: boolean; label?: string; kind?: string; indicator?: string; text?: string };

export type Agreement = { ok: number; total: number };

export type SetScore = {
  tp: number;
  fp: number;
  fn: number;
  /** Borderline labels matched: neither rewarded nor punished. */
  borderlineHits: number;
  approx: Agreement;
  /** Extracted label against the hand label (character-bigram Dice >= 0.5), on matched numbers. */
  labels: Agreement;
  /** Extracted kind against the hand-labelled kind, on matched numbers that have one. */
  kinds: Agreement;
  /** Extracted indicator against the hand-labelled indicator, on matched numbers that have one. */
  indicators: Agreement;
  /** tp/fp/fn by kind: hits and misses by the hand-labelled kind, false positives by the extracted one. */
  byKind: Record<string, { tp: number; fp: number; fn: number }>;
  misses: Array<{ id: string; text: string }>;
  falsePositives: Array<{ id: string; text: string; value: number; unit: string }>;
  wrongKinds: Array<{ id: string; text: string; got: string; want: string }>;
  wrongIndicators: Array<{ id: string; text: string; got: string; want: string }>;
};

/** Hand labels of a metric: kind and indicator, keyed by `${itemId}:${start}-${end}` (code points as in the files). */
export type MetricTags = ReadonlyMap<string, { kind?: string; indicator?: string }>;

export const LABEL_AGREEMENT_MIN = 0.5;

export function emptyScore(): SetScore {
  const a = (): Agreement => ({ ok: 0, total: 0 });
  return { tp: 0, fp: 0, fn: 0, borderlineHits: 0, approx: a(), labels: a(), kinds: a(), indicators: a(), byKind: {}, misses: [], falsePositives: [], wrongKinds: [], wrongIndicators: [] };
}

const bump = (a: Agreement, ok: boolean) => {
  a.total++;
  if (ok) a.ok++;
};

/** Key of a labelled metric in a tag file: item id and code-point offsets, as the set's files give them. */
export function metricKey(item: LabelledItem, m: LabelledMetric): string {
  const cp = (u: number) => [...item.text.slice(0, u)].length;
  return `${item.id}:${cp(m.start)}-${cp(m.end)}`;
}

/**
 * Scores one item's extracted metrics (all articles of the page together) into `into`.
 * Core labels are matched first (one-to-one); borderline labels then absorb what is left, so kind and
 * indicator agreement is measured on every labelled number the extractor found.
 */
export function scoreItem(item: LabelledItem, got: readonly ScoredMetric[], into: SetScore, tags?: MetricTags): SetScore {
  if (!item.metricsLabelled) return into;
  const used = new Set<number>();
  const matched: Array<[LabelledMetric, ScoredMetric]> = [];
  const take = (g: LabelledMetric): number => {
    const i = got.findIndex((m, k) => !used.has(k) && sameMetric(m, g));
    if (i >= 0) {
      used.add(i);
      matched.push([g, got[i]!]);
    }
    return i;
  };
  const kindOf = (k: string | undefined) => (into.byKind[k || "unlabelled"] ??= { tp: 0, fp: 0, fn: 0 });
  for (const g of item.metrics) {
    if (g.borderline) continue;
    const i = take(g);
    const k = kindOf(tags?.get(metricKey(item, g))?.kind ?? (i >= 0 ? got[i]!.kind : undefined));
    if (i >= 0) {
      into.tp++;
      k.tp++;
      bump(into.approx, !!got[i]!.approx === g.approx);
    } else {
      into.fn++;
      k.fn++;
      into.misses.push({ id: item.id, text: g.text });
    }
  }
  for (const g of item.metrics) if (g.borderline && take(g) >= 0) into.borderlineHits++;
  got.forEach((m, k) => {
    if (used.has(k) || item.metrics.some((g) => sameMetric(m, g))) return;
    into.fp++;
    kindOf(m.kind).fp++;
    into.falsePositives.push({ id: item.id, text: m.text ?? "", value: m.value, unit: m.unit });
  });
  for (const [g, m] of matched) {
    if (g.label) bump(into.labels, dice(g.label, m.label ?? "") >= LABEL_AGREEMENT_MIN);
    const t = tags?.get(metricKey(item, g));
    if (t?.kind) {
      bump(into.kinds, m.kind === t.kind);
      if (m.kind !== t.kind) into.wrongKinds.push({ id: item.id, text: g.text, got: m.kind ?? "", want: t.kind });
    }
    if (t?.indicator) {
      bump(into.indicators, m.indicator === t.indicator);
      if (m.indicator !== t.indicator) into.wrongIndicators.push({ id: item.id, text: g.text, got: m.indicator ?? "", want: t.indicator });
    }
  }
  return into;
}

export function precision(s: { tp: number; fp: number }): number {
  return s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
}
export function recall(s: { tp: number; fn: number }): number {
  return s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}
export function f1(s: { tp: number; fp: number; fn: number }): number {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
export const rate = (a: Agreement) => (a.total === 0 ? 1 : a.ok / a.total);
