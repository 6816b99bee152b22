import { describe, expect, it } from "vitest";
import { emptyScore, f1, metricKey, precision, recall, sameMetric, scoreItem } from "./labelled-score";
import type { LabelledItem, LabelledMetric } from "./labelled-set";

const gold = (over: Partial<LabelledMetric>): LabelledMetric => ({
  text: "3个", value: 3, unit: "个", approx: false, label: "", borderline: false, note: "", start: 0, end: 2, segment: 0, ...over,
});
const item = (metrics: LabelledMetric[], text = "建成3个站点,投入约2100万元,接待游客5万人次。"): LabelledItem => ({
  id: "x1", type: "article", text, segments: [{ start: 0, end: text.length, place: { county: null, inZhejiang: true } }], metrics, metricsLabelled: true,
});

describe("sameMetric (the shared scorer's rule)", () => {
  it("reads 名/位 as 人 and 千米 as 公里, converts 亩 and 公顷, and allows 0.1%", () => {
    expect(sameMetric({ value: 30, unit: "人" }, { value: 30, unit: "名" })).toBe(true);
    expect(sameMetric({ value: 2, unit: "公顷" }, { value: 30, unit: "亩" })).toBe(true);
    expect(sameMetric({ value: 33.33, unit: "%" }, { value: 33.3333, unit: "%" })).toBe(true);
    expect(sameMetric({ value: 33, unit: "%" }, { value: 33.3333, unit: "%" })).toBe(false);
    expect(sameMetric({ value: 8, unit: "元" }, { value: 8, unit: "元/公斤" })).toBe(false);
  });
});

describe("scoreItem", () => {
  it("counts core hits and misses, lets borderline labels absorb extractions, and flags the rest", () => {
    const s = scoreItem(
      item([gold({}), gold({ text: "约2100万元", value: 21e6, unit: "元", approx: true, borderline: true, start: 8, end: 15 }), gold({ text: "5万人次", value: 5e4, unit: "人次", start: 20, end: 25 })]),
      [
        { value: 3, unit: "个", approx: false, kind: "facilities" },
        { value: 21e6, unit: "元", approx: true, kind: "money" },
        { value: 9, unit: "个", kind: "count", text: "9个" },
      ],
      emptyScore(),
    );
    expect([s.tp, s.fp, s.fn, s.borderlineHits]).toEqual([1, 1, 1, 1]);
    expect(s.falsePositives.map((f) => f.text)).toEqual(["9个"]);
    expect(s.misses.map((m) => m.text)).toEqual(["5万人次"]);
    expect(precision(s)).toBe(0.5);
    expect(recall(s)).toBe(0.5);
    expect(f1(s)).toBe(0.5);
    expect(s.byKind.facilities).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("scores kind and indicator against hand labels keyed by item and code-point offsets", () => {
    const it1 = item([gold({})]);
    const tags = new Map([[metricKey(it1, it1.metrics[0]!), { kind: "facilities", indicator: "facilities" }]]);
    const s = scoreItem(it1, [{ value: 3, unit: "个", kind: "count", indicator: "facilities" }], emptyScore(), tags);
    expect(s.kinds).toEqual({ ok: 0, total: 1 });
    expect(s.indicators).toEqual({ ok: 1, total: 1 });
    expect(s.wrongKinds[0]).toMatchObject({ got: "count", want: "facilities" });
  });

  it("keys metrics by code points even after characters outside the BMP", () => {
    const text = "𠀀建成3个站点";
    const it2 = item([gold({ start: 4, end: 6 })], text);
    expect(metricKey(it2, it2.metrics[0]!)).toBe("x1:3-5");
  });
});
