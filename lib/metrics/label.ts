/**
 * Short labels for numbers: what is being counted, cut from the clause around the number.
 *
 *   累计培训全区科级以上干部3100余人次   -> 培训科级以上干部      (text before the number)
 *   选派379名干部结对665家企业          -> 选派干部结对企业 / 结对企业 (verb + counted noun + rest)
 *   为全区376家易制毒化学品企业提供…    -> 易制毒化学品企业        (the counted noun)
 *   城镇、村覆盖率分别达90%和60%        -> 城镇覆盖率 / 村覆盖率   (分别 distributes the items)
 */
import {
  ATTRIBUTE_END,
  INNER_FILLER,
  LEAD_FILLER,
  MEASURE_SUFFIX,
  SUBJECT_END,
  TRAIL_FILLER,
  WEAK_LEAD,
  isAllVerbs,
  verbAt,
  verbAtEnd,
} from "./lexicon";

/** Where a number sits in the body; offsets as in ExtractedMetric. */
export type Span = {
  start: number; // first char of the metric text (a prefix hedge included)
  end: number; // after the metric text (a suffix hedge included)
  /** A counted noun that is part of the metric text ("9个村" -> 村). */
  textNoun?: string;
  unit: string;
};

export type Labelled = { label: string; noun: string };

const MAX_LABEL = 14;
const MEASURE_UNITS = new Set([
  "元", "美元", "欧元", "港元", "亩", "公顷", "平方米", "平方公里", "平方千米", "立方米", "升", "公里", "千米", "米",
  "吨", "公斤", "斤", "千瓦时", "千瓦", "兆瓦", "度", "%", "‰", "百分点", "成",
]);
const CLAUSE_BOUND = new Set([",", "。", ";", "!", "?", ":", "\n", "…", "、"]);
const SENTENCE_BOUND = new Set([",", "。", ";", "!", "?", ":", "\n", "…"]);
const QUOTES = /["'“”‘’《》「」〈〉\s]/g;
const NOT_LABEL = /[\s\p{P}\p{S}]/gu;
/** Function words that end a counted noun ("干部到…", "群众的…"). */
const NOUN_STOP = new Set([..."到在和与及对向把被将从于都已均也就的了等并且后时"]);
/** Nouns that may follow a verb and make it a modifier (帮扶对象, 服务企业, 工作人员). */
const AFTER_VERB_NOUN = /^(?:对象|人员|者|员|中心|站|点|项目|企业|资金|基地|平台|群众|干部|团队|队伍|组织|机构|活动|场所|设施|专员|志愿者)/;
/** Words that must not lose their first character to LEAD_FILLER (共富 is not 共 + 富). */
const NO_SPLIT =
  /^(?:可再生|可持续|可视|将军|在建|在营|在册|在校|在岗|在职|在线|在库|共享|共建|共富|共同|共治|共商|共青|对口|对外|为民|为企(?!业)|由此|从业|均衡|都市|也是|还原|就业|就医|就学|并网|并购|给予|向上|全面|全员|全程|全域|全体|全国|全省级|通过率|依托于)/;
const SCOPE_ANYWHERE = /全区|全市|全县|全镇|全乡|全省|全街道/g;
const ADVERB_TAIL = /(?:共|已|还|累计|先后|再次|又|也|均|都|积极|主动|持续|不断|全面|深入|大力|着力|扎实|切实|有效|共同|联合|首次|成功|顺利|直接|则|而|今年以来|今年|去年|目前|近年来)+$/;
const LEAD_NUMERAL = /^[一两二三四五六七八九十几]+[个项条种家座批所]/;
/** Verbs whose object is money when nothing else is said (投入 -> 投入资金; 出口 stays 出口). */
const FUNDING_VERB = /(?:投入|投资|争取|拨付|筹集|募集|兑现|发放|落实|安排|下达|补助|补贴|奖励|捐赠|捐款|追缴|挽回|减免|节约|节省)$/;
/** Words after an amount that are not what it counts (突破千亿元大关, 迈上百亿元台阶). */
const NOT_COUNTED = /^(?:大关|关口|台阶|水平|规模|量级|级别|以上|左右|中|里|内|当中|之中)$/;

function stripParens(s: string): string {
  let out = s.replace(/\([^()]*\)/g, "");
  const close = out.lastIndexOf(")");
  if (close >= 0) out = out.slice(close + 1);
  const open = out.lastIndexOf("(");
  if (open >= 0) out = out.slice(open + 1);
  return out;
}

/** Drops leading time/scope/filler words, keeping words like 共富 or 对接 whole. */
function stripLead(s: string): string {
  for (let guard = 0; guard < 12; guard++) {
    if (NO_SPLIT.test(s)) return s;
    const m = LEAD_FILLER.exec(s);
    if (!m || m[0].length === 0) return s;
    const v = verbAt(s, 0);
    if (v.length > m[0].length) return s; // 对接, 为民服务: the verb is longer than the filler
    s = s.slice(m[0].length);
  }
  return s;
}

/** Text before "等" that closes a list ("A、B、C等32个项目"); ignores 平等, 等级 and the like. */
function afterListMarker(s: string): { rest: string; isList: boolean } {
  for (let i = s.length - 1; i >= 1; i--) {
    if (s[i] !== "等") continue;
    const before = s[i - 1]!;
    const after = s[i + 1] ?? "";
    if ("平同高中初上对均".includes(before) || (after !== "" && "级待于候同".includes(after))) continue;
    return { rest: s.slice(i + 1), isList: true };
  }
  return { rest: s, isList: false };
}

/** Cuts a subject off the front ("杭州高新区抽调" -> 抽调, "我镇已开展…" -> 开展…). */
/** Words ending like a subject (…区) that open a compound noun instead. */
const NOT_SUBJECT = /(?:^|[^\u4e00-\u9fff]|实现|完成)地区$|^地区$/;

function cutSubject(s: string): string {
  for (let p = 1; p < s.length - 1; p++) {
    const v = verbAt(s, p);
    if (v.length < 2) continue;
    const before = s.slice(0, p).replace(ADVERB_TAIL, "");
    // 地区生产总值 (GDP) is one term, not the subject 地区 + the verb 生产
    if (NOT_SUBJECT.test(before)) continue;
    const subject = before.length === 0 || SUBJECT_END.test(before);
    // a "verb" closing the text is a noun (党组织, 公共服务) unless a subject clearly precedes it
    if (p + v.length === s.length && !subject) continue;
    if (subject || (before.length > 8 && !verbAt(s, 0))) return s.slice(p);
    return s;
  }
  return s;
}

function cleanPre(raw: string): { text: string; isList: boolean } {
  let s = stripParens(raw).replace(QUOTES, "");
  const list = afterListMarker(s);
  // "伴手礼、文创产品等12类": nothing after 等, so the listed items are what is counted
  s = list.isList && list.rest.length === 0 ? s.slice(0, s.lastIndexOf("等")) : list.rest;
  s = stripLead(s);
  s = s.replace(INNER_FILLER, "");
  s = s.replace(TRAIL_FILLER, "");
  // a cut may expose a verb that is itself part of the subject (侨乡|进口商品城|接待…): cut again
  for (let i = 0; i < 3; i++) {
    const cut = cutSubject(s);
    if (cut === s) break;
    s = cut;
  }
  s = stripLead(s);
  s = s.replace(SCOPE_ANYWHERE, "");
  s = s.replace(TRAIL_FILLER, "");
  return { text: s, isList: list.isList };
}

/** The counted noun right after a metric: 干部 in "261名干部到…", 廉味阵地 in `10余个"廉味阵地"`. */
function readNoun(body: string, pos: number, limit: number): { noun: string; end: number } {
  const first = body[pos] ?? "";
  // 每年/每亩 right after a unit opens the next clause of OCR text that lost its comma
  if (first === "每") return { noun: "", end: pos };
  if (first === '"' || first === "'" || first === "“" || first === "‘") {
    const closeCh = first === "“" ? "”" : first === "‘" ? "’" : first;
    const close = body.indexOf(closeCh, pos + 1);
    if (close > pos + 1 && close - pos <= 13 && close < limit + 2) {
      const inner = body.slice(pos + 1, close);
      if (!/[,。;!?]/.test(inner)) return { noun: inner, end: close + 1 };
    }
    return { noun: "", end: pos };
  }
  let i = pos;
  const max = Math.min(limit, pos + 10);
  while (i < max) {
    const ch = body[i]!;
    if (CLAUSE_BOUND.has(ch) || /[\s\d("'“”‘’《》()]/.test(ch)) break;
    if (i > pos && NOUN_STOP.has(ch)) break;
    if (i === pos && ch === "的") break;
    const v = verbAt(body, i);
    if (v.length >= 2) {
      const rest = body.slice(i + v.length, i + v.length + 4);
      if (!AFTER_VERB_NOUN.test(rest)) break;
      i += v.length;
      continue;
    }
    i++;
  }
  return { noun: body.slice(pos, i), end: i };
}

/** Rest of the clause after a noun, with other metrics' numbers left out ("结对665家企业" -> 结对企业). */
function continuation(body: string, pos: number, clauseEnd: number, spans: readonly Span[], from: number): string {
  let out = "";
  let i = pos;
  let k = from;
  while (i < clauseEnd && out.length < 12) {
    while (k < spans.length && spans[k]!.end <= i) k++;
    const sp = spans[k];
    if (sp && sp.start <= i) {
      i = sp.end;
      continue;
    }
    const ch = body[i]!;
    if (ch === "的") break;
    out += ch;
    i++;
  }
  return stripParens(out).replace(QUOTES, "").replace(INNER_FILLER, "").replace(TRAIL_FILLER, "");
}

function clauseStart(body: string, pos: number, bounds: Set<string>, floor: number): number {
  const min = Math.max(floor, pos - 40);
  for (let i = pos - 1; i >= min; i--) if (bounds.has(body[i]!)) return i + 1;
  return min;
}

function clauseEnd(body: string, pos: number, bounds: Set<string>): number {
  const max = Math.min(body.length, pos + 40);
  for (let i = pos; i < max; i++) if (bounds.has(body[i]!)) return i;
  return max;
}

function finish(label: string, fromTail: boolean): string {
  let s = label.replace(NOT_LABEL, "");
  if (s.length > MAX_LABEL) s = fromTail ? s.slice(s.length - MAX_LABEL) : s.slice(0, MAX_LABEL);
  return s;
}

function labelOne(body: string, spans: readonly Span[], k: number, prevNoun: string): Labelled {
  const sp = spans[k]!;
  const prev = k > 0 ? spans[k - 1]! : undefined;
  const cs = clauseStart(body, sp.start, CLAUSE_BOUND, 0);
  const afterPrev = prev !== undefined && prev.end > cs;
  const preStart = afterPrev ? prev!.end : cs;
  const rawPre = body.slice(preStart, sp.start).replace(/\s/g, "");
  const next = spans[k + 1];
  const ce = clauseEnd(body, sp.end, CLAUSE_BOUND);
  const limit = next && next.start < ce ? next.start : ce;

  let noun = sp.textNoun ?? "";
  let nounEnd = sp.end;
  if (!noun) {
    const r = readNoun(body, sp.end, limit);
    // measures (元, 亩, %) rarely count a noun: what follows is a purpose ("1000万元负责施工…"),
    // unless it is a short noun closing the clause ("投入3000万元资金,")
    const counter = !MEASURE_UNITS.has(sp.unit);
    if (NOT_COUNTED.test(r.noun)) {
      // keep the label from the text before the amount
    } else if (counter || (r.noun.length <= 4 && (r.end >= limit || CLAUSE_BOUND.has(body[r.end] ?? "")))) {
      noun = r.noun;
      nounEnd = r.end;
    }
  }

  let preRaw = rawPre;
  if (noun && afterPrev && prevNoun && preRaw.startsWith(prevNoun)) preRaw = preRaw.slice(prevNoun.length);
  const { text: pre, isList } = cleanPre(preRaw);

  if (noun) {
    const sentenceEnd = clauseEnd(body, nounEnd, CLAUSE_BOUND);
    const preIsVerb = pre.length > 0 && verbAtEnd(pre).length > 0 && !isList;
    if (preIsVerb || rawPre.length === 0) {
      const cont = continuation(body, nounEnd, sentenceEnd, spans, k + 1);
      let label = pre + noun + cont;
      if (label.replace(NOT_LABEL, "").length > MAX_LABEL) label = pre + noun;
      return { label: finish(label, false), noun };
    }
    return { label: finish(noun, false), noun };
  }

  let label = pre;
  // "容量880万立方米左右的前丁水库" -> 前丁水库容量
  if (body[sp.end] === "的") {
    const attr = pre.replace(LEAD_NUMERAL, "").replace(WEAK_LEAD, "").replace(LEAD_NUMERAL, "");
    if (ATTRIBUTE_END.test(attr)) {
      const owner = readNoun(body, sp.end + 1, clauseEnd(body, sp.end, CLAUSE_BOUND)).noun;
      label = owner ? owner + attr : attr;
      return { label: finish(label, true), noun: "" };
    }
  }
  const weak = WEAK_LEAD.exec(label);
  if (weak && label.length - weak[0].length >= 2 && !NO_SPLIT.test(label) && verbAt(label, 0).length <= weak[0].length) {
    label = label.slice(weak[0].length);
  }
  label = label.replace(LEAD_NUMERAL, "");
  if (label.length === 0) {
    // nothing before the number: the verb after it says what it counts ("约3000人参加")
    label = continuation(body, sp.end, ce, spans, k + 1);
  }
  if (isAllVerbs(label)) {
    // a bare verb says what was done, not to what: 投入 -> 投入资金, 走访服务 -> 走访服务企业
    if ((sp.unit === "元" || sp.unit === "美元") && FUNDING_VERB.test(label)) label += "资金";
    else if (sp.unit === "家" || sp.unit === "家次") label += "企业";
  }
  return { label: finish(label, true), noun: "" };
}

/**
 * "A、B覆盖率分别达90%和60%": gives each metric after 分别 its own item, sharing the measure
 * suffix (覆盖率) and a leading qualifier (景区) between parallel items.
 */
function distribute(body: string, spans: readonly Span[], labels: Labelled[]): void {
  let from = 0;
  for (;;) {
    const f = body.indexOf("分别", from);
    if (f < 0) return;
    from = f + 2;
    const cs = clauseStart(body, f, SENTENCE_BOUND, 0);
    const ce = clauseEnd(body, f, new Set([";", "。", "!", "?", "\n"]));
    const group: number[] = [];
    for (let k = 0; k < spans.length; k++) {
      const s = spans[k]!;
      if (s.start > f && s.start < ce) group.push(k);
    }
    if (group.length === 0) continue;
    const subj = stripLead(stripParens(body.slice(cs, f)).replace(QUOTES, ""));
    const items = subj.split(/、|以及|和|与|及/).filter((x) => x.length > 0);
    const firstStart = spans[group[0]!]!.start;
    let verb = body.slice(f + 2, firstStart).replace(QUOTES, "");
    if (/^(?:达到?|为|是|占|有|约|获|计|在|至|超过?)?$/.test(verb)) verb = "";
    if (items.length === group.length && group.length >= 2) {
      const last = items[items.length - 1]!;
      const m = MEASURE_SUFFIX.exec(last);
      const suffix = m && m[0].length < last.length ? m[0] : "";
      const lastCore = suffix ? last.slice(0, last.length - suffix.length) : last;
      const first = items[0]!;
      const prefix = first.length - lastCore.length >= 2 ? first.slice(0, first.length - Math.max(lastCore.length, 2)) : "";
      group.forEach((k, idx) => {
        let item = items[idx]!;
        if (idx > 0 && prefix && !item.startsWith(prefix)) item = prefix + item;
        if (suffix && !item.endsWith(suffix)) item += suffix;
        labels[k] = { label: finish(item + verb, true), noun: labels[k]!.noun };
      });
    } else if (items.length === 1 && items[0]!.length >= 2) {
      const base = cleanPre(items[0]!).text;
      if (base.length >= 2) for (const k of group) labels[k] = { label: finish(base + verb, true), noun: labels[k]!.noun };
    } else if (items.length === 0 && group.length >= 2 && group[0]! >= group.length) {
      // "村集体收入86万元,人均收入4.3万元,分别比上年增长12.4%和9.8%": the items are the metrics just before
      const firstOfPrev = group[0]! - group.length;
      if (body.slice(spans[firstOfPrev]!.end, firstStart).search(/[。;!?\n]/) >= 0) continue;
      const change = verb;
      group.forEach((k, idx) => {
        const core = subjectOf(labels[firstOfPrev + idx]!.label);
        if (core) labels[k] = { label: finish(core + change, true), noun: labels[k]!.noun };
      });
    }
  }
}

/** A label that only says how something changed (同比增长, 比上年增加). */
const CHANGE_ONLY = /^(?:同比|环比|比上年|比去年|较上年|较去年|年均)?(?:增长|下降|提高|减少|增加|增幅|增速|上升|降低)$/;
/** A label that only names a measure (产量, 产值, 占比): it belongs to the topic of the clause before. */
const MEASURE_ONLY = /^(?:年?产量|年?产值|占比|比重|总投资|总面积|规模|销售额|营收|营业收入|税收|利润)$/;
/** Measures at the end of the label before, whose front is the shared topic (高山蔬菜种植面积 -> 高山蔬菜). */
const TOPIC_MEASURE = /(?:种植面积|养殖面积|面积|产量|产值|规模|总量|销售额)$/;

/** What a label is about, without a leading verb (实现地区生产总值 -> 地区生产总值). */
function subjectOf(label: string): string {
  return label
    .replace(/^(?:实现|完成|达到|累计|新增|全年)(?=[\u4e00-\u9fff]{2})/, "")
    .replace(/(?:完成|实现|达到|达)$/, "")
    .replace(/(?:同比|环比|比上年|比去年)?(?:增长|下降|提高|减少|增加)$/, "");
}

/**
 * A clause that only says "同比增长8.3%" or "产值2.3亿元" continues the clause before it in the same
 * sentence: "实现地区生产总值412.6亿元,同比增长7.1%" -> 地区生产总值增长; "高山蔬菜种植面积1.8万亩,
 * 产量约4.5万吨" -> 高山蔬菜产量.
 */
function inheritSubjects(body: string, spans: readonly Span[], labels: Labelled[]): void {
  for (let k = 1; k < spans.length; k++) {
    const cur = labels[k]!;
    const prev = labels[k - 1]!;
    const between = body.slice(spans[k - 1]!.end, spans[k]!.start);
    if (/[。;!?\n]/.test(between) || !between.includes(",")) continue;
    if (CHANGE_ONLY.test(cur.label)) {
      const core = subjectOf(prev.label);
      if (core.length >= 2 && !CHANGE_ONLY.test(core)) labels[k] = { label: finish(core + cur.label, true), noun: cur.noun };
    } else if (MEASURE_ONLY.test(cur.label)) {
      const m = TOPIC_MEASURE.exec(prev.label);
      const topic = m ? subjectOf(prev.label.slice(0, m.index)) : "";
      if (topic.length >= 2) labels[k] = { label: finish(topic + cur.label, true), noun: cur.noun };
    }
  }
}

/**
 * Labels for all metrics of one body, in span order. Each label comes from its own clause; a list
 * joined by 、 inherits the opening verb ("新增省级示范村3个、市级示范村5个" -> 新增市级示范村).
 */
export function labelSpans(body: string, spans: readonly Span[]): Labelled[] {
  const out: Labelled[] = [];
  for (let k = 0; k < spans.length; k++) {
    out.push(labelOne(body, spans, k, k > 0 ? out[k - 1]!.noun : ""));
  }
  for (let k = 1; k < spans.length; k++) {
    const sp = spans[k]!;
    const prev = spans[k - 1]!;
    const between = body.slice(prev.end, sp.start);
    const sep = between.indexOf("、");
    if (sep < 0 || /[,。;!?]/.test(between)) continue;
    const prevLabel = out[k - 1]!.label;
    const v = verbAt(prevLabel, 0);
    const cur = out[k]!;
    if (v.length >= 2 && !WEAK_LEAD.test(v) && !verbAt(cur.label, 0) && !cur.label.startsWith(v)) {
      out[k] = { label: finish(v + cur.label, false), noun: cur.noun };
    }
  }
  if (body.includes("分别")) distribute(body, spans, out);
  inheritSubjects(body, spans, out);
  return out;
}
