import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractMetrics } from "../metrics/extract";
import { indicatorById, INDICATORS } from "../metrics/indicators";
import { computeCounty, exclusionOf, indicatorUnitFactor, isSummableIndicator, perCapitaValue, roundSig, type IndicatorMetric } from "./indicator-figures";

const ind = (id: string) => indicatorById(id)!;

describe("indicatorUnitFactor", () => {
  it("converts measured units into the indicator's unit and refuses unlike ones", () => {
    expect(indicatorUnitFactor(ind("green_space"), "平方米")).toBe(1);
    expect(indicatorUnitFactor(ind("green_space"), "亩")).toBeCloseTo(666.6667, 3);
    expect(indicatorUnitFactor(ind("green_space"), "公顷")).toBe(10_000);
    expect(indicatorUnitFactor(ind("project_investment"), "元")).toBe(1);
    expect(indicatorUnitFactor(ind("project_investment"), "美元")).toBeNull();
    expect(indicatorUnitFactor(ind("trainees"), "人")).toBeNull();
    expect(indicatorUnitFactor(ind("residents_served"), "户")).toBeNull();
  });

  it("counts items 1:1 across counting words, never visits as firms", () => {
    expect(indicatorUnitFactor(ind("enterprises_served"), "个")).toBe(1);
    expect(indicatorUnitFactor(ind("enterprises_served"), "家次")).toBeNull();
    expect(indicatorUnitFactor(ind("schools"), "所")).toBe(1);
  });
});

describe("summable indicators", () => {
  it("are never other, rates, shares or GDP", () => {
    expect(isSummableIndicator("other")).toBe(false);
    expect(isSummableIndicator("growth_rate")).toBe(false);
    expect(isSummableIndicator("gdp")).toBe(false);
    expect(isSummableIndicator("price")).toBe(false);
    expect(isSummableIndicator("trainees")).toBe(true);
    expect(isSummableIndicator("no_such_thing")).toBe(false);
  });
});

describe("roundSig and perCapitaValue", () => {
  it("keep two significant figures, not two decimals of a guess", () => {
    expect(roundSig(310.24)).toBe(310);
    expect(roundSig(13.4)).toBe(13);
    expect(roundSig(0.04567)).toBe(0.046);
    expect(roundSig(0)).toBe(0);
    expect(perCapitaValue(13_000, 419_000)).toBe(310);
    expect(perCapitaValue(675, 503_859)).toBe(13);
    expect(perCapitaValue(null, 1000)).toBeNull();
    expect(perCapitaValue(5, null)).toBeNull();
  });
});

const metric = (over: Partial<IndicatorMetric>): IndicatorMetric => ({
  id: 1,
  articleId: "a",
  position: 0,
  text: "",
  value: 0,
  unit: "元",
  approx: false,
  label: "",
  partOf: null,
  wholeIndicator: null,
  wholeText: null,
  title: "t",
  source: "s",
  publishedOn: null,
  ...over,
});

describe("computeCounty", () => {
  it("adds a budget once, not the spending under it (新昌县's ≈6,600万 is 3,500万)", () => {
    const c = computeCounty("project_investment", [
      metric({ id: 1, position: 2, text: "3500万元左右", value: 35_000_000, approx: true }),
      metric({ id: 2, position: 3, text: "约2100万元", value: 21_000_000, approx: true, partOf: 2, wholeIndicator: "project_investment", wholeText: "3500万元左右" }),
      metric({ id: 3, position: 5, text: "1000万元左右", value: 10_000_000, approx: true, partOf: 2, wholeIndicator: "project_investment", wholeText: "3500万元左右" }),
    ]);
    expect(c.total).toBe(35_000_000);
    expect(c.leftOut.map((m) => m.reason)).toEqual(["part", "part"]);
    expect(c.evidence).toBe(false);
  });

  it("adds a part whose whole is another indicator (it is not counted twice there)", () => {
    expect(exclusionOf(ind("public_funds"), { unit: "元", partOf: 0, wholeIndicator: "project_investment" })).toBeNull();
  });

  it("converts units and counts stories and sources of the figures added", () => {
    const c = computeCounty("green_space", [
      metric({ id: 1, articleId: "a", unit: "亩", value: 15, source: "甲" }),
      metric({ id: 2, articleId: "b", unit: "平方米", value: 5000, source: "乙" }),
      metric({ id: 3, articleId: "c", unit: "个", value: 3, source: "丙" }),
    ]);
    expect(c.total).toBeCloseTo(15_000, 3);
    expect([c.stories.length, c.sources, c.evidence]).toEqual([2, ["乙", "甲"], true]);
    expect(c.leftOut.map((m) => [m.id, m.reason])).toEqual([[3, "unit"]]);
  });

  it("adds nothing for an indicator that cannot be summed", () => {
    const c = computeCounty("growth_rate", [metric({ unit: "%", value: 8 })]);
    expect([c.total, c.leftOut[0]!.reason]).toEqual([null, "not-summable"]);
  });
});

// On the team's own training pages (lib/eval/pages-train): no total adds two indicators or a part to its whole.
const PAGES = path.join(process.cwd(), "lib/eval/pages-train/pages");
describe.skipIf(!fs.existsSync(PAGES))("totals on the training pages", () => {
  it("never add a part to its whole, nor another indicator", () => {
    let parts = 0;
    for (const f of fs.readdirSync(PAGES).filter((n) => n.endsWith(".txt"))) {
      const metrics = extractMetrics(fs.readFileSync(path.join(PAGES, f), "utf8"));
      const rows = metrics.map((m, i): IndicatorMetric & { indicator: string } => ({
        ...metric({ id: i, position: i, text: m.text, value: m.value, unit: m.unit, partOf: m.partOf }),
        wholeIndicator: m.partOf === null ? null : metrics[m.partOf]!.indicator,
        indicator: m.indicator,
      }));
      for (const i of INDICATORS) {
        const mine = rows.filter((r) => r.indicator === i.id);
        if (mine.length === 0) continue;
        const c = computeCounty(i.id, mine);
        const used = new Set(c.used.map((m) => m.position));
        for (const m of c.used) {
          expect(rows[m.position]!.indicator).toBe(i.id);
          if (m.partOf !== null && rows[m.partOf]!.indicator === i.id) throw new Error(`${f}: ${m.text} added beside its whole`);
        }
        parts += c.leftOut.filter((m) => m.reason === "part" && used.has(m.partOf!)).length;
      }
    }
    // the pages do hold parts under wholes, and they were left out
    expect(parts).toBeGreaterThan(0);
  });
});
