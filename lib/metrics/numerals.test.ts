import { describe, expect, it } from "vitest";
import { parseArabic, parseChineseNumeral, tidy } from "./numerals";

describe("parseArabic", () => {
  it("reads plain, decimal and comma-grouped numbers", () => {
    expect(parseArabic("3100")).toBe(3100);
    expect(parseArabic("3,100")).toBe(3100);
    expect(parseArabic("1,234,567.5")).toBe(1234567.5);
    expect(parseArabic("123.92")).toBe(123.92);
  });
  it("rejects malformed groups", () => {
    expect(parseArabic("31,00")).toBeNull();
    expect(parseArabic("1.2.3")).toBeNull();
  });
});

describe("parseChineseNumeral", () => {
  const v = (s: string) => parseChineseNumeral(s)?.value ?? null;
  it("reads standard numerals", () => {
    expect(v("三千一百")).toBe(3100);
    expect(v("两万")).toBe(20000);
    expect(v("十")).toBe(10);
    expect(v("十五")).toBe(15);
    expect(v("二十三")).toBe(23);
    expect(v("一百二十")).toBe(120);
    expect(v("一百零五")).toBe(105);
    expect(v("一千二百万")).toBe(12000000);
    expect(v("一亿二千万")).toBe(120000000);
    expect(v("二十万亿")).toBe(2e13);
    expect(v("三点五")).toBe(3.5);
  });
  it("reads colloquial abbreviations", () => {
    expect(v("两万五")).toBe(25000);
    expect(v("三千一")).toBe(3100);
  });
  it("flags bare multipliers used in slogans", () => {
    expect(parseChineseNumeral("百")).toEqual({ value: 100, bare: true, range: false });
    expect(parseChineseNumeral("千万")).toEqual({ value: 1e7, bare: true, range: false });
    expect(parseChineseNumeral("万")?.bare).toBe(true);
    expect(parseChineseNumeral("十")?.bare).toBe(false);
    expect(parseChineseNumeral("一百")?.bare).toBe(false);
  });
  it("reads idiomatic ranges with their lower and upper bound", () => {
    expect(parseChineseNumeral("七八")).toEqual({ value: 7, bare: false, range: true, max: 8 });
    expect(parseChineseNumeral("三四十")).toEqual({ value: 30, bare: false, range: true, max: 40 });
    expect(parseChineseNumeral("两三")).toEqual({ value: 2, bare: false, range: true, max: 3 });
    expect(parseChineseNumeral("四五百")).toEqual({ value: 400, bare: false, range: true, max: 500 });
    expect(parseChineseNumeral("十五六万")).toEqual({ value: 150000, bare: false, range: true, max: 160000 });
    expect(parseChineseNumeral("二三十万")).toEqual({ value: 200000, bare: false, range: true, max: 300000 });
    expect(parseChineseNumeral("三千五六百")).toEqual({ value: 3500, bare: false, range: true, max: 3600 });
  });
  it("rejects years, digit strings and out-of-order units", () => {
    expect(parseChineseNumeral("二〇二三")).toBeNull();
    expect(parseChineseNumeral("九九")).toBeNull();
    expect(parseChineseNumeral("三五")).toBeNull();
    expect(parseChineseNumeral("十百千")).toBeNull();
    expect(parseChineseNumeral("万万")).toBeNull();
    expect(parseChineseNumeral("一二三")).toBeNull();
  });
});

describe("tidy", () => {
  it("removes float noise from products", () => {
    expect(tidy(1.3 * 10000)).toBe(13000);
    expect(tidy(0.07 * 100)).toBe(7);
    expect(tidy(1286.5 * 1e8)).toBe(128650000000);
  });
});
