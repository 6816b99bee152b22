/**
 * Every reported quantity in an article body: "3100余人次", "约2100万元", "880万立方米左右",
 * "60%以上", "1.3万名", "近万人", "2—3个", "百分之九十", "三分之一".
 *
 * Conventions (documented because outside checks compare them strictly):
 * - `text` is the exact span, hedges included when written next to the number (约2100万元, 60%以上).
 * - `value` is in the text's own unit with 万/亿/千 expanded; money is always 元 (2100万元 -> 21000000 元).
 * - 名/位 are reported as 人; 平米/㎡ as 平方米; 方 as 立方米; ％ as %.
 * - Ranges (2—3个, 20至30家, 七八个) report the lower bound with approx = true.
 * - Fractions (三分之一) are shares in % (33.33), approx = false.
 * - Vague quantities with no number (数十家, 几百人) are skipped; 上万/上百 and 近万 count as approx 10000/100.
 * - approx is true for every hedge: 约/近/余/多/来/左右/以上 and the "more than" family 超/超过/逾/
 *   突破/过万/破亿, which report a floor, not the exact figure.
 * - Years, dates, ordinals (第四批), grades (4A级, 五星级), ages, durations (24小时, 连续6年), distances
 *   (距市区30公里), thresholds (5000万元以上项目, 超亿元企业), per-unit rates and prices (每亩300元,
 *   每斤15元), population ratios (每千人口拥有托位4.5个), slogans and names (百名干部助百企,
 *   三个"一号工程", 一对一, 最后一公里) are not metrics. Average gains are (人均增收, 每户每年可增收1500元).
 * - A number restated with the same text and the same counted noun is reported once (its first
 *   occurrence), so sums over an article do not double-count.
 */
import { METRIC_KINDS, classifyKind, toCanonical, type MetricKind } from "./kinds";
import { labelSpans, type Span } from "./label";
import { VILLAGE_NOT_BEFORE, VILLAGE_NOUNS } from "./lexicon";
import { MULTIPLIERS, parseArabic, parseChineseNumeral, tidy } from "./numerals";
import { matchUnit } from "./units";

export type ExtractedMetric = {
  text: string;
  value: number;
  unit: string;
  approx: boolean;
  label: string;
  kind: MetricKind;
  start: number;
  end: number;
  normalized?: { value: number; unit: string };
};

const NUMBER_RE =
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

