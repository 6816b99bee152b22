/** Numbers as Chinese readers expect them on the readable pages and share images. */

const grouped = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat("zh-CN", { notation: "compact", maximumFractionDigits: 2 });
const compactCoarse = new Intl.NumberFormat("zh-CN", { notation: "compact", maximumFractionDigits: 1 });

/** 13000 -> "13,000"; exact to two decimals, for tooltips that show the normalized value. */
export function formatExact(value: number): string {
  return grouped.format(value);
}

/** 13000 -> "1.3万", 66000000 -> "6600万", 123456789 -> "1.23亿": for totals and chips. */
export function formatCompact(value: number): string {
  return compact.format(value);
}

/** "≈" before approximate values (余/约/左右 in the text), nothing before exact ones. */
export function approxMark(approx: boolean): string {
  return approx ? "≈" : "";
}

type NormalizedMetric = { label: string; canonicalValue: number; canonicalUnit: string; approx: boolean };

/** The tooltip of a highlighted metric: what is counted and the normalized value, "群众：13,000人". */
export function metricTitle(m: NormalizedMetric): string {
  return `${m.label}：${approxMark(m.approx)}${formatExact(m.canonicalValue)}${m.canonicalUnit}`;
}

/** A population as "43.2万人" (one decimal: census counts are not read to the hundred). */
export function formatPopulation(n: number): string {
  return `${compactCoarse.format(n)}人`;
}
