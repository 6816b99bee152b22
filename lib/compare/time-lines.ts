/**
 * Compare over time: the chosen counties' monthly series (aggregated in SQL by lib/db/timeline,
 * sent by /api/v1/months) turned into one line per county, the rows a line chart and its table
 * draw, and the CSV of exactly those numbers. Per 10,000 residents uses the compare view's own
 * rule (perCapitaValue: two significant figures, none where it means nothing or the population is
 * unknown), so a month on a line and a county's bar are computed alike.
 */
import type { ApiTimeline } from "../api/mappers";
import type { Measure } from "../url-state";
import { exportNumber, measureUnitLabel } from "./display";
import { toExcelCsv } from "./csv";
import { perCapitaValue } from "./indicator-figures";
import { lineStyle } from "./line-colors";
import { measureName, perCapitaMeaningful } from "./measures";

export { LINE_COLORS } from "./line-colors";


export type LineCounty = { adcode: string; name: string; cityName: string; population: number | null };

export type CountyLine = LineCounty & {
  color: string;
  /** SVG stroke-dasharray ("" = solid). */
  dash: string;
  /** Per month, in the unit shown; null where the county has no figure that month (drawn as a gap). */
  values: (number | null)[];
  stories: number[];
  approx: boolean[];
  undated: number;
};

export type CompareLines = {
  measure: Measure;
  perCapita: boolean;
  unit: string;
  months: string[];
  lines: CountyLine[];
  /** Stories of the chosen counties without a date: in no month, said under the chart. */
  undated: number;
};

/**
 * Lines in the order the counties were chosen. `timeline` holds raw totals (the API without
 * per=pop); per capita is applied here. For stories a month without any is a true 0 (the count of
 * stories); for an indicator it is null, as no story reported the figure.
 */
export function compareLines(timeline: ApiTimeline, counties: LineCounty[], perCapita: boolean, lang: "zh" | "en" = "zh"): CompareLines {
  const per = perCapita && perCapitaMeaningful(timeline.measure);
  const byCode = new Map(timeline.series.map((s) => [s.countyCode, s]));
  const none = timeline.months.map(() => null);
  const lines = counties.map((c, i): CountyLine => {
    const s = byCode.get(c.adcode);
    const raw = s?.values ?? (timeline.measure === "stories" ? timeline.months.map(() => 0) : none);
    return {
      ...c,
      ...lineStyle(i),
      values: perCapita ? (per ? raw.map((v) => perCapitaValue(v, c.population)) : none) : raw,
      stories: s?.stories ?? timeline.months.map(() => 0),
      approx: s?.approx ?? timeline.months.map(() => false),
      undated: s?.undated ?? 0,
    };
  });
  return {
    measure: timeline.measure,
    perCapita,
    unit: measureUnitLabel(timeline.measure, perCapita, lang),
    months: timeline.months,
    lines,
    undated: lines.reduce((n, l) => n + l.undated, 0),
  };
}

/** Chart rows: { month, <adcode>: value | null } per month. */
export function lineRows(c: CompareLines): Record<string, string | number | null>[] {
  return c.months.map((month, i) => {
    const row: Record<string, string | number | null> = { month };
    for (const l of c.lines) row[l.adcode] = l.values[i] ?? null;
    return row;
  });
}

/** Whether any line has a figure to draw. */
export function hasLineData(c: CompareLines): boolean {
  return c.lines.some((l) => l.values.some((v) => v !== null));
}

export const LINES_HEADER = ["月份", "区县", "所属城市", "区划代码", "指标ID", "指标", "单位", "数值", "含约数", "报道数"];

/**
 * The lines as CSV, long format (one row per county and month, in the chart's order): the value
 * empty where the line has a gap, never 0 or 暂无数据; 含约数 empty where there is no value.
 */
export function linesCsv(c: CompareLines): string {
  const name = measureName(c.measure);
  const unit = measureUnitLabel(c.measure, c.perCapita);
  const rows = c.lines.flatMap((l) =>
    c.months.map((month, i) => {
      const v = l.values[i] ?? null;
      return [month, l.name, l.cityName, l.adcode, c.measure, name, unit, v === null ? "" : exportNumber(v), v === null ? "" : l.approx[i] ? 1 : 0, l.stories[i] ?? 0];
    }),
  );
  return toExcelCsv(LINES_HEADER, rows);
}
