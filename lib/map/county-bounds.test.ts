import { describe, expect, it } from "vitest";
import { countyBounds } from "./county-bounds";

describe("countyBounds", () => {
  it("has a box for each of the 90 counties containing its seat", () => {
    const b = countyBounds();
    expect(b.size).toBe(90);
    const [w, s, e, n] = b.get("330108")!; // 滨江区, seat 120.206 30.209
    expect(w).toBeLessThan(120.206);
    expect(e).toBeGreaterThan(120.206);
    expect(s).toBeLessThan(30.209);
    expect(n).toBeGreaterThan(30.209);
  });
});
