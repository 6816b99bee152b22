/**
 * Per-unit figures: prices (每公斤8元, 100元一箱, 3元/斤), yields (亩产约1800公斤, 每株60斤), per-area
 * values (亩均税收, 每亩补助300元) and averages (人均, 户均, 日均, 每天). They are reported as a rate:
 * never added to a total nor ranked. A figure per physical measure takes a compound unit (元/公斤,
 * 公斤/亩), as the text says it; an average per person, household, place or day keeps its plain unit.
 */

/** Measures a price or yield is stated per, longest first so 平方米 wins over 米. */
export const MEASURE_PER: readonly string[] = [
  "立方厘米", "平方公里", "平方米", "立方米", "千瓦时", "公斤", "千克", "公里", "斤", "吨", "亩", "株", "棵", "箱", "盒",
  "瓶", "袋", "只", "头", "尾", "桶", "罐", "克", "升", "度", "米",
];
const MEASURE_ALT = MEASURE_PER.join("|");
/** With 一 instead of 每 (一斤能卖到9.5元, 100元一箱) only goods sold by weight, area or container. */
const ONE_ALT = "平方米|公斤|千克|斤|吨|亩|株|棵|箱|盒|瓶|袋|只|头|尾|桶|罐";
/** 千克 and 平米 are read as the units the extractor reports. */
const PER_ALIAS: Readonly<Record<string, string>> = { 千克: "公斤", 平米: "平方米" };

/** Entities an average is stated per: the value keeps its unit (人均收入4.3万元 -> 元). */
const ENTITY_PER = "人|户|名|位|家|个|村|县|天|日|晚|周|月|场|网|船|次|床|车|台|辆|套|件|间|条|份|张|餐|单|期|小时|课时|亩地";

/** A measure right after the unit: 元/公斤, 3元每斤, 100元一箱 (the last only for money). */
const AFTER_SLASH = new RegExp(`^(?:/|每)(${MEASURE_ALT}|平米|人|户|天|次|年|月)`);
const AFTER_ONE = new RegExp(`^一(${ONE_ALT})`);

/** 每公斤, 每亩, 一斤(能卖到): the last per-measure marker in the clause before the number. */
const BEFORE_PER_MEASURE = new RegExp(`每(${MEASURE_ALT}|平米)|(?<![\\d一二三四五六七八九十两百千万第])一(${ONE_ALT})(?![多余])`, "g");
/** Yield and per-area words: 亩产, 单产, 亩均, 亩产值, 亩增效. */
const PER_MU = /亩产|单产|亩均|亩增|亩效益|亩收益/;
/** Averages: 平均, 人均, 户均, 县均, 日均, 每户, 每天, 平均每人 (per year is a yearly flow, not a rate). */
const AVERAGE = new RegExp(`(?:平均|人均|户均|县均|村均|镇均|日均|场均|船均|均产|单船|单车|单日|单场|每(?:${ENTITY_PER})|一(?:网|天|晚|船))`);
/** A price named before the amount (蜜橘销售价格5元—8元, 收购价3.2元): a rate even without 每. */
const PRICE_BEFORE = /(?:价格|售价|收购价|批发价|零售价|单价|均价|市价|地头价|出厂价|发货价|票价)[^,。;!?]{0,6}$/;
/** Prices and yields need a verb of selling or producing when written with 一 (一斤能卖到9.5元). */
const PRICE_OR_YIELD = /卖|售|价|收购|批发|产|收入|赚|挣|能|可/;

const WEIGHT = new Set(["吨", "公斤", "斤", "克"]);
const MONEY = new Set(["元", "美元", "欧元", "港元"]);

export type Rate = {
  /** The denominator of a compound unit (亩 in 公斤/亩), or "" for an average that keeps its unit. */
  per: string;
  /** Offset where a 每X written right before the number starts, to include it in the metric text. */
  prefixStart?: number;
  /** Offset after a per-unit written right after the unit ("/亩", "一箱"), to include it in the text. */
  suffixEnd?: number;
};

const perOf = (m: string) => PER_ALIAS[m] ?? m;

/**
 * Whether the number at `numStart` (metric text `start`..`unitEnd`, unit `unit`) is a per-unit
 * figure. `pre` is the clause before the metric (from its start or the previous metric's end).
 */
export function detectRate(body: string, start: number, unitEnd: number, unit: string, pre: string): Rate | null {
  const after = body.slice(unitEnd, unitEnd + 6);
  const slash = AFTER_SLASH.exec(after);
  if (slash) {
    const per = perOf(slash[1]!);
    // 每年/每月 after the unit give a yearly flow (3000人次每年): not a rate
    if (per === "年" || per === "月") return null;
    return { per, suffixEnd: unitEnd + slash[0].length };
  }
  if (MONEY.has(unit)) {
    const one = AFTER_ONE.exec(after);
    if (one) return { per: perOf(one[1]!), suffixEnd: unitEnd + one[0].length };
  }
  // the last per-measure marker before the number governs it, unless an average comes after it
  let measure: RegExpExecArray | null = null;
  BEFORE_PER_MEASURE.lastIndex = 0;
  for (let m = BEFORE_PER_MEASURE.exec(pre); m; m = BEFORE_PER_MEASURE.exec(pre)) measure = m;
  if (measure) {
    const viaOne = measure[0].startsWith("一");
    const rest = pre.slice(measure.index + measure[0].length);
    const per = perOf(measure[1] ?? measure[2]!);
    if ((!viaOne || PRICE_OR_YIELD.test(rest)) && per !== unit) {
      const adjacent = !viaOne && measure.index + measure[0].length === pre.length;
      return adjacent ? { per, prefixStart: start - measure[0].length } : { per };
    }
  }
  if (PER_MU.test(pre) && (WEIGHT.has(unit) || MONEY.has(unit))) return { per: "亩" };
  if (AVERAGE.test(pre)) return { per: "" };
  if (MONEY.has(unit) && PRICE_BEFORE.test(pre)) return { per: "" };
  return null;
}
