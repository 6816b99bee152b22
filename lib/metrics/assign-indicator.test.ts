import { describe, expect, it } from "vitest";
import { chooseIndicator, type IndicatorInput } from "./assign-indicator";
import { extractMetrics } from "./extract";

const input = (over: Partial<IndicatorInput>): IndicatorInput => ({ unit: "人", kind: "people", label: "", clause: "", sentence: "", themes: [], ...over });
const ind = (s: string) => extractMetrics(s).map((m) => [m.text, m.indicator]);

describe("chooseIndicator", () => {
  it("settles a rate by its compound unit", () => {
    expect(chooseIndicator(input({ unit: "元/公斤", kind: "rate", label: "收购价" })).indicator).toBe("price");
    expect(chooseIndicator(input({ unit: "公斤/亩", kind: "rate", label: "亩产" })).indicator).toBe("yield_per_area");
    expect(chooseIndicator(input({ unit: "元/亩", kind: "rate", label: "亩均税收" })).indicator).toBe("yield_per_area");
  });

  it("lets the label's words choose among the indicators of the unit", () => {
    expect(chooseIndicator(input({ unit: "人次", kind: "people_times", label: "培训科级以上干部" })).indicator).toBe("trainees");
    expect(chooseIndicator(input({ unit: "人次", kind: "people_times", label: "接待游客" })).indicator).toBe("tourist_visits");
    expect(chooseIndicator(input({ unit: "元", kind: "money", label: "旅游总收入" })).indicator).toBe("tourism_revenue");
  });

  it("prefers the specific indicator named in the label (a new firm before a firm)", () => {
    expect(chooseIndicator(input({ unit: "家", kind: "enterprises", label: "新开农家乐" })).indicator).toBe("new_enterprises");
    expect(chooseIndicator(input({ unit: "家", kind: "enterprises", label: "农家乐" })).indicator).toBe("enterprises");
  });

  it("counts villages only when a village is what the label counts", () => {
    expect(chooseIndicator(input({ unit: "个", kind: "villages", label: "涉及村" })).indicator).toBe("villages");
    expect(chooseIndicator(input({ unit: "个", kind: "count", label: "古镇新增停车位" })).indicator).not.toBe("villages");
  });

  it("reads what follows the number and what rules an indicator out", () => {
    expect(ind("项目带动当地2.3万人就业,港口货物吞吐量1.2万吨,茶叶产量300吨。")).toEqual([
      ["2.3万人", "jobs"],
      ["1.2万吨", "other"],
      ["300吨", "agri_output"],
    ]);
  });

  it("falls back to the unit's usual indicator with a low confidence, else other", () => {
    const area = chooseIndicator(input({ unit: "亩", kind: "area", label: "" }));
    expect(area).toEqual({ indicator: "crop_area", confidence: 0.35 });
    expect(chooseIndicator(input({ unit: "台", kind: "count", label: "喷水织机" })).indicator).toBe("other");
    expect(chooseIndicator(input({ unit: "立方米", kind: "volume", label: "容量" })).indicator).toBe("other");
  });

  it("is more confident with strong cues and a clear margin", () => {
    const strong = chooseIndicator(input({ unit: "人次", kind: "people_times", label: "接待游客", sentence: "景区国庆假期接待游客" }));
    const weak = chooseIndicator(input({ unit: "人次", kind: "people_times", label: "读者" }));
    expect(strong.confidence).toBeGreaterThan(weak.confidence);
    for (const c of [strong, weak]) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe("indicators on extracted metrics", () => {
  it("assigns every metric an indicator and a confidence", () => {
    const ms = extractMetrics("今年以来,全区累计培训干部3100余人次,选派379名干部结对665家企业,走访服务企业2653家次。");
    expect(ms.map((m) => m.indicator)).toEqual(["trainees", "cadres_deployed", "enterprises_served", "enterprises_served"]);
    for (const m of ms) expect(m.indicatorConfidence).toBeGreaterThan(0.5);
  });

  it("reads tourism, growth and shares", () => {
    expect(ind("端午期间景区接待游客超4.2万人次,门票收入318.6万元,同比增长12%,外地游客占比近七成。")).toEqual([
      ["超4.2万人次", "tourist_visits"],
      ["318.6万元", "tourism_revenue"],
      ["12%", "growth_rate"],
      ["近七成", "share_of_total"],
    ]);
  });

  it("tells prices, yields and averages apart", () => {
    expect(ind("樱桃亩产约500公斤,每公斤可卖到30元左右,村民人均增收2000元。")).toEqual([
      ["约500公斤", "yield_per_area"],
      ["30元左右", "price"],
      ["2000元", "income_per_capita"],
    ]);
  });
});
