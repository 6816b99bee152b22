/** Number formatting shared by panels, charts, tables and exports. */
import { unitWord } from "./i18n";

/** 13000 -> "1.3万", 21000000 -> "2100万", 123.92 -> "123.92" (Chinese reading). */
export function formatZh(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e8) return `${trim(n / 1e8)}亿`;
  if (abs >= 1e4) return `${trim(n / 1e4)}万`;
  return trim(n);
}

/** 13000 -> "13,000" (grouped digits, at most two decimals). */
export function formatPlain(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

function trim(n: number): string {
  return String(Number(n.toFixed(2)));
}

/** "≈" before approximate values (余/约/左右 in the text), nothing before exact ones. */
export function approxMark(approx: boolean): string {
  return approx ? "≈" : "";
}

/** A population as "43.2万人" (one decimal: census counts are not read to the hundred). */
export function formatPopulation(n: number, lang: "zh" | "en" = "zh"): string {
  if (lang === "en") return `${formatPlain(n)} residents`;
  return n >= 1e4 ? `${Math.round(n / 1e3) / 10}万人` : `${n}人`;
}

type NormalizedMetric = { label: string; canonicalValue: number; canonicalUnit: string; approx: boolean };

/** What a metric counts and its normalized value in full digits: "群众：13,000人". */
export function metricTitle(m: NormalizedMetric): string {
  return `${m.label}：${approxMark(m.approx)}${formatPlain(m.canonicalValue)}${m.canonicalUnit}`;
}

/**
 * A number for display. Small values (0.04 家/万人 per capita) keep two significant digits instead
 * of rounding to a misleading 0; larger ones read the Chinese way or with grouped digits.
 */
export function formatNumber(n: number, lang: "zh" | "en" = "zh"): string {
  if (n !== 0 && Math.abs(n) < 1) return String(Number(n.toPrecision(2)));
  return lang === "zh" ? formatZh(n) : formatPlain(n);
}

/** A value with its unit, marked ≈ when approximate: "≈1.3万人", "≈13,000 people". */
export function formatValue(n: number, unit: string, approx: boolean, lang: "zh" | "en" = "zh"): string {
  const num = formatNumber(n, lang);
  const word = unitWord(unit, lang);
  const sep = lang === "en" && word && word !== "%" ? " " : "";
  return `${approx ? "≈" : ""}${num}${sep}${word}`;
}
