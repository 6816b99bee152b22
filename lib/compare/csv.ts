/**
 * CSV exports of the compare table and the ranking, written for Excel on Chinese Windows: a UTF-8
 * BOM (without it Excel reads the file as GBK and shows mojibake), CRLF line ends and RFC 4180
 * quoting from papaparse. Values stay plain numbers so they can be summed in Excel; approximate
 * totals are marked ≈ in their own column and missing values say 暂无数据 instead of 0.
 */
import { unparse } from "papaparse";
import type { Measure } from "../url-state";
import type { RankRow } from "./aggregate";
import type { CompareRow } from "./compare-rows";
import { exportNumber, measureUnitLabel } from "./display";
import { measureName } from "./measures";

export const BOM = "\uFEFF";
export const NO_DATA = "暂无数据";
export const APPROX_MARK = "≈";

export const COMPARE_HEADER = ["区县", "所属城市", "区划代码", "指标", "单位", "数值", "约数", "报道数", "数据条数"];
export const RANKING_HEADER = ["排名", "区县", "所属城市", "区划代码", "指标", "单位", "数值", "约数", "报道数"];

/** Any table as Excel-safe CSV text. Cells that look like formulas (=, +, -, @) are defused. */
export function toExcelCsv(header: string[], rows: (string | number)[][]): string {
  const body = unparse({ fields: header, data: rows.map((r) => r.map(String)) }, { newline: "\r\n", escapeFormulae: true });
  // papaparse ends a header-only table with a newline but not a table with rows: end both the same way.
  return `${BOM}${body.replace(/\r\n$/, "")}\r\n`;
}

type Valued = { value: number | null; approx: boolean };
const valueCells = (r: Valued) => [r.value === null ? NO_DATA : exportNumber(r.value), r.value !== null && r.approx ? APPROX_MARK : ""];

export function compareCsv(rows: CompareRow[], measure: Measure, perCapita: boolean): string {
  const name = measureName(measure);
  const unit = measureUnitLabel(measure, perCapita);
  return toExcelCsv(
    COMPARE_HEADER,
    rows.map((r) => [r.name, r.cityName, r.adcode, name, unit, ...valueCells(r), r.stories, r.metrics]),
  );
}

/** Only counties with data are ranked; a ranking of "no data" rows would say nothing. */
export function rankingCsv(rows: RankRow[], measure: Measure, perCapita: boolean): string {
  const name = measureName(measure);
  const unit = measureUnitLabel(measure, perCapita);
  return toExcelCsv(
    RANKING_HEADER,
    rows.filter((r) => r.value !== null).map((r) => [r.rank, r.name, r.cityName, r.adcode, name, unit, ...valueCells(r), r.stories]),
  );
}

/**
 * 浙江区县比较-企业数.csv, 浙江区县排名-企业数-每万常住人口-杭州市-清廉建设.csv: the active filters
 * go into the name, so a file kept for later still says which stories it counted.
 */
export function exportFileName(what: "比较" | "排名", measure: Measure, perCapita: boolean, ext: "csv" | "svg", filters: string[] = []): string {
  const parts = [`浙江区县${what}`, measureName(measure), ...(perCapita ? ["每万常住人口"] : []), ...filters];
  // Characters that no file system accepts in a name are dropped.
  return `${parts.map((p) => p.replace(/[\\/:*?"<>|\s]+/g, "")).filter(Boolean).join("-")}.${ext}`;
}
