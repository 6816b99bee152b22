import { describe, expect, it } from "vitest";
import { belowFloors, floorsFrom } from "./floors";

describe("floors", () => {
  const figures = { devset: { "metrics.precision": { ok: 95, total: 100 }, "metrics.recall": { ok: 2, total: 3 } } };

  it("are the measured ratios rounded down", () => {
    expect(floorsFrom(figures, "x").sets.devset).toEqual({ "metrics.precision": 0.95, "metrics.recall": 0.6666 });
  });

  it("name every figure below its floor and skip sets that are absent", () => {
    const floors = { about: "x", sets: { devset: { "metrics.precision": 0.96, "metrics.recall": 0.6 }, other: { "metrics.recall": 1 } } };
    expect(belowFloors(figures, floors)).toEqual(["devset metrics.precision 0.9500 (95/100) < 0.9600"]);
    expect(belowFloors(figures, { about: "x", sets: { devset: { "metrics.kind": 0.5 } } })).toEqual(["devset metrics.kind: no such figure"]);
  });
});
