/**
 * CSV exports of the compare table and the ranking, fit for analysis and for Excel on Chinese
 * Windows: a UTF-8 BOM (without it Excel reads the file as GBK), CRLF line ends, RFC 4180 quoting
 * from papaparse. Numeric columns hold plain numbers only, empty where there is no data (never
 * 暂无数据 nor 0); each row names its indicator id and unit, the population and its year, the value
 * per 10,000 residents, the rank (empty when the evidence is too thin), and the stories and
 * sources the figure rests on, so every number can be traced (the same numbers as "How this was
 * computed").
 */
import { unparse } from "papaparse";
import type { Measure } from "../url-state";
import { exportNumber, measureUnitLabel } from "./display";
import { perCapitaValue, POPULATION_YEAR } from "./indicator-figures";
import { measureName, measureUnit, perCapitaMeaningful } from "./measures";

export const BOM = "\uFEFF";

export const EXPORT_HEADER = [
  "区县",
  "所属城市",
  "区划代码",
  "指标ID",
  "指标",
  "单位",
  "合计",
  "含约数",
  "常住人口",
  "人口年份",
  "每万人",
  "每万人单位",
  "排名",
  "报道数",
  "来源数",
  "计入数字数",
  "未计入数字数",
  "报道ID",
  "来源",
];

/** Any table as Excel-safe CSV text. Cells that look like formulas (=, +, -, @) are defused. */
export function toExcelCsv(header: string[], rows: (string | number)[][]): string {
  const body = unparse({ fields: header, data: rows.map((r) => r.map(String)) }, { newline: "\r\n", escapeFormulae: true });
  // papaparse ends a header-only table with a newline but not a table with rows: end both the same way.
  return `${BOM}${body.replace(/\r\n$/, "")}\r\n`;
}

/** One county's line: its raw total (never per capita), how it ranks, and what it rests on. */
export type ExportRow = {
  adcode: string;
  name: string;
  cityName: string;
  population: number | null;
  /** Raw total in the measure's unit; null = no data. */
  total: number | null;
  approx: boolean;
  rank: number | null;
  stories: number;
  sources: string[];
  storyIds: string[];
  used: number;
  leftOut: number;
};

/** Export rows from the view's raw totals and ranks and the explanations of the same counties. */
export function exportRows(
  counties: { adcode: string; name: string; cityName: string; population: number | null }[],
  totals: Map<string, { value: number | null; approx: boolean; stories: number }>,
  ranks: Map<string, number | null>,
  explained: Record<string, { stories: { id: string }[]; sources: string[]; used: unknown[]; leftOut: unknown[] }>,
): ExportRow[] {
  return counties.map((c) => {
    const t = totals.get(c.adcode);
    const e = explained[c.adcode];
    return {
      ...c,
      total: t?.value ?? null,
      approx: t?.approx ?? false,
      rank: ranks.get(c.adcode) ?? null,
      stories: t?.stories ?? 0,
      sources: e?.sources ?? [],
      storyIds: e?.stories.map((s) => s.id) ?? [],
      used: e?.used.length ?? 0,
      leftOut: e?.leftOut.length ?? 0,
    };
  });
}

const cell = (n: number | null) => (n === null ? "" : exportNumber(n));

export function exportCsv(rows: ExportRow[], measure: Measure): string {
  const indicatorId = measure;
  const name = measureName(measure);
  const unit = measureUnit(measure);
  const per = perCapitaMeaningful(measure);
  return toExcelCsv(
    EXPORT_HEADER,
    rows.map((r) => [
      r.name,
      r.cityName,
      r.adcode,
      indicatorId,
      name,
      unit,
      cell(r.total),
      r.total === null ? "" : r.approx ? 1 : 0,
      r.population ?? "",
      r.population ? POPULATION_YEAR : "",
      per ? cell(perCapitaValue(r.total, r.population)) : "",
      per ? measureUnitLabel(measure, true) : "",
      r.rank ?? "",
      r.total === null ? 0 : r.stories,
      r.total === null ? 0 : r.sources.length,
      r.used,
      r.leftOut,
      r.storyIds.join(" "),
      r.sources.join("; "),
    ]),
  );
}

/**
 * 浙江区县比较-培训人次.csv, 浙江区县排名-培训人次-每万常住人口-杭州市-清廉建设.csv: the active filters
 * go into the name, so a file kept for later still says which stories it counted.
 */
export function exportFileName(what: "比较" | "排名" | "逐月", measure: Measure, perCapita: boolean, ext: "csv" | "svg", filters: string[] = []): string {
  const parts = [`浙江区县${what}`, measureName(measure), ...(perCapita ? ["每万常住人口"] : []), ...filters];
  // Characters that no file system accepts in a name are dropped.
  return `${parts.map((p) => p.replace(/[\\/:*?"<>|\s]+/g, "")).filter(Boolean).join("-")}.${ext}`;
}
