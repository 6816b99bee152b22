import type { StyleSpecification } from "maplibre-gl";
import { geoLayerUrl } from "./geo-layers";

/** Fonts are the bundled web font; there is no glyph server, so `glyphs` is left out on purpose. */
export const MAP_FONT = "Noto Sans SC";

export const MAP_COLORS = {
  sea: "#dfe9f0",
  land: "#f4f1ea",
  countyLine: "#9aa5b1",
  cityLine: "#4a5561",
  water: "#b9d3e6",
  label: "#26313b",
  labelHalo: "#ffffff",
  accent: "#d1495b",
} as const;

/** Zhejiang's bounding box (WGS84), used for the initial camera and max bounds. */
export const ZHEJIANG_BOUNDS: [[number, number], [number, number]] = [
  [118.0, 27.0],
  [123.2, 31.2],
];

/** The static base: sea, land, lakes, rivers. County, city and story layers are added by the map component (the county polygons cover the province, so no province layer is drawn). */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: "geojson", data: geoLayerUrl("land") },
      lakes: { type: "geojson", data: geoLayerUrl("lakes") },
      rivers: { type: "geojson", data: geoLayerUrl("rivers") },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": MAP_COLORS.sea } },
      { id: "land", type: "fill", source: "land", paint: { "fill-color": MAP_COLORS.land } },
      { id: "lakes", type: "fill", source: "lakes", paint: { "fill-color": MAP_COLORS.water } },
      {
        id: "rivers",
        type: "line",
        source: "rivers",
        paint: { "line-color": MAP_COLORS.water, "line-width": ["interpolate", ["linear"], ["zoom"], 6, 1, 10, 2.5] },
      },
    ],
  };
}
