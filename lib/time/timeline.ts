/**
 * Monthly series as the server sends them (lib/db/timeline.ts, /api/v1/months) and the pure
 * helpers the time control and the charts share: per-capita values, chart rows, window totals.
 */
import { PER_CAPITA_BASE } from "../compare/aggregate";
import type { Measure } from "../url-state";
import type { Month } from "./months";

/** One place's months, aligned with Timeline.months. */
export type TimeSeries = {
  /** County code; null for the province (or the whole filter) as one series. */
  adcode: string | null;
  stories: number[];
  /** The measure's total per month in its canonical unit (stories: the story count); null = no data. */
  values: (number | null)[];
  approx: boolean[];
  /** Stories of this place without a date: in no month, counted here. */
  undated: number;
};

export type Timeline = {
  measure: Measure;
  /** Every month from the first to the last with a dated story, gaps included. */
  months: Month[];
  series: TimeSeries[];
  /** Stories without a date, over all series. */
  undated: number;
};

/** Values per 10,000 residents (null where the population is unknown). */
export function perCapitaSeries(s: TimeSeries, population: number | null | undefined): (number | null)[] {
  return s.values.map((v) => (v === null ? null : population ? (v / population) * PER_CAPITA_BASE : null));
}

/** Sum of stories over months [start, end]. */
export function storiesIn(s: TimeSeries, start: number, end: number): number {
  let n = 0;
  for (let i = Math.max(0, start); i <= end && i < s.stories.length; i++) n += s.stories[i]!;
  return n;
}

/** Rows for a line or bar chart: { month, [key]: value } with one key per series. */
export function chartRows(t: Timeline, values: Map<string, (number | null)[]>): Record<string, string | number | null>[] {
  return t.months.map((month, i) => {
    const row: Record<string, string | number | null> = { month };
    for (const [key, vs] of values) row[key] = vs[i] ?? null;
    return row;
  });
}
