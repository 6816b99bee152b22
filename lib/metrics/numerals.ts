/**
 * Number words: Arabic (3100, 3,100, 123.92) and Chinese (三千一百, 两万, 一百零五, 三点五).
 * Pure parsing only; deciding whether a number is a metric happens in extract.ts.
 */

export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Multipliers that may follow an Arabic number ("1.3万", "3千", "1.2亿", "5千万"); longest first. */
export const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ["万亿", 1e12],
  ["千万", 1e7],
  ["百万", 1e6],
  ["亿", 1e8],
  ["万", 1e4],
  ["千", 1e3],
  ["百", 1e2],
];

/** Removes binary floating noise from products like 1.3 * 10000 or 0.7 * 100. */
export function tidy(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(12));
}

/** "3,100" -> 3100, "123.92" -> 123.92; null for anything else. */
export function parseArabic(s: string): number | null {
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(s)) return null;
  const v = Number(s.replace(/,/g, ""));
  return Number.isFinite(v) ? v : null;
}

export type ChineseNumber = {
  value: number;
  /** Starts with a bare multiplier (百, 千, 万, 千万): "百名干部" is a slogan unless hedged ("千余人", "近万人"). */
  bare: boolean;
  /** Written as an idiomatic range ("七八个", "三四十家", "十五六万"): value is the lower bound. */
  range: boolean;
  /** Upper bound of a range ("四五百" -> 500). */
  max?: number;
};

const UNIT_CHARS = "十百千万亿";

/**
 * "七八个", "三四十", "四五百", "十五六万", "三千五六百": two consecutive ascending digits, at the start
 * or right after a unit character, are a colloquial range. The lower bound drops the second digit
 * (四五百 -> 四百), the upper bound the first (-> 五百).
 */
function parseRange(s: string): ChineseNumber | null {
  for (let p = 0; p + 1 < s.length; p++) {
    const d0 = CN_DIGITS[s[p]!];
    const d1 = CN_DIGITS[s[p + 1]!];
    if (d0 === undefined || d1 === undefined || d0 < 1 || d1 !== d0 + 1) continue;
    if (p > 0 && !UNIT_CHARS.includes(s[p - 1]!)) return null;
    const lo = parseChineseNumeral(s.slice(0, p + 1) + s.slice(p + 2));
    const hi = parseChineseNumeral(s.slice(0, p) + s.slice(p + 1));
    if (!lo || !hi || lo.range || hi.range || hi.value <= lo.value) return null;
    return { value: lo.value, bare: false, range: true, max: hi.value };
  }
  return null;
}

/**
 * Parses a run of Chinese numeral characters. Rejects digit-by-digit forms (二〇二三 is a year,
 * 九九 a brand, 三五 an idiom) and out-of-order units (十百千 is a slogan), so that only genuine
 * quantities come back.
 */
export function parseChineseNumeral(s: string): ChineseNumber | null {
  if (s.length === 0) return null;
  const dot = s.indexOf("点");
  if (dot >= 0) {
    const whole = parseChineseNumeral(s.slice(0, dot));
    const frac = s.slice(dot + 1);
    if (!whole || whole.range || frac.length === 0) return null;
    let digits = "";
    for (const ch of frac) {
      const d = CN_DIGITS[ch];
      if (d === undefined || ch === "两") return null;
      digits += String(d);
    }
    return { value: tidy(whole.value + Number(`0.${digits}`)), bare: whole.bare, range: false };
  }
  const range = parseRange(s);
  if (range) return range;
  const first = s[0]!;
  const bare = first in CN_SMALL ? first !== "十" : first in CN_BIG;

  let total = 0; // completed 亿 groups
  let wan = 0; // completed 万 group inside the current 亿 group
  let section = 0; // below 万
  let digit: number | null = null;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let afterZero = false;
  let prevUnit = 0; // value of the unit right before a trailing digit ("两万五" -> 25000)
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      if (d === 0) {
        if (digit !== null || afterZero) return null; // 二〇二三, 零零
        afterZero = true;
        prevUnit = 0;
        continue;
      }
      if (digit !== null) return null; // two digits in a row: 一二, 九九
      digit = d;
      continue;
    }
    const small = CN_SMALL[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null; // 十百, 百百
      if (digit === null && afterZero) return null; // 一百零十
      section += (digit ?? 1) * small;
      lastSmall = small;
      digit = null;
      afterZero = false;
      prevUnit = small;
      continue;
    }
    const big = CN_BIG[ch];
    if (big !== undefined) {
      if (big === lastBig) return null; // 万万
      let group = section + (digit ?? 0);
      if (group === 0) {
        if (total === 0 && wan === 0) group = 1; // bare 万 / 亿
        else if (big === 1e4) return null; // 一亿万
      }
      if (big === 1e8) {
        total = (total + wan + group) * 1e8;
        wan = 0;
      } else {
        wan = group * 1e4;
      }
      section = 0;
      digit = null;
      lastSmall = Infinity;
      lastBig = big;
      afterZero = false;
      prevUnit = big;
      continue;
    }
    return null;
  }
  let tail = 0;
  if (digit !== null) tail = !afterZero && prevUnit >= 10 ? (digit * prevUnit) / 10 : digit;
  const value = total + wan + section + tail;
  return { value: tidy(value), bare, range: false };
}
