/**
 * Reads one number token of a body into a metric candidate: the number (Arabic, Chinese, 百分之,
 * fractions, ranges), its hedges, its unit (or the unit its context implies), and whether it is a
 * per-unit rate. notMetricReason (not-metric.ts) then decides whether it is a reported quantity.
 *
 * Conventions (outside checks compare them strictly):
 * - `value` is in the text's own unit with 万/亿/千 expanded; money is 元 (2100万元 -> 21000000 元);
 *   名/位 are 人; 平米/㎡ are 平方米; 方 is 立方米; ％ is %.
 * - Shares are % : 三分之一 -> 33.3333, 1/4 -> 25, 近八成 -> 80 (approx), 三四成 -> 30..40.
 * - Ranges report the lower bound in `value` and the upper in `valueMax` (2—3个, 20至30家, 七八百人,
 *   十五六万元, 30~40万元, 50、60万斤); the range says how exact it is, so approx only with a hedge.
 * - 一半 with a hedge or after 占 is a share of 50 % (近一半, 一半以上, 占…的一半).
 * - Amounts without a unit word take it from their context (旅游收入约4240万 -> 元, 4个亿 -> 元,
 *   带动47.8万四川贫困老乡 -> 人); see unitless.ts.
 * - Per-unit figures are rates with a compound unit (每公斤8元 -> 元/公斤, 亩产1800公斤 -> 公斤/亩) or,
 *   for averages per person, household or day, their plain unit; see rates.ts.
 * - approx is true for every hedge: 约/近/余/多/来/左右/以上 and the "more than" family 超/超过/逾/
 *   突破/过万/破亿, which report a floor, not the exact figure.
 */
import type { Span } from "./label";
import { notMetricReason, SHARE_UNITS } from "./not-metric";
import { MULTIPLIERS, parseArabic, parseChineseNumeral, tidy } from "./numerals";
import { inSloganOrTitle, type QuoteIndex } from "./quotes";
import { detectRate } from "./rates";
import { matchUnit } from "./units";
import { unitFromContext } from "./unitless";
import { VILLAGE_NOT_BEFORE, VILLAGE_NOUNS } from "./lexicon";
import { CLAUSE_BOUNDS } from "../zh/punctuation";

export const NUMBER_RE =
  /百分之|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?/g;