const SHARE_UNITS = new Set(["%", "‰", "百分点", "成"]);
/** Counters count the noun after them (超100家企业); measures before a noun qualify it (超亿元企业). */
const COUNTER_LIKE = new Set(["人", "人次", "户", "户次", "家", "家次", "个", "件", "项", "条", "批", "所", "座", "名", "位", "支", "场", "次"]);
const LENGTH_UNITS = new Set(["公里", "千米", "米"]);
const MONEY_UNITS = new Set(["元", "美元", "欧元", "港元"]);
/** Counters that Chinese numerals turn into slogans ("三个方面", "五项机制", "四个一批"). */
const ABSTRACT_AFTER =
  /^(?:["'“‘《]|[一二两三四五六七八九十百千万]|方面|到位|严禁|全面|必须|坚持|聚焦|围绕|优先|不准|一律|确保|走在前列|率先|重点|维度|层面|环节|关键|原则|意识|自信|维护|作风|举措|措施|机制|制度|清单|目标|任务|要求|标准|体系|理念|模式|路径|方式|能力|精神|工作法|做法|经验|步骤|规定|禁令|承诺|转变|结合|统一|强化|突出|注重|抓手|导向|定位|专项|先行|平台|民生实事|底线|红线|防线|主线|事|步|招|字|大)/;
const ABSTRACT_AFTER_ARABIC = /^(?:方面|维度|层面|原则|理念|目标|到位|严禁|不准|必须|坚持|步|大(?![型会规赛厅院楼棚]))/;
/** A threshold, not a quantity: "5000万元以上项目", "10亩以上的地块". */
const THRESHOLD_NOUN =
  /^的?(?:项目|大项目|重大|企业|工程|规模|产业|景区|老人|人员|人口|群体|单位|家庭|农户|车辆|房屋|建筑|土地|地块|用户|标准|订单|合同|投资项目)/;
/** How far away (距市区30公里) within the clause; dimensions and speeds right before the number (宽12米). */
const DISTANCE_BEFORE = /(?:距离?|相距|(?<![隔分撤脱远背剥游疏偏])离(?![职退休任婚岗开])|车程|步行)[^,。;!?]{0,10}$/;
const DIMENSION_BEFORE = /(?:宽|高|深|厚|宽度|高度|深度|厚度|直径|半径|海拔|时速|口径)(?:约为|约|为|达)?$/;
const DISTANCE_AFTER = /^(?:范围|以外|之外|外|处|远|半径|内|之内|圈|长的|宽|高|深)/;
const PER_UNIT =
  /每(?:人|户|亩|名|位|家|个|平方米|吨|千瓦时|度|月|天|日|次|件|套|间|只|头|辆|台|条|小时|周|场|期|斤|公斤|千克|克|瓶|盒|袋|箱|份|张|餐|晚|床|株|棵|单|课时)[^,。;!?]{0,6}$/;
const THRESHOLD_BEFORE = /(?:超过?|超出|突破|过|破|逾|高于|低于|不少于|少于|至少|不足|不到|未满|达到)$/;
/** Ratios per person, household or area (每千人口拥有托位4.2个, 每平方公里2300人, 每个村配备3名网格员). */
const PER_CAPITA = /每(?:十万|万|千|百)?(?:人|人口|户|名|常住人口|平方公里|平方千米|平方米|公顷|亩|个|家|所|村|位)[^,。;!?]{0,8}$/;
/** Population ratios reach further: 每千人口拥有3岁以下婴幼儿托位4.5个. */
const PER_POPULATION = /每(?:十万|万|千|百)(?:人|人口|常住人口|名)[^,。;!?]{0,20}$/;
/** Household size in an anecdote (家里5口人), not a population count (1100余口人). */
const FAMILY_BEFORE = /(?:家里|家中|一家|全家)(?:共|有|共有)?$/;
/** Prefix hedges that make a measure a threshold when a noun follows at once (超亿元企业, 过千万元项目). */
const THRESHOLD_HEDGE = new Set(["超", "超过", "逾", "突破", "过", "破", "上"]);
/** Per household/person gains are outcomes the report measures (每户每年可增收1500元), not rates or prices. */
const PER_UNIT_GAIN =
  /每(?:人|户|名|位|家|年|月|亩|个村|村|个|株|头|棵|只)[^,。;!?]{0,5}(?:增收|收入|分红|创收|增加收入|节省|节约|省下|获益|产量|产值|增产|效益)[^,。;!?]{0,3}$/;
const CLAUSE_CHARS = /[,。;!?:\n]/;
/**
 * A rate written after the unit: 元/吨, 3元每斤, 500人每平方公里, 10元每人每天. A 每 that opens the
 * next clause of OCR text without its comma (20余种每年加工胡柚8万吨) is not one.
 */
const RATE_AFTER = /^(?:\/|(?:每[^,。;!?、\s每]{1,5}?)+(?:$|[,。;!?、)\s]|的|左右|以上|以下))/;
/** 路 counts channels of surveillance and signal (接入视频监控4800余路); elsewhere it is a bus route. */
const CHANNEL_CONTEXT = /监控|视频|摄像|探头|画面|信号|通道|直播|回路|光纤/;
/**
 * Hours are reported as a volume (累计培训时长超过1.2万小时, 志愿服务时长累计达3600小时); a duration
 * (24小时在线, 缩短至6小时, 连续工作36小时) is not.
 */
const HOURS_VOLUME = /累计|总计|共计|合计|时长|志愿服务|服务时间|培训|授课|学习/;
const HOURS_DURATION = /缩短|压缩|减少|降至|降低|缩减|提速|延长|以内|之内|连续|全天/;
/** A kind of people a policy names (9类群体, 5类重点人群): a classification, not a count. */
const PEOPLE_CLASSES = /^(?:重点|困难|特殊|弱势|特定|低收入)?(?:群体|人群|人员|对象)/;

type Candidate = Span & {
  value: number;
  approx: boolean;
};

type QuoteIndex = { enclosing: Int32Array; closeOf: Map<number, number> };

/** Paired quotes and book-title marks: numbers inside short quoted slogans and titles are names. */
function indexQuotes(body: string): QuoteIndex | null {
  const n = body.length;
  // one pass collects the quote marks; bodies without any pay nothing more
  const marks: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    // " ' “ ” ‘ ’ 《 》 「 」 and the paragraph break
    if (c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x300a || c === 0x300b || c === 0x300c || c === 0x300d || c === 10) {
      marks.push(i);
    }
  }
  if (marks.length === 0 || marks.every((i) => body.charCodeAt(i) === 10)) return null;
  const enclosing = new Int32Array(n).fill(-1);
  const closeOf = new Map<number, number>();
  const mark = (open: number, close: number) => {
    closeOf.set(open, close);
    enclosing.fill(open, open + 1, close);
  };
  // ASCII quotes open and close with the same character: pair them in turn within a paragraph,
  // double quotes first so that single-quoted slogans inside them overwrite the outer span.
  for (const q of ['"', "'"]) {
    let open = -1;
    for (const i of marks) {
      const ch = body[i];
      if (ch === "\n") {
        if (body[i + 1] === "\n") open = -1;
      } else if (ch === q) {
        if (open < 0) open = i;
        else {
          mark(open, i);
          open = -1;
        }
      }
    }
  }
  const stack: number[] = [];
  for (const [o, c] of PAIRED) {
    stack.length = 0;
    for (const i of marks) {
      if (body[i] === o) stack.push(i);
      else if (body[i] === c && stack.length) mark(stack.pop()!, i);
    }
  }
  return { enclosing, closeOf };
}

