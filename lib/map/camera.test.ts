import { describe, expect, it } from "vitest";
import { grow, parseBounds, visibleInsets } from "./camera";

describe("visibleInsets", () => {
  it("keeps padding that leaves enough of the map visible", () => {
    const pad = { top: 0, right: 400, bottom: 0, left: 0 };
    expect(visibleInsets({ width: 1280, height: 800 }, pad)).toEqual(pad);
  });

  it("shrinks a phone compare sheet's padding so the province fits above it, not far south", () => {
    // 390×844 phone: the map is ~724 px tall and the sheet covers 70% of 844 px.
    const p = visibleInsets({ width: 390, height: 724 }, grow({ top: 0, right: 0, bottom: 591, left: 0 }, 16));
    expect(724 - p.top - p.bottom).toBeGreaterThanOrEqual(Math.floor(724 * 0.4));
    expect(p.bottom).toBeGreaterThan(p.top);
    expect(p.left).toBe(16);
  });

  it("never returns negative padding", () => {
    const p = visibleInsets({ width: 10, height: 10 }, { top: 50, right: 50, bottom: 50, left: 50 }, 1);
    expect(p).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });
});

describe("parseBounds", () => {
  it("reads w,s,e,n and refuses anything else", () => {
    expect(parseBounds("120.1,30.2,120.3,30.4")).toEqual([[120.1, 30.2], [120.3, 30.4]]);
    expect(parseBounds("1,2,3")).toBeNull();
    expect(parseBounds("3,2,1,4")).toBeNull();
    expect(parseBounds(null)).toBeNull();
  });
});
