import { describe, expect, it } from "vitest";
import { exportNumber, formatMeasureValue, measureTitle, measureUnitLabel } from "./display";

describe("measure titles and units", () => {
  it("says what is counted and in which unit", () => {
    expect(measureTitle("enterprises", false)).toBe("企业数（家）");
    expect(measureTitle("stories", false)).toBe("报道数（篇）");
    expect(measureTitle("area", true)).toBe("面积 · 每万常住人口（公顷/万人）");
    expect(measureTitle("people", true, "en")).toBe("People per 10,000 residents (people)");
  });

  it("gives per-capita units", () => {
    expect(measureUnitLabel("enterprises", true)).toBe("家/万人");
    expect(measureUnitLabel("money", false)).toBe("元");
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
