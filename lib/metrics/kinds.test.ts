import { describe, expect, it } from "vitest";
import { METRIC_KINDS, classifyKind, toCanonical, type MetricKind } from "./kinds";

describe("METRIC_KINDS", () => {
  it("describes every kind, with shares and rates not summable", () => {
    for (const [k, info] of Object.entries(METRIC_KINDS)) {
      expect(info.kind).toBe(k);
      expect(info.zh.length).toBeGreaterThan(0);
      // a rate's unit varies with what it is per (元/公斤, 公斤/亩): it has no canonical unit
      if (k !== "rate") expect(info.canonicalUnit.length).toBeGreaterThan(0);
    }
    expect(METRIC_KINDS.share.summable).toBe(false);
    expect(METRIC_KINDS.rate.summable).toBe(false);
    expect(METRIC_KINDS.money.summable).toBe(true);
    expect(Object.keys(METRIC_KINDS).length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(METRIC_KINDS).length).toBeLessThanOrEqual(21);
  });
});

describe("toCanonical", () => {
  it("converts area to 公顷", () => {
    expect(toCanonical(15, "亩")).toEqual({ value: 1, unit: "公顷" });
    expect(toCanonical(1400, "亩")!.value).toBeCloseTo(93.3333, 3);
    expect(toCanonical(2, "平方公里")).toEqual({ value: 200, unit: "公顷" });
    expect(toCanonical(32000, "平方米")).toEqual({ value: 3.2, unit: "公顷" });
    expect(toCanonical(123.92, "公顷")).toEqual({ value: 123.92, unit: "公顷" });
  });
  it("converts people, money, length, weight, energy and shares", () => {
    expect(toCanonical(261, "名")).toEqual({ value: 261, unit: "人" });
    expect(toCanonical(3, "位")).toEqual({ value: 3, unit: "人" });
    expect(toCanonical(2100, "万元")).toEqual({ value: 21000000, unit: "元" });
    expect(toCanonical(1.2, "亿元")).toEqual({ value: 120000000, unit: "元" });
    expect(toCanonical(12, "千米")).toEqual({ value: 12, unit: "公里" });
    expect(toCanonical(500, "米")).toEqual({ value: 0.5, unit: "公里" });
    expect(toCanonical(2000, "公斤")).toEqual({ value: 2, unit: "吨" });
    expect(toCanonical(650000, "度")).toEqual({ value: 650000, unit: "千瓦时" });
    expect(toCanonical(7, "成")).toEqual({ value: 70, unit: "%" });
    expect(toCanonical(880, "万立方米")).toEqual({ value: 8800000, unit: "立方米" });
  });
  it("keeps counters as they are and rejects unknown units", () => {
    expect(toCanonical(3100, "人次")).toEqual({ value: 3100, unit: "人次" });
    expect(toCanonical(9, "个")).toEqual({ value: 9, unit: "个" });
    expect(toCanonical(3, "光年")).toBeNull();
  });
});

describe("classifyKind", () => {
  const cases: Array<[string, string, MetricKind]> = [
    ["人次", "培训科级以上干部", "people_times"],
    ["人", "选派干部结对企业", "people"],
    ["家", "结对企业", "enterprises"],
    ["家", "新增托育机构", "facilities"],
    ["家次", "走访服务企业", "enterprise_visits"],
    ["户", "帮扶困难家庭", "households"],
    ["户", "新增市场主体", "enterprises"],
    ["元", "投入资金", "money"],
    ["亩", "新增绿化面积", "area"],
    ["公顷", "旧城有机更新", "area"],
    ["立方米", "前丁水库容量", "volume"],
    ["个", "共富项目", "projects"],
    ["个", "涉及村", "villages"],
    ["个", "村级项目", "projects"],
    ["场", "专题协商议事活动", "events"],
    ["次", "学习活动", "events"],
    ["个", "办结诉求", "cases"],
    ["件", "处置问题线索", "cases"],
    ["个", "廉味阵地", "facilities"],
    ["对", "结对师徒", "pairs"],
    ["%", "参与率", "share"],
    ["百分点", "失业率下降", "share"],
    ["公里", "新建绿道", "length"],
    ["吨", "年产干茶", "weight"],
    ["千瓦", "装机容量", "power"],
    ["千瓦时", "发电量", "energy"],
    ["份", "发放宣传资料", "count"],
  ];
  for (const [unit, label, kind] of cases) {
    it(`${unit} + ${label} -> ${kind}`, () => expect(classifyKind(unit, label)).toBe(kind));
  }
});
