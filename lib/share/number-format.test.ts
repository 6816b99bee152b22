import { describe, expect, it } from "vitest";
import { formatCompact, formatExact, formatPopulation, metricTitle } from "./number-format";

describe("number formats", () => {
  it("groups exact values and keeps two decimals at most", () => {
    expect(formatExact(13000)).toBe("13,000");
    expect(formatExact(8.333333)).toBe("8.33");
  });
  it("writes large values with 万 and 亿", () => {
    expect(formatCompact(13000)).toBe("1.3万");
    expect(formatCompact(66000000)).toBe("6600万");
    expect(formatCompact(123456789)).toBe("1.23亿");
    expect(formatCompact(9)).toBe("9");
    expect(formatPopulation(432000)).toBe("43.2万人");
    expect(formatPopulation(1323500)).toBe("132.4万人");
  });
});

describe("metricTitle", () => {
  it("names what is counted and the normalized value, marking approximations", () => {
    expect(metricTitle({ label: "群众", canonicalValue: 13000, canonicalUnit: "人", approx: false })).toBe("群众：13,000人");
    expect(metricTitle({ label: "投入资金", canonicalValue: 21000000, canonicalUnit: "元", approx: true })).toBe("投入资金：≈21,000,000元");
  });
});
