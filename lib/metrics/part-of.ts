/**
 * Figures that are part of another figure of the same article, so that no total adds a part to its
 * whole (issue 13). Each part gets `partOf`, the index of its whole in the article's metrics:
 * - items after 其中, 包括 or (含 under the total before them: "全区共有企业500家,其中规上企业120家";
 * - items after 分别 under a total of the same sentence: "新增岗位1200个,分别为…500个和…700个";
 * - spending under a budget or total investment named earlier: "工程预算在3500万元左右 … 投入约2100万元
 *   … 再次投入1000万元左右" (the spending is counted in the budget, not beside it).
 * Only like with like: the same unit, never shares or rates, and a part never exceeds its whole.
 */

type Metric = { value: number; unit: string; kind: string; label: string; start: number; end: number; partOf: number | null };

const SENTENCE_END = /[。;!?\n]/;
const WHOLE_MARKER = /其中|包括|[(（]含/g;
const EACH_MARKER = /分别/g;
/** A budget or a total that later spending is counted in. */
const BUDGET = /预算|概算|估算|总投资|总投入|计划投资|计划投入|总预算|总额/;
/** Spending that a budget covers. */
const SPENDING = /投入|投资|用于|花费|支出|拨付|到位|完成|落实|使用/;
/** Slack for rounding: parts written 约/左右 may add up to a little over their whole. */
const SLACK = 1.05;

const addable = (m: Metric) => m.kind !== "share" && m.kind !== "rate";

function sentenceEnd(body: string, pos: number): number {
  for (let i = pos; i < body.length; i++) if (SENTENCE_END.test(body[i]!)) return i;
  return body.length;
}

function sentenceStart(body: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if (SENTENCE_END.test(body[i]!)) return i + 1;
  return 0;
}

/** Text before `pos` back to the clause start, to read what a metric is (its label may be cut short). */
function clauseBefore(body: string, pos: number): string {
  let i = pos;
  while (i > 0 && pos - i < 30 && !/[,。;!?\n]/.test(body[i - 1]!)) i--;
  return body.slice(i, pos);
}

/** Marks parts under a total (其中/包括 and 分别 lists) and spending under a budget, in place. */
export function findPartOf(body: string, metrics: Metric[]): void {
  if (metrics.length < 2) return;
  const indexOf = new Map(metrics.map((m, i) => [m, i]));
  const link = (part: Metric, whole: Metric) => {
    if (part === whole || part.partOf !== null) return;
    part.partOf = indexOf.get(whole)!;
  };

  // 其中 / 包括 / (含: the items of the rest of the sentence are parts of the nearest total before the marker
  for (const m of body.matchAll(WHOLE_MARKER)) {
    const at = m.index;
    const end = sentenceEnd(body, at);
    const items = metrics.filter((x) => x.start > at && x.start < end && addable(x));
    if (items.length === 0) continue;
    // the whole: the nearest metric before the marker in the same paragraph, of the same unit
    const paraStart = body.lastIndexOf("\n", at) + 1;
    const before = metrics.filter((x) => x.end <= at && x.start >= paraStart && addable(x));
    for (const item of items) {
      const whole = [...before].reverse().find((w) => w.unit === item.unit);
      if (whole && item.value <= whole.value) link(item, whole);
    }
  }

  // 分别: a total of the same sentence before the list, which the listed values add up to at most
  for (const m of body.matchAll(EACH_MARKER)) {
    const at = m.index;
    const end = sentenceEnd(body, at);
    const start = sentenceStart(body, at);
    const items = metrics.filter((x) => x.start > at && x.start < end && addable(x) && x.partOf === null);
    if (items.length < 2) continue;
    const unit = items[0]!.unit;
    if (!items.every((x) => x.unit === unit)) continue;
    const whole = [...metrics].reverse().find((w) => w.end <= at && w.start >= start && w.unit === unit && addable(w));
    const sum = items.reduce((s, x) => s + x.value, 0);
    if (whole && sum <= whole.value * SLACK) for (const item of items) link(item, whole);
  }

  // a budget, then spending counted in it: the spending are parts while they add up to no more than the budget
  for (let k = 0; k < metrics.length; k++) {
    const budget = metrics[k]!;
    if (budget.kind !== "money" || budget.partOf !== null) continue;
    if (!BUDGET.test(budget.label) && !BUDGET.test(clauseBefore(body, budget.start))) continue;
    let spent = 0;
    for (let j = k + 1; j < metrics.length; j++) {
      const s = metrics[j]!;
      if (s.kind !== "money" || s.unit !== budget.unit) continue;
      const what = `${s.label}${clauseBefore(body, s.start)}`;
      if (BUDGET.test(what)) break; // another budget starts
      if (!SPENDING.test(what) || s.partOf !== null) continue;
      if (spent + s.value > budget.value * SLACK) break;
      spent += s.value;
      link(s, budget);
    }
  }
}
