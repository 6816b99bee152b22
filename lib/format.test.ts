import { describe, expect, it } from "vitest";
import { formatNumber, formatPlain, formatPopulation, formatValue, formatZh, metricTitle } from "./format";

describe("formatting numbers", () => {
  it("reads large numbers the Chinese way", () => {
    expect(formatZh(13000)).toBe("1.3万");
    expect(formatZh(21_000_000)).toBe("2100万");
    expect(formatZh(350_000_000)).toBe("3.5亿");
    expect(formatZh(123.92)).toBe("123.92");
    expect(formatZh(93.3333)).toBe("93.33");
  });

  it("groups digits for English", () => {
    expect(formatPlain(13000)).toBe("13,000");
    expect(formatPlain(0.125)).toBe("0.13");
  });

  it("keeps small per-capita values readable instead of rounding them to 0", () => {
    expect(formatNumber(0.0123)).toBe("0.012");
    expect(formatNumber(30.1671)).toBe("30.17");
    expect(formatNumber(0)).toBe("0");
    expect(formatValue(0.0123, "家", true)).toBe("≈0.012家");
  });

  it("marks approximate values and attaches units", () => {
    expect(formatValue(3100, "人次", true)).toBe("≈3100人次");
    expect(formatValue(90, "%", false)).toBe("90%");
    expect(formatValue(13000, "人", false, "en")).toBe("13,000 people");
    expect(formatValue(310.24, "人/万人", false, "en")).toBe("310.24 people per 10,000 residents");
    expect(formatValue(60, "%", true, "en")).toBe("≈60%");
  });
});

describe("populations and metric titles", () => {
  it("reads populations in 万 with one decimal", () => {
    expect(formatPopulation(432000)).toBe("43.2万人");
    expect(formatPopulation(1323500)).toBe("132.4万人");
    expect(formatPopulation(8000)).toBe("8000人");
  });
  it("names what is counted and the normalized value, marking approximations", () => {
    expect(metricTitle({ label: "群众", canonicalValue: 13000, canonicalUnit: "人", approx: false })).toBe("群众：13,000人");
    expect(metricTitle({ label: "投入资金", canonicalValue: 21000000, canonicalUnit: "元", approx: true })).toBe("投入资金：≈21,000,000元");
  });
});
