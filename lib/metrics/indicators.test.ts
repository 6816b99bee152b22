import { describe, expect, it } from "vitest";
import { INDICATORS, OTHER, indicatorById, isIndicatorId, isRankableIndicator } from "./indicators";
import { METRIC_KINDS } from "./kinds";

describe("the indicator vocabulary (indicators.json)", () => {
  it("holds a few dozen defined indicators plus other", () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(30);
    expect(INDICATORS.length).toBeLessThanOrEqual(60);
    expect(isIndicatorId(OTHER)).toBe(true);
    for (const i of INDICATORS) {
      expect(i.zh.length, i.id).toBeGreaterThan(0);
      expect(i.en.length, i.id).toBeGreaterThan(0);
      expect(i.definition.length, i.id).toBeGreaterThan(10);
      if (i.id !== OTHER) expect(i.units.length, i.id).toBeGreaterThan(0);
    }
  });

  it("names the indicators issue 13 asks for", () => {
    for (const id of ["trainees", "residents_served", "enterprises_served", "project_investment", "green_space", "jobs", "tourist_visits", "tourism_revenue", "output_value", "growth_rate"])
      expect(isIndicatorId(id), id).toBe(true);
  });

  it("never ranks other, rates, shares or background totals", () => {
    expect(isRankableIndicator(OTHER)).toBe(false);
    for (const id of ["growth_rate", "share_of_total", "coverage_rate", "price", "yield_per_area", "income_per_capita", "daily_average", "population", "gdp"])
      expect(isRankableIndicator(id), id).toBe(false);
    expect(isRankableIndicator("tourist_visits")).toBe(true);
    expect(isRankableIndicator("nope")).toBe(false);
  });

  it("keeps rates apart: a rate indicator is never summable", () => {
    for (const i of INDICATORS.filter((x) => x.rate)) expect(i.summable, i.id).toBe(false);
  });

  it("refers only to known indicators and gives each unit one fallback", () => {
    const fallbacks = INDICATORS.flatMap((i) => i.fallbackFor ?? []);
    expect(new Set(fallbacks).size).toBe(fallbacks.length);
    for (const i of INDICATORS) for (const o of i.over ?? []) expect(indicatorById(o), `${i.id} over ${o}`).toBeDefined();
    expect(Object.keys(METRIC_KINDS)).toContain("rate");
  });
});
