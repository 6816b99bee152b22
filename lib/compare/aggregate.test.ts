import { describe, expect, it } from "vitest";
import { provinceTotal, rankCounties, valuesByCounty } from "./aggregate";
import { isRankableMeasure, MEASURE_KINDS } from "./measures";
import { county as makeCounty, summary as article } from "./test-fixtures";

const county = (adcode: string, population: number | null = 100_000) => makeCounty(adcode, `县${adcode}`, "330100", "杭州市", population);

const counties = [county("330102"), county("330108", 500_000), county("330109", null)];

describe("valuesByCounty", () => {
  it("counts stories and reports no data (null) for counties without any", () => {
    const v = valuesByCounty([article("a", "330102"), article("b", "330102"), article("c", "330108"), article("d", null)], counties, "stories");
    expect(v.get("330102")).toMatchObject({ value: 2, stories: 2 });
    expect(v.get("330108")?.value).toBe(1);
    expect(v.get("330109")?.value).toBeNull();
  });

  it("sums a kind across stories and marks the sum approximate when any part is", () => {
    const arts = [
      article("a", "330108", { enterprises: { sum: 665, approx: false, count: 1 } }),
      article("b", "330108", { enterprises: { sum: 750, approx: true, count: 2 } }),
      article("c", "330102", { enterprises: { sum: 376, approx: false, count: 1 } }),
      article("d", "330109", { money: { sum: 1e7, approx: false, count: 1 } }),
    ];
    const v = valuesByCounty(arts, counties, "enterprises");
    expect(v.get("330108")).toEqual({ adcode: "330108", value: 1415, approx: true, stories: 2, metrics: 3 });
    expect(v.get("330102")).toMatchObject({ value: 376, approx: false });
    // 330109 reports money, not enterprises: missing, not zero
    expect(v.get("330109")?.value).toBeNull();
  });

  it("gives per 10,000 residents, and no data where the population is unknown", () => {
    const arts = [article("a", "330108", { people: { sum: 1000, approx: false, count: 1 } }), article("b", "330109", { people: { sum: 5, approx: false, count: 1 } })];
    const v = valuesByCounty(arts, counties, "people", true);
    expect(v.get("330108")?.value).toBeCloseTo(20);
    expect(v.get("330109")?.value).toBeNull();
  });

  it("ignores articles placed in no county or in a county not listed", () => {
    const v = valuesByCounty([article("a", null), article("b", "999999")], counties, "stories");
    expect([...v.values()].every((x) => x.value === null)).toBe(true);
  });
});

describe("rankCounties", () => {
  it("ranks largest first, shares ranks on ties and puts no-data last", () => {
    const v = valuesByCounty([article("a", "330108"), article("b", "330102"), article("c", "330102")], [...counties, county("330110")], "stories");
    const rows = rankCounties(v, [...counties, county("330110")]);
    expect(rows.map((r) => [r.adcode, r.rank, r.value])).toEqual([
      ["330102", 1, 2],
      ["330108", 2, 1],
      ["330109", 0, null],
      ["330110", 0, null],
    ]);
    const tie = rankCounties(valuesByCounty([article("a", "330108"), article("b", "330102")], counties, "stories"), counties);
    expect(tie.slice(0, 2).map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe("provinceTotal and measures", () => {
  it("sums over all articles and keeps the approximate flag", () => {
    const arts = [article("a", "330108", { money: { sum: 10, approx: true, count: 1 } }), article("b", null, { money: { sum: 5, approx: false, count: 1 } })];
    expect(provinceTotal(arts, "money")).toEqual({ value: 15, approx: true });
    expect(provinceTotal(arts, "area")).toEqual({ value: null, approx: false });
    expect(provinceTotal(arts, "stories").value).toBe(2);
  });

  it("never ranks rates or the generic count", () => {
    expect(MEASURE_KINDS).not.toContain("share");
    expect(MEASURE_KINDS).not.toContain("count");
    expect(isRankableMeasure("enterprises")).toBe(true);
    expect(isRankableMeasure("share")).toBe(false);
  });
});
