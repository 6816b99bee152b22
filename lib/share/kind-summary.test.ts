import { describe, expect, it } from "vitest";
import { summarizeKinds, type SummableMetric } from "./kind-summary";

const m = (kind: SummableMetric["kind"], canonicalValue: number, canonicalUnit: string, approx = false): SummableMetric => ({
  kind,
  canonicalValue,
  canonicalUnit,
  approx,
});

describe("summarizeKinds", () => {
  it("sums per kind in METRIC_KINDS order with the zh name", () => {
    const rows = summarizeKinds([m("money", 35_000_000, "元", true), m("people", 13_000, "人"), m("money", 21_000_000, "元")]);
    expect(rows).toEqual([
      { kind: "people", zh: "人数", count: 1, sums: [{ unit: "人", value: 13_000, approx: false }] },
      { kind: "money", zh: "金额", count: 2, sums: [{ unit: "元", value: 56_000_000, approx: true }] },
    ]);
  });

  it("keeps different units of one kind apart, the canonical unit first", () => {
    const rows = summarizeKinds([m("events", 3, "场"), m("events", 12, "次"), m("events", 5, "场")]);
    expect(rows[0]!.sums).toEqual([
      { unit: "次", value: 12, approx: false },
      { unit: "场", value: 8, approx: false },
    ]);
  });

  it("counts but never adds up percentages", () => {
    expect(summarizeKinds([m("share", 30, "%"), m("share", 50, "%")])).toEqual([{ kind: "share", zh: "比例", count: 2, sums: [] }]);
  });

  it("avoids floating-point dust in sums", () => {
    expect(summarizeKinds([m("area", 0.1, "公顷"), m("area", 0.2, "公顷")])[0]!.sums[0]!.value).toBe(0.3);
  });

  it("is empty without metrics", () => {
    expect(summarizeKinds([])).toEqual([]);
  });
});
