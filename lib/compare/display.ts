/**
 * How a compare measure is named and printed in titles, tables, tooltips and exports, so the chart,
 * the table and the CSV always say the same thing about the same number.
 */
import { formatValue } from "../format";
import type { Measure } from "../url-state";
import { measureName, measureUnit } from "./measures";

type Lang = "zh" | "en";

/** The unit a value is shown in: 家, or 家/万人 per 10,000 residents. */
export function measureUnitLabel(measure: Measure, perCapita: boolean, lang: Lang = "zh"): string {
  const unit = measureUnit(measure, lang);
  if (!perCapita) return unit;
  return lang === "zh" ? `${unit}/万人` : `${unit} per 10,000 residents`;
}

/** "企业数（家）" or "企业数 · 每万常住人口（家/万人）": what is counted and in which unit. */
export function measureTitle(measure: Measure, perCapita: boolean, lang: Lang = "zh"): string {
  const name = measureName(measure, lang);
  if (lang === "en") return `${name}${perCapita ? " per 10,000 residents" : ""} (${measureUnit(measure, lang)})`;
  return `${name}${perCapita ? " · 每万常住人口" : ""}（${measureUnitLabel(measure, perCapita, lang)}）`;
}

/** A county's value as printed everywhere: "≈3100人次", "1520家", or the no-data words. */
export function formatMeasureValue(value: number | null, unit: string, approx: boolean, lang: Lang = "zh"): string {
  if (value === null) return lang === "zh" ? "暂无数据" : "No data";
  return formatValue(value, unit, approx, lang);
}

/** A plain machine-readable number for exports: no grouping, at most two decimals (or two significant digits below 1). */
export function exportNumber(n: number): string {
  if (n !== 0 && Math.abs(n) < 1) return String(Number(n.toPrecision(2)));
  return String(Math.round(n * 100) / 100);
}
