import { describe, expect, it } from "vitest";
import { boundsOf, fitProjection, pathFor, type PolygonGeometry } from "./shape-path";

// A 1°×1° square at the equator (cos(lat) ≈ 1) with a square hole in it.
const square: PolygonGeometry = {
  type: "Polygon",
  coordinates: [
    [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
    [[0.25, 0.25], [0.75, 0.25], [0.75, 0.75], [0.25, 0.75], [0.25, 0.25]],
  ],
};

describe("boundsOf", () => {
  it("spans every ring of every polygon", () => {
    const island: PolygonGeometry = { type: "MultiPolygon", coordinates: [[[[2, -1], [3, -1], [3, 0], [2, -1]]]] };
    expect(boundsOf([square, island])).toEqual([0, -1, 3, 1]);
  });
  it("is null for nothing", () => {
    expect(boundsOf([])).toBeNull();
  });
});

describe("fitProjection", () => {
  it("fits and centres with north up", () => {
    const project = fitProjection([0, 0, 1, 1], { width: 200, height: 100, padding: 10 });
    // 1° square -> 80 px (height-bound), centred horizontally: x from 60 to 140
    expect(project([0, 1]).map(Math.round)).toEqual([60, 10]);
    expect(project([1, 0]).map(Math.round)).toEqual([140, 90]);
  });
  it("shrinks longitude by the cosine of latitude", () => {
    const project = fitProjection([120, 59.5, 121, 60.5], { width: 1000, height: 100, padding: 0 });
    const width = project([121, 60])[0] - project([120, 60])[0];
    expect(width).toBeCloseTo(50, 0); // cos(60°) = 0.5 of the 100 px height
  });
});

describe("pathFor", () => {
  const project = fitProjection([0, 0, 1, 1], { width: 100, height: 100, padding: 0 });
  it("writes one closed subpath per ring, holes included", () => {
    const d = pathFor(square, project);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/Z/g)).toHaveLength(2);
    expect(d.startsWith("M0 100L100 100L100 0L0 0")).toBe(true);
  });
  it("drops rings smaller than the step", () => {
    const tiny: PolygonGeometry = { type: "Polygon", coordinates: [[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0]]] };
    expect(pathFor(tiny, project, 1)).toBe("");
  });
});
