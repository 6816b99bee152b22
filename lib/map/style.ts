import type { StyleSpecification } from "maplibre-gl";
import { geoLayerUrl } from "./geo-layers";

/** Fonts are the bundled web font; there is no glyph server, so `glyphs` is left out on purpose. */
export const MAP_FONT = "Noto Sans SC";

export const MAP_COLORS = {
  sea: "#dfe9f0",
  land: "#f4f1ea",
  province: "#fbfaf7",
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

/** The static base: sea, land, lakes, rivers, province. County and city layers are added by the map component. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: "geojson", data: geoLayerUrl("land") },
      province: { type: "geojson", data: geoLayerUrl("province") },
      lakes: { type: "geojson", data: geoLayerUrl("lakes") },
      rivers: { type: "geojson", data: geoLayerUrl("rivers") },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": MAP_COLORS.sea } },
      { id: "land", type: "fill", source: "land", paint: { "fill-color": MAP_COLORS.land } },
      { id: "province-fill", type: "fill", source: "province", paint: { "fill-color": MAP_COLORS.province } },
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
