/**
 * How a county's figure on one indicator is computed (issue 13), in one place for the SQL totals
 * (lib/db/indicator-totals.ts reads the same unit factors and part-of rule) and for "How this was
 * computed" and the exports:
 * - only metrics assigned that indicator count, never metrics of another indicator or of "other";
 * - only where the indicator is summable, and only metrics in a unit that converts to the
 *   indicator's unit (亩 -> 平方米, 个 -> 家); 人 is not 人次, 美元 is not 元: those are left out;
 * - a metric that is part of another metric of the same indicator in its story (其中, 分别, spending
 *   under a budget) is left out: its whole is counted already;
 * - a county is ranked only on minimum evidence (MIN_STORIES stories or MIN_SOURCES sources).
 */
import { indicatorById, OTHER, type Indicator } from "../metrics/indicators";
import { toCanonical } from "../metrics/kinds";
import { COUNTERS } from "./canonical";

export const MIN_STORIES = 3;
export const MIN_SOURCES = 2;
/** Per-10,000-resident values are printed to this many significant figures (inputs are round figures). */
export const PER_CAPITA_DIGITS = 2;
export const PER_CAPITA_BASE = 10_000;
/** The census the per-10,000-resident values divide by (data/ref/zhejiang-county-population-2020.csv). */
export const POPULATION_YEAR = 2020;

/** Factor turning a value in `unit` into `indicator`'s unit, or null when the two cannot be added. */
export function indicatorUnitFactor(ind: Pick<Indicator, "unit">, unit: string): number | null {
  if (unit === ind.unit) return 1;
  const a = toCanonical(1, unit);
  const b = toCanonical(1, ind.unit);
  if (a && b && a.unit === b.unit && b.value !== 0) return Number((a.value / b.value).toPrecision(12));
  // Counting words name one item each (3所 and 2个 schools are 5 schools); 人 and 人次 are not counters.
  if (COUNTERS.has(unit) && COUNTERS.has(ind.unit)) return 1;
  return null;
}

/** Whether an indicator can have a total, a shading and a ranking at all. */
export function isSummableIndicator(id: string): boolean {
  const ind = indicatorById(id);
  return ind !== undefined && ind.id !== OTHER && ind.summable;
}

export function hasEvidence(stories: number, sources: number): boolean {
  return stories >= MIN_STORIES || sources >= MIN_SOURCES;
}

/** x to `digits` significant figures: 310.24 -> 310, 13.4 -> 13, 0.0456 -> 0.046. */
export function roundSig(x: number, digits = PER_CAPITA_DIGITS): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}

/** A county's value per 10,000 residents at the precision it is shown and exported with; null without a population. */
export function perCapitaValue(total: number | null, population: number | null): number | null {
  if (total === null || !population) return null;
  return roundSig((total / population) * PER_CAPITA_BASE);
}

/** One stored metric of the indicator, with its story and (when it is part of one) its whole. */
export type IndicatorMetric = {
  id: number;
  articleId: string;
  position: number;
  text: string;
  value: number;
  unit: string;
  approx: boolean;
  label: string;
  partOf: number | null;
  /** Indicator and printed text of the metric at `partOf` in the same story, when there is one. */
  wholeIndicator: string | null;
  wholeText: string | null;
  title: string;
  source: string;
  publishedOn: string | null;
};

export type ExclusionReason = "part" | "unit" | "not-summable";

export type UsedFigure = IndicatorMetric & { converted: number };
export type LeftOutFigure = IndicatorMetric & { reason: ExclusionReason };
export type StoryRef = { id: string; title: string; source: string; publishedOn: string | null };

export type CountyComputation = {
  indicator: string;
  unit: string;
  /** Sum of `used` in the indicator's unit; null when nothing could be added. */
  total: number | null;
  approx: boolean;
  used: UsedFigure[];
  leftOut: LeftOutFigure[];
  /** Stories and sources the total rests on (those with a used figure), newest first. */
  stories: StoryRef[];
  sources: string[];
  evidence: boolean;
};

/** Why a metric of the indicator is left out of its county's total, or null when it is added. */
export function exclusionOf(ind: Indicator, m: Pick<IndicatorMetric, "unit" | "partOf" | "wholeIndicator">): ExclusionReason | null {
  if (!ind.summable || ind.id === OTHER) return "not-summable";
  if (m.partOf !== null && m.wholeIndicator === ind.id) return "part";
  if (indicatorUnitFactor(ind, m.unit) === null) return "unit";
  return null;
}

/** The county's figure on an indicator from all its metrics of that indicator (already filtered). */
export function computeCounty(indicatorId: string, metrics: readonly IndicatorMetric[]): CountyComputation {
  const ind = indicatorById(indicatorId);
  if (!ind) throw new Error(`unknown indicator ${indicatorId}`);
  const used: UsedFigure[] = [];
  const leftOut: LeftOutFigure[] = [];
  for (const m of metrics) {
    const reason = exclusionOf(ind, m);
    if (reason) leftOut.push({ ...m, reason });
    else used.push({ ...m, converted: m.value * indicatorUnitFactor(ind, m.unit)! });
  }
  const stories = new Map<string, StoryRef>();
  for (const m of used) if (!stories.has(m.articleId)) stories.set(m.articleId, { id: m.articleId, title: m.title, source: m.source, publishedOn: m.publishedOn });
  const storyList = [...stories.values()].sort((a, b) => (b.publishedOn ?? "").localeCompare(a.publishedOn ?? "") || a.id.localeCompare(b.id));
  const sources = [...new Set(storyList.map((s) => s.source))].sort();
  return {
    indicator: ind.id,
    unit: ind.unit,
    total: used.length ? used.reduce((s, m) => s + m.converted, 0) : null,
    approx: used.some((m) => m.approx),
    used,
    leftOut,
    stories: storyList,
    sources,
    evidence: hasEvidence(storyList.length, sources.length),
  };
}

/** What "How this was computed" and the exports read for a county (lib/db/indicator-explain builds it). */
export type CountyExplanation = Omit<CountyComputation, "used" | "leftOut"> & {
  adcode: string;
  /** Each figure with the sentence it comes from (null in province-wide exports). */
  used: (UsedFigure & { sentence: string | null })[];
  leftOut: (LeftOutFigure & { sentence: string | null })[];
};
