/**
 * Every reported quantity in an article body: "3100余人次", "约2100万元", "880万立方米左右",
 * "60%以上", "1.3万名", "近万人", "2—3个", "百分之九十", "三分之一", "近八成", "每公斤8元".
 *
 * The steps, each in its own module:
 * 1. scan.ts reads each number with its hedges and unit (conventions there), asks not-metric.ts
 *    whether it is a reported quantity, and rates.ts whether it is per unit;
 * 2. label.ts cuts a short label of what is counted from the clause;
 * 3. here: a quantity restated with the same text and counted noun is reported once (its first
 *    occurrence), and a round milestone restated by the exact figure (全年产值突破百亿元,达到103.5亿元)
 *    gives way to it, so sums over an article do not double-count; an elliptical clause or a list
 *    item after a rate continues it (亩产约650公斤,最高可达820公斤; 亩产稻谷500公斤、田鱼40公斤);
 * 4. kinds.ts gives each a kind for comparison, indicators.ts an indicator from the controlled
 *    vocabulary with a confidence, and part-of.ts the index of the figure it is part of.
 */
import { assignIndicators, type ArticleContext } from "./assign-indicator";
import { METRIC_KINDS, classifyKind, toCanonical, type MetricKind } from "./kinds";
import { labelSpans } from "./label";
import { SHARE_UNITS } from "./not-metric";
import { findPartOf } from "./part-of";
import { indexQuotes } from "./quotes";
import { NUMBER_RE, clauseBefore, scanAt, type Candidate } from "./scan";

export type ExtractedMetric = {
  text: string;
  value: number;
  /** Upper bound of a range (七八百人, 30~40万元); absent for a single value. */
  valueMax?: number;
  unit: string;
  approx: boolean;
  label: string;
  kind: MetricKind;
  start: number;
  end: number;
  normalized?: { value: number; unit: string };
  /** Id of the indicator in lib/metrics/indicators.json ("other" when none fits). */
  indicator: string;
  /** 0..1: how sure the assignment is. */
  indicatorConfidence: number;
  /** Index in the same article's metrics of the figure this one is part of (其中, 分别, a budget's spending), else null. */
  partOf: number | null;
};

const SENTENCE_END = /[。;!?\n]/;
/** What may stand before a figure that continues the previous one's subject: 最高可达, 今年竟突破, 平均亩产量也超过了. */
const ELLIPTIC_PRE =
  /^(?:今年|去年|以前|目前|现在|如今|最高|最低|最多|最少|平均|一般|其中|高的|低的|好的|竟|也|都|还|则|可|能|已|将|达到?|为|在|超过了?|突破|高达|仅|低至|约|了|(?:增加|提高|增长|上升|跃升|下降|降低|减少)(?:到|至)|到|至)*$/;
const base = (unit: string) => unit.split("/")[0]!;

/** Drops candidates that restate a neighbour, and lets elliptical clauses continue a rate. */
function settle(body: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    const prev = out[out.length - 1];
    // an elliptical clause after a rate of the same unit in the same paragraph is that rate too
    if (c.per === undefined && prev?.per !== undefined && base(prev.unit) === c.unit) {
      const between = body.slice(prev.end, c.start);
      // …or the next item of a list of them: 亩产稻谷约500公斤、田鱼约40公斤
      const listItem = /^、[^\d,。;!?、]{1,6}$/.test(between);
      if (!between.includes("\n") && between.length <= 40 && (listItem || ELLIPTIC_PRE.test(clauseBefore(body, c.start)))) {
        c.per = prev.per;
        c.unit = prev.unit;
      }
    }
    // a round milestone the same sentence then states exactly: 全年产值突破百亿元,达到103.5亿元
    const next = cands[k + 1];
    if (
      next &&
      c.approx &&
      next.unit === c.unit &&
      !next.approx &&
      next.value >= c.value &&
      next.value < c.value * 10 &&
      !SENTENCE_END.test(body.slice(c.end, next.start)) &&
      next.start - c.end <= 12 &&
      /^(?:超过?|突破|破|逾|过|上)/.test(body.slice(c.start, c.end)) &&
      Number(c.value.toPrecision(1)) === c.value
    ) {
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Reported quantities of one article body, in text order; `context.title` helps tell the article's theme. */
export function extractMetrics(body: string, context: ArticleContext = {}): ExtractedMetric[] {
  const quotes = indexQuotes(body);
  const raw: Candidate[] = [];
  const re = NUMBER_RE; // module-level and reset: extraction is synchronous, so it is never shared mid-scan
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    const c = scanAt(body, m.index, m[0], quotes);
    if (c) {
      // a prefix hedge can reach back over the previous metric's suffix only in malformed text
      if (raw.length && c.start < raw[raw.length - 1]!.end) continue;
      raw.push(c);
      re.lastIndex = c.end;
    }
  }
  if (raw.length === 0) return [];
  const cands = settle(body, raw);
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
    const kind: MetricKind =
      c.per !== undefined && !SHARE_UNITS.has(c.unit) ? "rate" : c.textNoun || c.surface === "村" ? "villages" : classifyKind(c.unit, label);
    const metric: ExtractedMetric = {
      text,
      value: c.value,
      ...(c.valueMax !== undefined ? { valueMax: c.valueMax } : {}),
      unit: c.unit,
      approx: c.approx,
      label: label || METRIC_KINDS[kind].zh,
      kind,
      start: c.start,
      end: c.end,
      indicator: "other",
      indicatorConfidence: 0,
      partOf: null,
    };
    const canon = toCanonical(c.value, c.unit);
    if (canon && canon.unit !== c.unit) metric.normalized = canon;
    out.push(metric);
  });
  assignIndicators(body, out, context);
  findPartOf(body, out);
  return out;
}
