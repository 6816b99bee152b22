import { describe, expect, it } from "vitest";
import type { TracedMetric } from "../view-models";
import { summarizeByKind } from "./kind-summary";

let id = 0;
const m = (kind: TracedMetric["kind"], canonicalValue: number, canonicalUnit: string, approx = false, articleId = "a"): TracedMetric => ({
  id: id++,
  text: String(canonicalValue),
  value: canonicalValue,
  unit: canonicalUnit,
  approx,
  label: "l",
  kind,
  start: 0,
  end: 1,
  canonicalValue,
  canonicalUnit,
  articleId,
  articleTitle: "t",
  sentence: "s",
});

describe("summarizeByKind", () => {
  it("sums a kind across stories and carries the approximate flag", () => {
    const [s] = summarizeByKind([m("enterprises", 665, "家"), m("enterprises", 750, "家", true, "b")]);
    expect(s).toMatchObject({ kind: "enterprises", total: 1415, approx: true, stories: 2, unit: "家" });
    expect(s!.items).toHaveLength(2);
  });

  it("never adds rates or generic counts, but lists them", () => {
    const out = summarizeByKind([m("share", 90, "%"), m("share", 60, "%", true), m("count", 3, "个"), m("count", 7, "个")]);
    expect(out.map((s) => [s.kind, s.total, s.approx])).toEqual([
      ["count", null, false],
      ["share", null, false],
    ]);
    expect(out[1]!.items).toHaveLength(2);
  });

  it("does not mix units inside a kind", () => {
    const [s] = summarizeByKind([m("money", 1e7, "元"), m("money", 500, "美元")]);
    expect(s!.total).toBe(1e7);
    expect(s!.items).toHaveLength(2);
  });

  it("puts summable kinds first and returns nothing for nothing", () => {
    expect(summarizeByKind([m("share", 1, "%"), m("people", 5, "人")]).map((s) => s.kind)).toEqual(["people", "share"]);
    expect(summarizeByKind([])).toEqual([]);
  });
});
