import { describe, expect, it } from "vitest";
import { metricGroups } from "./chart-groups";
import { storedMetric } from "./test-fixtures";

describe("metricGroups: which numbers share a chart", () => {
  it("puts a kind with two or more numbers on one chart and keeps single numbers as a list", () => {
    const groups = metricGroups([
      storedMetric("665家", 665, "家", "结对企业"),
      storedMetric("261名", 261, "名", "抽调干部"),
      storedMetric("105家", 105, "家", "区领导结对企业"),
      storedMetric("750家", 750, "家", "区管干部结对企业"),
    ]);
    expect(groups.map((g) => [g.kind, g.unit, g.bars.length, g.chart])).toEqual([
      ["people", "人", 1, false],
      ["enterprises", "家", 3, true],
    ]);
    expect(groups[1]!.bars.map((b) => b.value)).toEqual([665, 105, 750]);
  });

  it("assigns kinds from unit and label: 家 of enterprises, 家 of institutions, 家次 visits", () => {
    const groups = metricGroups([
      storedMetric("12家", 12, "家", "医疗机构"),
      storedMetric("3家", 3, "家", "养老机构"),
      storedMetric("2653家次", 2653, "家次", "走访服务企业"),
      storedMetric("30家", 30, "家", "企业"),
    ]);
    expect(groups.map((g) => [g.kind, g.bars.map((b) => b.value)])).toEqual([
      ["enterprises", [30]],
      ["enterprise_visits", [2653]],
      ["facilities", [12, 3]],
    ]);
  });

  it("normalizes units so 亩 and 公顷 share one 公顷 axis, keeping the printed text", () => {
    const [area] = metricGroups([storedMetric("123.92公顷", 123.92, "公顷", "有机更新"), storedMetric("1400余亩", 1400, "亩", "新增绿化面积", true)]);
    expect(area).toMatchObject({ kind: "area", unit: "公顷", chart: true });
    expect(area!.bars[1]).toMatchObject({ text: "1400余亩", approx: true });
    expect(area!.bars[1]!.value).toBeCloseTo(93.333, 3);
  });

  it("keeps money in 元 (stored expanded, as the extractor writes it) but never puts 美元 on the 元 axis", () => {
    const groups = metricGroups([
      storedMetric("2100万元", 21_000_000, "元", "投入资金"),
      storedMetric("1.2亿元", 120_000_000, "元", "总投资"),
      storedMetric("500美元", 500, "美元", "人均"),
    ]);
    expect(groups.map((g) => [g.unit, g.bars.map((b) => b.value), g.chart])).toEqual([
      ["元", [21_000_000, 120_000_000], true],
      ["美元", [500], false],
    ]);
  });

  it("charts rates on their own % axis and labels unlabelled numbers with the kind", () => {
    const groups = metricGroups([storedMetric("100%", 100, "%", ""), storedMetric("9成", 9, "成", "满意率")]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ kind: "share", unit: "%", chart: true });
    expect(groups[0]!.bars.map((b) => [b.label, b.value])).toEqual([
      ["比例", 100],
      ["满意率", 90],
    ]);
  });

  it("returns nothing for no metrics", () => {
    expect(metricGroups([])).toEqual([]);
  });
});
