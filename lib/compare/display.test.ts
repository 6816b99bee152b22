import { describe, expect, it } from "vitest";
import { exportNumber, formatMeasureValue, measureTitle, measureUnitLabel } from "./display";

describe("measure titles and units", () => {
  it("says what is counted and in which unit", () => {
    expect(measureTitle("enterprises_served", false)).toBe("服务企业（家）");
    expect(measureTitle("stories", false)).toBe("报道数（篇）");
    expect(measureTitle("green_space", true)).toBe("新增绿地 · 每万常住人口（平方米/万人）");
    expect(measureTitle("trainees", true, "en")).toBe("Training (person-times) per 10,000 residents (人次)");
  });

  it("gives per-capita units", () => {
    expect(measureUnitLabel("enterprises_served", true)).toBe("家/万人");
    expect(measureUnitLabel("project_investment", false)).toBe("元");
  });
});

describe("formatMeasureValue", () => {
  it("marks approximate values and prints no data in words", () => {
    expect(formatMeasureValue(1520, "家", false)).toBe("1520家");
    expect(formatMeasureValue(3100, "人次", true)).toBe("≈3100人次");
    expect(formatMeasureValue(66_000_000, "元", true)).toBe("≈6600万元");
    expect(formatMeasureValue(null, "家", false)).toBe("暂无数据");
    expect(formatMeasureValue(null, "家", false, "en")).toBe("No data");
  });
});

describe("exportNumber", () => {
  it("writes ungrouped numbers with at most two decimals", () => {
    expect(exportNumber(66_000_000)).toBe("66000000");
    expect(exportNumber(217.253333)).toBe("217.25");
    expect(exportNumber(0.004567)).toBe("0.0046");
  });
});
