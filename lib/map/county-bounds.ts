import fs from "node:fs";
import path from "node:path";
import { bbox } from "@turf/turf";
import type { FeatureCollection, Geometry } from "geojson";
import { GEO_LAYERS } from "./geo-layers";

export type BBox = [number, number, number, number];

let cache: { root: string; bounds: Map<string, BBox> } | null = null;

/** Bounding box of every county polygon (for "move the map to the county"), read once per process. */
export function countyBounds(root: string = process.cwd()): Map<string, BBox> {
  if (cache?.root === root) return cache.bounds;
  const fc = JSON.parse(fs.readFileSync(path.join(root, "data/geo", GEO_LAYERS.counties), "utf8")) as FeatureCollection<Geometry, { adcode: string }>;
  const bounds = new Map<string, BBox>();
  for (const f of fc.features) {
    const [w, s, e, n] = bbox(f);
    bounds.set(String(f.properties.adcode), [w, s, e, n].map((x) => Math.round(x * 1e4) / 1e4) as BBox);
  }
  cache = { root, bounds };
  return bounds;
}
