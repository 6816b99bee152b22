import { describe, expect, it } from "vitest";
import { covers, pinsArea, pinsAreaParams } from "./pins-request";

describe("pinsArea", () => {
  it("pads and snaps the viewport at an integer zoom, so small pans need no new request", () => {
    const a = pinsArea([119, 28, 121, 30], 7.6);
    expect(a.z).toBe(7);
    expect(a.bbox[0]).toBeLessThanOrEqual(118);
    expect(a.bbox[3]).toBeGreaterThanOrEqual(31);
    expect(covers(a, [119.2, 28.1, 121.2, 30.1], 7.9)).toBe(true);
    expect(covers(a, [119.2, 28.1, 121.2, 30.1], 8.1)).toBe(false);
    expect(covers(a, [125, 28, 127, 30], 7.2)).toBe(false);
    expect(covers(null, [119, 28, 121, 30], 7)).toBe(false);
    expect(pinsAreaParams(a)).toMatch(/^bbox=-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+&z=7$/);
  });

  it("stays inside the world", () => {
    const a = pinsArea([-200, -89, 200, 89], 0.5);
    expect(a.bbox).toEqual([-180, -85, 180, 85]);
  });
});
