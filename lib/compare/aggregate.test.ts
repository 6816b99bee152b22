import { describe, expect, it } from "vitest";
import { evidenceOf, rankCounties, type CountyValue } from "./aggregate";
import { isRankableMeasure, MEASURE_INDICATORS } from "./measures";
import { county as makeCounty } from "./test-fixtures";

const county = (adcode: string) => makeCounty(adcode, `县${adcode}`, "330100", "杭州市", 100_000);
const counties = ["330102", "330108", "330109", "330110", "330111"].map(county);

const cv = (adcode: string, value: number | null, stories: number, sources: number | null): CountyValue => ({
  adcode,
  value,
  approx: false,
  stories,
  sources,
  metrics: stories,
  evidence: evidenceOf({ stories, sources }),
});

describe("evidenceOf", () => {
  it("asks 3 stories or 2 sources of an indicator, nothing of a story count", () => {
    expect(evidenceOf({ stories: 3, sources: 1 })).toBe(true);
    expect(evidenceOf({ stories: 2, sources: 2 })).toBe(true);
    expect(evidenceOf({ stories: 2, sources: 1 })).toBe(false);
    expect(evidenceOf({ stories: 1, sources: 1 })).toBe(false);
    expect(evidenceOf({ stories: 1, sources: null })).toBe(true);
  });
});

describe("rankCounties", () => {
  it("ranks counties with evidence largest first, lists the others unranked, then no data", () => {
    const values = new Map(
      [cv("330102", 50, 3, 1), cv("330108", 900, 1, 1), cv("330109", 70, 2, 2), cv("330110", null, 0, 0), cv("330111", 10, 2, 1)].map((v) => [v.adcode, v]),
    );
    const rows = rankCounties(values, counties);
    expect(rows.map((r) => [r.adcode, r.rank, r.value])).toEqual([
      ["330109", 1, 70],
      ["330102", 2, 50],
      // a single story, however large its number, is never placed
      ["330108", null, 900],
      ["330111", null, 10],
      ["330110", null, null],
    ]);
  });

  it("shares ranks on ties", () => {
    const values = new Map([cv("330102", 5, 5, null), cv("330108", 5, 5, null), cv("330109", 1, 1, null)].map((v) => [v.adcode, v]));
    expect(rankCounties(values, counties).map((r) => r.rank)).toEqual([1, 1, 3]);
  });
});

describe("measures", () => {
  it("are stories and summable indicators, never other, rates or unit kinds", () => {
    expect(MEASURE_INDICATORS).toContain("trainees");
    expect(MEASURE_INDICATORS).not.toContain("other");
    expect(MEASURE_INDICATORS).not.toContain("growth_rate");
    expect(MEASURE_INDICATORS).not.toContain("gdp");
    expect(isRankableMeasure("stories")).toBe(true);
    expect(isRankableMeasure("trainees")).toBe(true);
    expect(isRankableMeasure("people")).toBe(false);
    expect(isRankableMeasure("money")).toBe(false);
    expect(isRankableMeasure("price")).toBe(false);
  });
});
