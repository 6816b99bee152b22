import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadOutlines, outlineLayerOf, placeOutline } from "./place-outline";

const ROOT = path.resolve(import.meta.dirname, "../..");
const boxes = { shape: { width: 400, height: 400, padding: 20 }, locator: { width: 120, height: 120, padding: 6 } };

/** Every coordinate pair of an SVG path made by pathFor. */
function points(d: string): [number, number][] {
  return [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe("outlineLayerOf", () => {
  it("sends province, city and county codes to their boundary files", () => {
    expect(outlineLayerOf("330000")).toBe("province");
    expect(outlineLayerOf("330600")).toBe("cities");
    expect(outlineLayerOf("330624")).toBe("counties");
    expect(outlineLayerOf("310101")).toBeNull();
    expect(outlineLayerOf("../x")).toBeNull();
  });
});

describe("placeOutline", () => {
  it("has all 90 counties and 11 cities to draw", () => {
    expect(loadOutlines("counties", ROOT).size).toBe(90);
    expect(loadOutlines("cities", ROOT).size).toBe(11);
  });

  it("draws 新昌县 inside its box, touching the padding on at least one axis", () => {
    const o = placeOutline("330624", boxes, ROOT)!;
    const pts = points(o.shape);
    expect(pts.length).toBeGreaterThan(50);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    for (const v of [...xs, ...ys]) {
      expect(v).toBeGreaterThanOrEqual(19.9);
      expect(v).toBeLessThanOrEqual(380.1);
    }
    const spanX = Math.max(...xs) - Math.min(...xs);
    const spanY = Math.max(...ys) - Math.min(...ys);
    expect(Math.max(spanX, spanY)).toBeGreaterThan(355);
  });

  it("places the county inside Zhejiang on the locator", () => {
    const o = placeOutline("330624", boxes, ROOT)!;
    expect(o.locator.province.length).toBeGreaterThan(100);
    for (const [x, y] of points(o.locator.place)) {
      expect(x).toBeGreaterThan(6);
      expect(x).toBeLessThan(114);
      expect(y).toBeGreaterThan(6);
      expect(y).toBeLessThan(114);
    }
  });

  it("draws island counties (MultiPolygons) and cities, and nothing for unknown codes", () => {
    expect(points(placeOutline("330903", boxes, ROOT)!.shape).length).toBeGreaterThan(50); // 普陀区, Zhoushan
    expect(placeOutline("330600", boxes, ROOT)!.shape.length).toBeGreaterThan(100);
    expect(placeOutline("339999", boxes, ROOT)).toBeNull();
  });
});