const PAIRED: ReadonlyArray<readonly [string, string]> = [
  ["“", "”"],
  ["‘", "’"],
  ["《", "》"],
  ["「", "」"],
];

/** True when `pos` lies in a book title or a short quoted name/slogan ("清廉家风润万家"). */
function inSloganOrTitle(body: string, q: QuoteIndex | null, pos: number): boolean {
  if (!q) return false;
  const open = q.enclosing[pos] ?? -1;
  if (open < 0) return false;
  if (body[open] === "《") return true;
  const close = q.closeOf.get(open) ?? open;
  const inner = body.slice(open + 1, close);
  return inner.length <= 16 && !/[,。;!?]/.test(inner);
}

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
  return c && !c.bare ? { value: c.value, end: pos + m[0].length } : null;
}

function clauseBefore(body: string, pos: number): string {
  const min = Math.max(0, pos - 30);
  let i = pos - 1;
  while (i >= min && !CLAUSE_CHARS.test(body[i]!)) i--;
  return body.slice(i + 1, pos);
}

const ARABIC_TAIL = /^\d+(?:\.\d+)?/;

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

const isCjk = (ch: string) => /[\u3400-\u9fff]/.test(ch);

/** Scans one number token at `i`; returns a metric candidate or null. */
function scanAt(body: string, i: number, tok: string, quotes: QuoteIndex | null): Candidate | null {
  let pos = i + tok.length;
  let value: number;
  let arabic: boolean;
  let bare = false;
  let approx = false;
  let unit: string | undefined;
  let surface = "";
  let unitEnd = 0;
  let multiplied = false;
  let midHedge = false;
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
      if (c.range) approx = true;
      if (prevCh !== "" && "数几好".includes(prevCh)) return null; // 数十家, 几百人: no number to report
    }
    if (prevCh === "第") return null;

    if (body[pos] === "余" || body[pos] === "多") {
      midHedge = true;
      pos++;
    } else if (body[pos] === "来" && !arabic && matchUnit(body, pos + 1, arabic)) {
      midHedge = true; // 三百来人, 十来个: "about"
      pos++;
    } else if (!arabic && body[pos] === "几" && tok.endsWith("十")) {
      midHedge = true; // 十几个 -> 10 approx
      pos++;
    }
    let u = matchUnit(body, pos, arabic);
    if (!u) {
      const mult = arabic || midHedge ? matchMultiplier(body, pos) : null;
      if (mult) {
        value = tidy(value * mult[1]);
        multiplied = true;
        pos += mult[0].length;
        if (!midHedge && (body[pos] === "余" || body[pos] === "多")) {
          midHedge = true;
          pos++;
        }
        u = matchUnit(body, pos, arabic);
      }
    }
    if (!u && !midHedge) {
      // ranges: 2—3个, 20至30家, 2-3万人, 三至五个
      const sep = RANGE_SEP.exec(body.slice(pos, pos + 2));
      if (sep) {
        const far = numberAt(body, pos + sep[0].length, arabic);
        if (far) {
          let p2 = far.end;
          let farValue = far.value;
          if (body[p2] === "余" || body[p2] === "多") p2++;
          let u2 = matchUnit(body, p2, arabic);
          if (!u2) {
            const mult2 = matchMultiplier(body, p2);
            if (mult2) {
              p2 += mult2[0].length;
              farValue *= mult2[1];
              if (!multiplied) value = tidy(value * mult2[1]);
              u2 = matchUnit(body, p2, arabic);
            }
          }
          if (u2 && farValue > value) {
            u = u2;
            approx = true;
          }
        }
      }
    }
    if (!u && !arabic && body.startsWith("分之", pos)) {
      // 三分之一 -> 33.33 %
      const num = numberAt(body, pos + 2, false);
      if (num && num.value > 0 && value > 0 && num.value <= value) {
        value = Math.round((10000 * num.value) / value) / 100;
        unit = "%";
        unitEnd = num.end;
        fraction = true;
      } else return null;
    } else if (!u && arabic && body[pos] === "/") {
      // 2/3以上 -> share; other slashes are dates or rates
      const m = /^\/(\d{1,2})(?=以上|以下|左右|的)/.exec(body.slice(pos, pos + 6));
      const den = m ? Number(m[1]) : 0;
      if (!m || den <= value || den > 10) return null;
      value = Math.round((10000 * value) / den) / 100;
      unit = "%";
      unitEnd = pos + m[0].length;
      fraction = true;
    }
    if (!fraction) {
      if (!u) return null;
      unit = u.def.unit;
      surface = u.def.surface;
      unitEnd = u.end;
    }
  }
  if (unit === undefined) return null;

  // after the unit: a range repeating the unit ("20万元至30万元")
  if (!approx) {
    const sep = RANGE_SEP.exec(body.slice(unitEnd, unitEnd + 2));
    if (sep) {
      const far = numberAt(body, unitEnd + sep[0].length, arabic);
      if (far) {
        let p2 = far.end;
        const mult2 = matchMultiplier(body, p2);
        if (mult2) p2 += mult2[0].length;
        const u2 = matchUnit(body, p2, arabic);
        if (u2 && u2.def.unit === unit) {
          unitEnd = u2.end;
          approx = true;
        }
      }
    }
  }

  let textNoun: string | undefined;
  if (unit === "个") {
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
  let prefixHedged = false;
  let prefixHedge = "";
  for (const ph of PREFIX_HEDGES) {
    if (i < ph.h.length || !body.startsWith(ph.h, i - ph.h.length)) continue;
    if (ph.bareOnly && !bare) continue;
    const before = body[i - ph.h.length - 1];
    if (ph.notAfter && before !== undefined && ph.notAfter.includes(before)) continue;
    start = i - ph.h.length;
    prefixHedged = true;
    prefixHedge = ph.h;
    break;
  }
  const pre = clauseBefore(body, start);
  if (!prefixHedged && LOOSE_HEDGE.test(pre)) prefixHedged = true;
  approx = approx || prefixHedged || midHedge || suffixHedge !== "";

  // ---- what is not a metric ----
  if (value === 0) return null;
  if (bare && !prefixHedged && !midHedge) return null; // 百名干部助百企, 千万工程, 润万家
  const beforeStart = body[start - 1] ?? "";
  if (beforeStart === "第") return null;
  if (!arabic && !multiplied && !fraction && value <= 2 && !approx && !SHARE_UNITS.has(unit)) {
    return null; // 一个, 两家单位, 一批: articles and pronouns, not counts
  }
  if (!multiplied && value <= 10 && !SHARE_UNITS.has(unit) && (arabic ? ABSTRACT_AFTER_ARABIC : ABSTRACT_AFTER).test(afterUnit)) {
    return null; // 三个"一号工程", 四个一批, 五项机制, 1个目标
  }
  if (inSloganOrTitle(body, quotes, i)) return null;
  if (/(?:最后|最先|最初)$/.test(pre)) return null; // 最后一公里
  if (beforeStart !== "" && "+×*".includes(beforeStart)) return null;
  if (/^[+×*]/.test(body.slice(end, end + 1))) return null;
  if (!fraction && RATE_AFTER.test(body.slice(unitEnd, unitEnd + 16))) return null; // 元/吨, 人每平方公里
  // 每户每年可增收1500元, 每亩增收800元左右, 每亩产量达600公斤: averages the report measures
  const perUnitGain = PER_UNIT_GAIN.test(pre);
  if (MONEY_UNITS.has(unit) && PER_UNIT.test(pre) && !perUnitGain) return null; // 每亩补助300元, 每户最高补助5000元
  if ((PER_CAPITA.test(pre) || PER_POPULATION.test(pre)) && !perUnitGain) return null; // 每千人口拥有托位4.2个, 每万人拥有律师3.5名: ratios
  if ((surface === "口" || surface === "口人") && value <= 12 && FAMILY_BEFORE.test(pre)) return null;
  if (THRESHOLD_HEDGE.has(prefixHedge) && !COUNTER_LIKE.has(unit) && !SHARE_UNITS.has(unit) && suffixHedge === "" && THRESHOLD_NOUN.test(body.slice(end, end + 6))) {
    return null; // 产值超亿元企业12家: the amount qualifies the noun
  }
  if (!SHARE_UNITS.has(unit) && body[end] === "的" && (suffixHedge === "以上" || suffixHedge === "以下" || THRESHOLD_BEFORE.test(body.slice(Math.max(0, start - 3), i)))) {
    return null; // 年销售额超亿元的电商专业村: a threshold qualifying a noun
  }
  if (LENGTH_UNITS.has(unit) && (DISTANCE_BEFORE.test(pre) || DIMENSION_BEFORE.test(pre) || DISTANCE_AFTER.test(afterUnit))) return null;
  if ((surface === "名" || surface === "位") && (/(?:前|后)$/.test(pre) || /排名|名列|位列|位居/.test(pre))) {
    return null; // 前10名, 排名全省前3位: ranks
  }
  if (/^(?:以上|以下|以内)$/.test(suffixHedge) && !SHARE_UNITS.has(unit) && THRESHOLD_NOUN.test(body.slice(end, end + 6))) {
    return null;
  }
  if (unit === "度" && !/电/.test(pre)) return null; // 38度 is a temperature, 360度 an idiom
  if (unit === "路" && !CHANNEL_CONTEXT.test(pre)) return null; // 乘坐3路公交
  if (unit === "小时" && (!(multiplied || value >= 100) || !HOURS_VOLUME.test(pre) || HOURS_DURATION.test(pre))) return null;
  if (unit === "类" && PEOPLE_CLASSES.test(afterUnit)) return null; // 聚焦…等9类群体
  if (unit === "只" && arabic === false && value <= 2) return null;
  if (surface === "班" && /(?:年级|级|[高初][一二三]|[(])$/.test(pre)) return null; // 三年级2班, 高一(3)班: a class's name

  return { start, end, unit, value, approx, ...(textNoun ? { textNoun } : {}) };
}

/** Reported quantities of one article body, in text order. */
export function extractMetrics(body: string): ExtractedMetric[] {
  const quotes = indexQuotes(body);
  const cands: Candidate[] = [];
  const re = NUMBER_RE; // module-level and reset: extraction is synchronous, so it is never shared mid-scan
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    const c = scanAt(body, m.index, m[0], quotes);
    if (c) {
      // a prefix hedge can reach back over the previous metric's suffix only in malformed text
      if (cands.length && c.start < cands[cands.length - 1]!.end) continue;
      cands.push(c);
      re.lastIndex = c.end;
    }
  }
  if (cands.length === 0) return [];
  const labels = labelSpans(body, cands);
  const out: ExtractedMetric[] = [];
  const seen = new Map<string, Array<{ noun: string; label: string }>>();
  cands.forEach((c, k) => {
    const { label, noun } = labels[k]!;
    const text = body.slice(c.start, c.end);
    const key = `${text}|${c.value}|${c.unit}`;
    const prior = seen.get(key);
    // shares repeat by coincidence ("同比增长8.9%" for two indicators); counts restate one fact
    const restated = prior?.some((p) => (noun !== "" && p.noun === noun) || p.label === label) ?? false;
    if (restated && !SHARE_UNITS.has(c.unit)) return;
    if (prior) prior.push({ noun, label });
    else seen.set(key, [{ noun, label }]);
    const kind: MetricKind = c.textNoun ? "villages" : classifyKind(c.unit, label);
    const metric: ExtractedMetric = {
      text,
      value: c.value,
      unit: c.unit,
      approx: c.approx,
      label: label || METRIC_KINDS[kind].zh,
      kind,
      start: c.start,
      end: c.end,
    };
    const canon = toCanonical(c.value, c.unit);
    if (canon && canon.unit !== c.unit) metric.normalized = canon;
    out.push(metric);
  });
  return out;
}
