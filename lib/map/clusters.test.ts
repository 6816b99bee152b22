import { describe, expect, it } from "vitest";
import { parseBbox, PinIndex, type Spot } from "./clusters";

const spots: Spot[] = [
  { lon: 120.21, lat: 30.21, stories: 1, id: "aaaaaaaaaaaa" },
  { lon: 120.17, lat: 30.25, stories: 3, id: null },
  { lon: 121.2, lat: 28.1, stories: 1, id: "bbbbbbbbbbbb" },
];
const titles = (ids: string[]) => new Map(ids.map((id) => [id, { title: `t-${id.slice(0, 1)}`, countyCode: "330108" }]));
const stories = (fc: ReturnType<PinIndex["pins"]>) => fc.features.reduce((n, f) => n + ("point_count" in f.properties ? f.properties.point_count : 1), 0);

describe("PinIndex", () => {
  const index = new PinIndex(spots);

  it("counts stories, not spots, in clusters, and splits them by zoom", () => {
    const far = index.pins([118, 27, 123, 31], 5, titles);
    expect(stories(far)).toBe(5);
    const cluster = far.features.find((f) => "cluster" in f.properties)!;
    expect(cluster.properties).toMatchObject({ cluster: true, point_count: 4, spots: 2, bounds: "120.17,30.21,120.21,30.25" });
    if ("cluster" in cluster.properties) {
      expect(cluster.properties.expansion_zoom).toBeGreaterThan(5);
      expect(index.spotsOf(cluster.properties.cluster_id).map((s) => s.stories).sort()).toEqual([1, 3]);
    }
    const near = index.pins([120, 30, 120.4, 30.4], 13, titles);
    expect(near.features.map((f) => f.properties)).toEqual(
      expect.arrayContaining([
        { spot: true, point_count: 3, lon: 120.17, lat: 30.25 },
        { id: "aaaaaaaaaaaa", title: "t-a", countyCode: "330108" },
      ]),
    );
  });

  it("answers only what is in the box, and rejects malformed boxes", () => {
    expect(stories(index.pins([121, 28, 121.5, 28.5], 10, titles))).toBe(1);
    expect(parseBbox("118,27,123,31")).toEqual([118, 27, 123, 31]);
    for (const bad of [null, "", "1,2,3", "a,b,c,d", "123,27,118,31", "-200,0,0,10"]) expect(parseBbox(bad)).toBeNull();
  });
});