const CN_RUN = /^[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?/;
const AR_RUN = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/;

/** Hedges written before the number, longest first; `bareOnly` ones only hedge 万/千/百 (上万人). */
const PREFIX_HEDGES: ReadonlyArray<{ h: string; bareOnly?: boolean; notAfter?: string }> = [
  { h: "不少于" },
  { h: "将近" },
  { h: "接近" },
  { h: "大约" },
  { h: "大概" },
  { h: "超过" },
  { h: "突破" },
  { h: "超出" },
  { h: "高于" },
  { h: "多于" },
  { h: "不到" },
  { h: "不足" },
  { h: "至少" },
  { h: "约", notAfter: "节签制预邀公条合相誓违履婚契特隐" },
  { h: "近", notAfter: "附最接将靠邻亲就贴走临" },
  { h: "超", notAfter: "赶高" },
  { h: "逾" },
  { h: "上", bareOnly: true, notAfter: "以线网之向往晚早马" },
  // 过万人, 产值过亿元: "more than"; before other numbers 过 is mostly the aspect particle (举办过3次)
  { h: "过", bareOnly: true, notAfter: "经通不超越度错难跨穿闯走看去做办到" },
  { h: "破", bareOnly: true, notAfter: "打突攻爆冲击识看" }, // 销售额破亿元
];
/** Hedges a few characters before the number but not adjacent: "约有3000人", "超过了5000家". */
const LOOSE_HEDGE = /(?:约|大约|超过|突破|逾|将近|接近)(?:有|为|达|了)$/;
const SUFFIX_HEDGE = /^(?:左右|以上|上下|开外|有余|以下|以内|许)/;
const RANGE_SEP = /^(?:—|–|-|~|～|至|到)/;
const ARABIC_TAIL = /^\d+(?:\.\d+)?/;
/** 4个亿, 两个多亿: colloquial hundreds of millions, always money. */
const GE_YI = /^个(多)?亿(元)?/;

export type Candidate = Span & {
  value: number;
  valueMax?: number;
  approx: boolean;
  /** Set for per-unit figures: the compound denominator, or "" for an average in its plain unit. */
  per?: string;
  /** The surface of the counter as written, for kinds (村 counts villages). */
  surface: string;
};

function matchMultiplier(body: string, pos: number): readonly [string, number] | null {
  for (const m of MULTIPLIERS) if (body.startsWith(m[0], pos)) return m;
  return null;
}

/** Parses the number starting at `pos` (same script as the first one), for the far end of a range. */
function numberAt(body: string, pos: number, arabic: boolean): { value: number; end: number } | null {
  const rest = body.slice(pos, pos + 24);
  const m = (arabic ? AR_RUN : CN_RUN).exec(rest);
  if (!m) return null;
  if (arabic) {
    const v = parseArabic(m[0]);
    return v === null ? null : { value: v, end: pos + m[0].length };
  }
  const c = parseChineseNumeral(m[0]);
  return c && !c.bare && !c.range ? { value: c.value, end: pos + m[0].length } : null;
}

export function clauseBefore(body: string, pos: number): string {
  const min = Math.max(0, pos - 30);
  let i = pos - 1;
  while (i >= min && !CLAUSE_BOUNDS.has(body.charCodeAt(i))) i--;
  return body.slice(i + 1, pos);
}

const isCjk = (ch: string) => /[\u3400-\u9fff]/.test(ch);

/**
 * OCR sets a stray space inside a number ("站点2 6个", "游客3 2万人次"): joined when a short run of
 * digits written right after a word is followed by one space and more digits that carry a unit.
 * Not when the left digits follow punctuation or a number, when another spaced number follows, after
 * 分别, or when both sides are alike runs of two or more digits: those are lists that lost their
 * commas ("分别新增12 15户", "30 45家"); dates and times ("2023-09-12 16:40") have no unit.
 */
function ocrSplitNumber(body: string, i: number, tok: string): { value: number; end: number } | null {
  const pos = i + tok.length;
  if (body[pos] !== " " || !/^\d{1,3}$/.test(tok)) return null;
  const before = body[i - 1] ?? "";
  const leftOk = before === "" || isCjk(before) || (before === " " && isCjk(body[i - 2] ?? "") && !/\d/.test(body[i - 3] ?? ""));
  if (!leftOk) return null;
  const m = ARABIC_TAIL.exec(body.slice(pos + 1, pos + 16));
  if (!m) return null;
  const end = pos + 1 + m[0].length;
  if (body[end] === " " && /\d/.test(body[end + 1] ?? "")) return null;
  if (tok.length >= 2 && m[0].split(".")[0]!.length === tok.length) return null;
  if (/分别|依次|各自/.test(clauseBefore(body, i))) return null;
  let after = end;
  if (body[after] === "余" || body[after] === "多") after++;
  if (!matchUnit(body, after, true) && !matchMultiplier(body, after)) return null;
  const value = parseArabic(tok + m[0]);
  return value === null ? null : { value, end };
}

/** "50、60万斤": two round numbers one step apart, joined by 、 and sharing what follows, are a range. */
function enumeratedRange(a: number, b: number): boolean {
  if (!Number.isInteger(a) || !Number.isInteger(b) || b <= a) return false;
  for (const step of [1, 10, 100, 1000]) if (a % step === 0 && b === a + step && a >= step) return true;
  return false;
}

/** Scans one number token at `i`; returns a metric candidate or null. */
export function scanAt(body: string, i: number, tok: string, quotes: QuoteIndex | null): Candidate | null {
  let pos = i + tok.length;
  let value: number;
  let valueMax: number | undefined;
  let arabic: boolean;
  let bare = false;
  let approx = false;
  let unit: string | undefined;
  let surface = "";
  let unitEnd = 0;
  let multiplied = false;
  let midHedge: "" | "余" | "多" | "来" | "几" = "";
  let fraction = false;
  const prevCh = body[i - 1] ?? "";


  if (tok === "百分之") {
    const m = CN_RUN.exec(body.slice(pos, pos + 16)) ?? AR_RUN.exec(body.slice(pos, pos + 16));
    if (!m) return null;
    const v = /\d/.test(m[0][0]!) ? parseArabic(m[0]) : (parseChineseNumeral(m[0])?.value ?? null);
    if (v === null) return null;
    value = v;
    arabic = false;
    unit = "%";
    surface = "%";
    unitEnd = pos + m[0].length;
  } else {
    arabic = /\d/.test(tok[0]!);
    if (arabic) {
      if (/[\d.A-Za-z+#×*/:_]/.test(prevCh)) return null; // 2.0.1, G60, 1+N, 7×24, 8:30
      if (prevCh === "-" && /\d/.test(body[i - 2] ?? "")) return null; // 0571-8888…
      if (tok.length > 1 && tok[0] === "0" && tok[1] !== ".") return null; // codes with leading zeros
      const v = parseArabic(tok);
      if (v === null) return null;
      value = v;
      const split = ocrSplitNumber(body, i, tok);
      if (split) {
        value = split.value;
        pos = split.end;
      } else if (body[pos] === " " && /[^\s\d]/.test(body[pos + 1] ?? "")) pos++; // "1.3 万名" from OCR
    } else {
      const c = parseChineseNumeral(tok);
      if (!c) return null;
      value = c.value;
      bare = c.bare;
      if (c.range) valueMax = c.max;
      if (prevCh !== "" && "数几好".includes(prevCh)) return null; // 数十家, 几百人: no number to report
      // 十五六万 reads as one range; 三千五六百 too: the scanner sees the whole run
    }
    if (prevCh === "第") return null;
    if (tok === "一" && body[pos] === "半") return halfAt(body, i, quotes);

    if (body[pos] === "余" || body[pos] === "多") {
      midHedge = body[pos] as "余" | "多";
      pos++;
    } else {
      if (body[pos] === "来" && !arabic && matchUnit(body, pos + 1, arabic)) {
        midHedge = "来"; // 三百来人, 十来个: "about"
        pos++;
      } else if (!arabic && body[pos] === "几" && tok.endsWith("十")) {
        midHedge = "几"; // 十几个 -> 10 approx
        pos++;
      }
    }
    const ge = GE_YI.exec(body.slice(pos, pos + 4));
    // counters kept to Arabic digits guard idioms with small Chinese numerals (一方面, 三口之家);
    // hundreds written in Chinese (四五百单) are counts again
    let u = ge ? null : matchUnit(body, pos, arabic || value >= 100);
    if (!u) {
      if (ge) {
        // 4个亿, 1个多亿: 10^8 元
        value = tidy(value * 1e8);
        if (valueMax !== undefined) valueMax = tidy(valueMax * 1e8);
        multiplied = true;
        if (ge[1]) midHedge = "多";
        unit = "元";
        surface = ge[2] ? "元" : "";
        unitEnd = pos + ge[0].length;
      } else {
        const mult = arabic || midHedge ? matchMultiplier(body, pos) : null;
        if (mult) {
          value = tidy(value * mult[1]);
          if (valueMax !== undefined) valueMax = tidy(valueMax * mult[1]);
          multiplied = true;
          pos += mult[0].length;
          if (!midHedge && (body[pos] === "余" || body[pos] === "多")) {
            midHedge = body[pos] as "余" | "多";
            pos++;
          }
          u = matchUnit(body, pos, arabic);
        }
      }
    }
    if (!u && unit === undefined && !midHedge) {
      // ranges: 2—3个, 20至30家, 2-3万人, 三至五个, 50、60万斤
      const sep = RANGE_SEP.exec(body.slice(pos, pos + 2)) ?? (arabic && body[pos] === "、" ? ["、"] : null);
      if (sep) {
        const far = numberAt(body, pos + sep[0].length, arabic);
        if (far && (sep[0] !== "、" || enumeratedRange(value, far.value))) {
          let p2 = far.end;
          let farValue = far.value;
          if (body[p2] === "余" || body[p2] === "多") p2++;
          let u2 = matchUnit(body, p2, arabic);
          let mult2: readonly [string, number] | null = null;
          if (!u2) {
            mult2 = matchMultiplier(body, p2);
            if (mult2) {
              p2 += mult2[0].length;
              farValue = tidy(farValue * mult2[1]);
              u2 = matchUnit(body, p2, arabic);
            }
          }
          if (u2 && farValue > (mult2 && !multiplied ? value * mult2[1] : value)) {
            if (mult2 && !multiplied) {
              value = tidy(value * mult2[1]);
              multiplied = true;
            }
            u = u2;
            valueMax = farValue;
          }
        }
      }
    }
    if (!u && unit === undefined && !arabic && body.startsWith("分之", pos)) {
      // 三分之一 -> 33.3333 %
      const num = numberAt(body, pos + 2, false);
      if (num && num.value > 0 && value > 0 && num.value <= value) {
        value = Math.round((1e6 * num.value) / value) / 1e4;
        unit = "%";
        surface = "%";
        unitEnd = num.end;
        fraction = true;
      } else return null;
    } else if (!u && unit === undefined && arabic && body[pos] === "/") {
      // 1/4, 2/3以上 -> shares; other slashes are dates or rates
      const m = /^\/(\d{1,2})(?![\d./:年月日号])/.exec(body.slice(pos, pos + 5));
      const den = m ? Number(m[1]) : 0;
      if (!m || den <= value || den > 10 || !Number.isInteger(value)) return null;
      value = Math.round((1e6 * value) / den) / 1e4;
      unit = "%";
      surface = "%";
      unitEnd = pos + m[0].length;
      fraction = true;
    }
    if (!fraction && unit === undefined) {
      if (u) {
        unit = u.def.unit;
        surface = u.def.surface;
        unitEnd = u.end;
      } else {
        // no unit word: only amounts with a magnitude (万, 亿, 逾千) take one from their context
        const magnitude = multiplied || (!arabic && /[千万亿]/.test(tok) && (bare ? midHedge !== "" || prefixHedgeAt(body, i, true) !== "" : true));
        if (!magnitude) return null;
        const hedgeEnd = pos;
        const implied = unitFromContext(body, hedgeEnd, clauseBefore(body, i));
        if (!implied) return null;
        unit = implied;
        surface = "";
        unitEnd = hedgeEnd;
      }
    }
  }
  if (unit === undefined) return null;

  // after the unit: a range repeating the unit ("20万元至30万元", "6元到7元")
  if (valueMax === undefined) {
    const sep = RANGE_SEP.exec(body.slice(unitEnd, unitEnd + 2));
    if (sep) {
      const far = numberAt(body, unitEnd + sep[0].length, arabic);
      if (far) {
        let p2 = far.end;
        let farValue = far.value;
        const mult2 = matchMultiplier(body, p2);
        if (mult2) {
          p2 += mult2[0].length;
          farValue = tidy(farValue * mult2[1]);
        }
        const u2 = matchUnit(body, p2, arabic);
        if (u2 && u2.def.unit === unit && farValue > value) {
          unitEnd = u2.end;
          valueMax = farValue;
        }
      }
    }
  }

  // 成 is a share: 近八成 -> 80 %
  if (unit === "成") {
    value = tidy(value * 10);
    if (valueMax !== undefined) valueMax = tidy(valueMax * 10);
    unit = "%";
  }

  let textNoun: string | undefined;
  if (unit === "个" && surface === "个") {
    for (const noun of VILLAGE_NOUNS) {
      if (body.startsWith(noun, unitEnd) && !VILLAGE_NOT_BEFORE.test(body.slice(unitEnd + noun.length, unitEnd + noun.length + 3))) {
        textNoun = noun;
        break;
      }
    }
  }
  const afterUnit = body.slice(unitEnd, unitEnd + 8);
  if (textNoun) unitEnd += textNoun.length;

  let end = unitEnd;
  const sh = SUFFIX_HEDGE.exec(body.slice(end, end + 2));
  let suffixHedge = "";
  if (sh) {
    suffixHedge = sh[0];
    end += sh[0].length;
  }

  let start = i;
  const prefixHedge = prefixHedgeAt(body, i, bare);
  const prefixHedged = prefixHedge !== "" || LOOSE_HEDGE.test(clauseBefore(body, i));
  start -= prefixHedge.length;
  const pre = clauseBefore(body, start);
  approx = approx || prefixHedged || midHedge !== "" || suffixHedge !== "";

  // a per-unit word before an earlier number of the clause does not govern this one (单产480公斤/亩、总产36.2万吨)
  const rate = detectRate(body, start, unitEnd, unit, pre.slice(Math.max(pre.lastIndexOf("、"), pre.search(/\d[^\d]*$/)) + 1));
  const reason = notMetricReason({
    body,
    quotes,
    i,
    start,
    end,
    unitEnd,
    value,
    unit,
    surface,
    arabic,
    bare,
    multiplied,
    fraction,
    approx,
    prefixHedge,
    prefixHedged,
    midHedge,
    suffixHedge,
    pre,
    afterUnit,
    rate: rate !== null,
  });
  if (reason !== null) return null;

  const cand: Candidate = { start, end, unit, value, approx, surface, ...(textNoun ? { textNoun } : {}) };
  if (valueMax !== undefined && valueMax > value) cand.valueMax = valueMax;
  if (rate) {
    cand.per = rate.per;
    if (rate.per !== "" && !SHARE_UNITS.has(unit)) cand.unit = `${unit}/${rate.per}`;
    if (rate.prefixStart !== undefined && rate.prefixStart < cand.start) cand.start = rate.prefixStart;
    if (rate.suffixEnd !== undefined && rate.suffixEnd > cand.end) cand.end = rate.suffixEnd;
  }
  return cand;
}

/**
 * 一半 as a share of 50 %, only where it reports one: hedged (近一半, 一半以上, 一半左右) or what
 * something amounts to (占…的一半). 降了一半 in a quote and 一半时间 are not statistics.
 */
function halfAt(body: string, i: number, quotes: QuoteIndex | null): Candidate | null {
  const prefix = prefixHedgeAt(body, i, false);
  const sh = SUFFIX_HEDGE.exec(body.slice(i + 2, i + 4));
  const pre = clauseBefore(body, i - prefix.length);
  if (!prefix && !sh && !/占[^,。;!?]{0,12}的?$/.test(pre)) return null;
  const start = i - prefix.length;
  const end = i + 2 + (sh ? sh[0].length : 0);
  if (inSloganOrTitle(body, quotes, i)) return null;
  return { start, end, unit: "%", value: 50, approx: prefix !== "" || sh !== null, surface: "半" };
}

/** The hedge written right before the number at `i` ("约", "超过"), or "". */
function prefixHedgeAt(body: string, i: number, bare: boolean): string {
  for (const ph of PREFIX_HEDGES) {
    if (i < ph.h.length || !body.startsWith(ph.h, i - ph.h.length)) continue;
    if (ph.bareOnly && !bare) continue;
    const before = body[i - ph.h.length - 1];
    if (ph.notAfter && before !== undefined && ph.notAfter.includes(before)) continue;
    return ph.h;
  }
  return "";
}
