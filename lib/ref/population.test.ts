import { describe, expect, it } from "vitest";
import { loadCountyPopulation } from "./population";

describe("loadCountyPopulation", () => {
  it("has all 90 counties summing to the census provincial total", () => {
    const pop = loadCountyPopulation();
    expect(pop.size).toBe(90);
    expect([...pop.values()].reduce((a, b) => a + b, 0)).toBe(64_567_588);
    expect(pop.get("330108")).toBeGreaterThan(400_000);
  });
});
