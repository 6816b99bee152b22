import type { Rng } from "./random";
import type { QuantityKind } from "./vocabulary";

/**
 * One printed quantity for the synthetic corpus: a number in the forms papers print (digits, 万 and
 * 亿 with decimals, small Chinese numerals), its unit, and sometimes a hedge (约, 近, 超, 余, 多,
 * 左右, 以上), so the metric extractor sees the variety it sees in real text.
 */
const UNITS: Record<QuantityKind, { units: string[]; min: number; max: number; decimals?: boolean }> = {
  people: { units: ["人", "名"], min: 12, max: 48000 },
  personTimes: { units: ["人次"], min: 80, max: 260000 },
  firms: { units: ["家"], min: 3, max: 5200 },
  money: { units: ["万元", "亿元", "元"], min: 2, max: 9800, decimals: true },
  area: { units: ["亩", "平方米", "公顷"], min: 20, max: 86000 },
  volume: { units: ["万立方米", "立方米"], min: 30, max: 9000 },
  count: { units: ["个", "项", "场", "条", "次"], min: 2, max: 960 },
  percent: { units: ["%"], min: 2, max: 98, decimals: true },
  length: { units: ["公里", "米"], min: 2, max: 900, decimals: true },
  weight: { units: ["吨", "公斤"], min: 5, max: 9000 },
};

const CN_DIGITS = "零一二三四五六七八九";

/** 10..99 as a Chinese numeral (二十, 三十五); only whole tens are used with 余/多. */
function chineseTens(n: number): string {
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : CN_DIGITS[tens]}十`;
}

export function quantity(rng: Rng, kind: QuantityKind): string {
  const spec = UNITS[kind];
  const unit = rng.pick(spec.units);
  let n = rng.int(spec.min, spec.max);
  if (unit === "亿元") n = rng.int(1, 60);
  if (unit === "元") n = rng.int(300, 98000);
  if (unit === "万立方米" || unit === "公里") n = rng.int(2, 900);

  let digits: string;
  if (spec.decimals && rng.chance(0.4)) {
    digits = (n + rng.int(1, 9) / 10).toFixed(1);
  } else if (n >= 10000 && !unit.startsWith("万") && rng.chance(0.5)) {
    // 1.3万人, 2万余人次
    digits = `${(n / 10000).toFixed(rng.chance(0.5) ? 1 : 0).replace(/\.0$/, "")}万`;
  } else {
    digits = String(n);
  }

  // Small counts sometimes in Chinese numerals with a hedge: 二十余个, 三十多场.
  if (kind === "count" && n >= 10 && n < 100 && rng.chance(0.15)) {
    return `${chineseTens(n)}${rng.pick(["余", "多"])}${unit}`;
  }
  const hedge = rng.next();
  if (hedge < 0.12) return `约${digits}${unit}`;
  if (hedge < 0.18) return `近${digits}${unit}`;
  if (hedge < 0.24) return `超${digits}${unit}`;
  if (hedge < 0.36 && !digits.includes(".") && unit !== "%") return `${digits}余${unit}`;
  if (hedge < 0.42 && !digits.includes(".") && unit !== "%") return `${digits}多${unit}`;
  if (hedge < 0.48) return `${digits}${unit}左右`;
  if (hedge < 0.52) return `${digits}${unit}以上`;
  return `${digits}${unit}`;
}
