/**
 * The drawings of a place for Open Graph images: its own outline fitted to a large box, and a small
 * locator map (Zhejiang's outline with the place filled in) so a reader who does not know 新昌县
 * sees where it is. Boundaries come from data/geo, the same files the map draws.
 */
import fs from "node:fs";
import path from "node:path";
import { GEO_LAYERS } from "../map/geo-layers";
import { boundsOf, fitProjection, pathFor, type Box, type PolygonGeometry } from "./shape-path";

type OutlineLayer = "counties" | "cities" | "province";
type Feature = { properties?: { adcode?: unknown }; geometry?: PolygonGeometry | null };

export type PlaceOutline = {
  /** The place alone, fitted to the shape box. */
  shape: string;
  /** Zhejiang's outline and the place, fitted to the locator box. */
  locator: { province: string; place: string };
};

// Boundaries are immutable data files: parse each layer once per process.
const layers = new Map<string, Map<string, PolygonGeometry>>();

export function loadOutlines(layer: OutlineLayer, root: string = process.cwd()): Map<string, PolygonGeometry> {
  const file = path.join(root, "data/geo", GEO_LAYERS[layer]);
  let byCode = layers.get(file);
  if (!byCode) {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as { features?: Feature[] };
    byCode = new Map();
    for (const f of parsed.features ?? []) {
      const code = f.properties?.adcode;
      const g = f.geometry;
      if (g && (g.type === "Polygon" || g.type === "MultiPolygon")) byCode.set(String(code), g);
    }
    layers.set(file, byCode);
  }
  return byCode;
}

/** Which boundary file holds a code: 330000 the province, 33xx00 a city, other 33xxxx a county. */
export function outlineLayerOf(code: string): OutlineLayer | null {
  if (code === "330000") return "province";
  if (/^33\d{2}00$/.test(code)) return "cities";
  if (/^33\d{4}$/.test(code)) return "counties";
  return null;
}

export function placeOutline(code: string, boxes: { shape: Box; locator: Box }, root: string = process.cwd()): PlaceOutline | null {
  const layer = outlineLayerOf(code);
  if (!layer) return null;
  const geometry = loadOutlines(layer, root).get(code);
  const province = loadOutlines("province", root).get("330000");
  if (!geometry || !province) return null;

  const ownBounds = boundsOf([geometry]);
  const provinceBounds = boundsOf([province]);
  if (!ownBounds || !provinceBounds) return null;
  const locate = fitProjection(provinceBounds, boxes.locator);
  return {
    shape: pathFor(geometry, fitProjection(ownBounds, boxes.shape)),
    // a coarser step: at locator size the coastline's islands would be a haze of dots
    locator: { province: pathFor(province, locate, 1.5), place: pathFor(geometry, locate, 0.5) },
  };
}
