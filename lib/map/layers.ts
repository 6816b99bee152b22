/**
 * The map's data layers as data: sources and MapLibre layer specifications, built from what the
 * view model decided (fills, selection). components/map/ZhejiangMap.tsx only renders this list.
 * Layer ids are public: tests and the bench query them (county-fill, story-pins, story-clusters …).
 */
import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import type { FeatureCollection, Point } from "geojson";
import { NO_DATA_COLOR } from "../compare/classes";
import type { Lang } from "../i18n";
import { englishNames } from "../place-names";
import { geoLayerUrl } from "./geo-layers";
import { MAP_COLORS, MAP_FONT } from "./style";

export const EMPTY_PINS: FeatureCollection<Point> = { type: "FeatureCollection", features: [] };

/** Sources in mount order; "stories" is filled with the server's clustered pins. */
export const MAP_SOURCES = [
  { id: "counties", data: geoLayerUrl("counties") },
  { id: "cities", data: geoLayerUrl("cities") },
  { id: "stories", data: null },
  { id: "county-seats", data: geoLayerUrl("county-seats") },
] as const;

export type MapSourceId = (typeof MAP_SOURCES)[number]["id"];

/**
 * Layers a click or hover can hit, top first. A county's name label selects the county like its
 * polygon does: a small county whose seat holds a pin (玉环市) stays clickable by its name.
 */
export const INTERACTIVE_LAYERS = ["story-clusters", "story-pins", "county-label", "county-fill"];

export type LayerInput = {
  /** adcode -> fill colour; counties absent here have no data (hatched). */
  fills: Map<string, string>;
  selectedCounty: string | null;
  selectedArticle: string | null;
  /** County names need the web font's glyphs: the label layer is added once they are loaded. */
  labels: boolean;
  /** Labels in Chinese, or in the English names of lib/place-names. */
  lang?: Lang;
};

export type MapLayer = LayerSpecification & { source: MapSourceId; beforeId?: string };

const HAS_COUNT: ExpressionSpecification = ["has", "point_count"];

/**
 * Pins and bubbles grow with the zoom: at the province view a full-size pin would cover most of a
 * small county (玉环市, 洞头区), leaving no polygon to click around it.
 */
const PIN_RADIUS: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 6, 4, 9, 6, 12, 7];
const PIN_STROKE: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 6, 1.5, 9, 2];
const BUBBLE_RADIUS: ExpressionSpecification = [
  "interpolate",
  ["linear"],
  ["zoom"],
  6,
  ["step", ["get", "point_count"], 9, 5, 11, 20, 14, 1000, 18],
  9,
  ["step", ["get", "point_count"], 11, 5, 14, 20, 18, 1000, 22],
];

function labelText(lang: Lang): ExpressionSpecification {
  if (lang === "zh") return ["get", "name"];
  return ["match", ["get", "adcode"], ...englishNames().flat(), ["get", "name"]] as unknown as ExpressionSpecification;
}

function fillColor(fills: Map<string, string>): ExpressionSpecification | string {
  if (fills.size === 0) return NO_DATA_COLOR;
  return ["match", ["get", "adcode"], ...[...fills].flat(), NO_DATA_COLOR] as unknown as ExpressionSpecification;
}

export function mapLayers({ fills, selectedCounty, selectedArticle, labels, lang = "zh" }: LayerInput): MapLayer[] {
  const layers: MapLayer[] = [
    { id: "county-fill", type: "fill", source: "counties", paint: { "fill-color": fillColor(fills), "fill-opacity": 0.9 } },
    {
      id: "county-nodata",
      type: "fill",
      source: "counties",
      filter: ["!", ["in", ["get", "adcode"], ["literal", [...fills.keys()]]]] as unknown as ExpressionSpecification,
      paint: { "fill-pattern": "hatch" },
    },
    { id: "county-line", type: "line", source: "counties", paint: { "line-color": MAP_COLORS.countyLine, "line-width": 0.6 } },
    {
      id: "county-selected",
      type: "line",
      source: "counties",
      filter: ["==", ["get", "adcode"], selectedCounty ?? ""],
      paint: { "line-color": MAP_COLORS.accent, "line-width": 3 },
    },
    { id: "city-line", type: "line", source: "cities", paint: { "line-color": MAP_COLORS.cityLine, "line-width": 1.4 } },
    {
      // Clusters of places, and places holding several stories: a bubble with the story count.
      id: "story-clusters",
      type: "circle",
      source: "stories",
      filter: HAS_COUNT,
      paint: {
        "circle-color": MAP_COLORS.accent,
        "circle-radius": BUBBLE_RADIUS,
        "circle-stroke-color": "#fff",
        "circle-stroke-width": 2,
      },
    },
    {
      id: "story-cluster-count",
      type: "symbol",
      source: "stories",
      filter: HAS_COUNT,
      layout: { "text-field": ["to-string", ["get", "point_count"]], "text-font": [MAP_FONT], "text-size": 12, "text-allow-overlap": true },
      paint: { "text-color": "#fff" },
    },
    {
      id: "story-pins",
      type: "circle",
      source: "stories",
      filter: ["!", HAS_COUNT],
      paint: { "circle-color": MAP_COLORS.accent, "circle-radius": PIN_RADIUS, "circle-stroke-color": "#fff", "circle-stroke-width": PIN_STROKE },
    },
    {
      id: "story-pin-selected",
      type: "circle",
      source: "stories",
      filter: ["all", ["!", HAS_COUNT], ["==", ["get", "id"], selectedArticle ?? ""]],
      paint: { "circle-color": "#fff", "circle-radius": 9, "circle-stroke-color": MAP_COLORS.accent, "circle-stroke-width": 4 },
    },
  ];
  if (labels) {
    layers.push({
      id: "county-label",
      type: "symbol",
      source: "county-seats",
      // Under the pins, above the polygons.
      beforeId: "story-clusters",
      layout: {
        "text-field": labelText(lang),
        "text-font": [MAP_FONT],
        "text-size": ["interpolate", ["linear"], ["zoom"], 6, lang === "zh" ? 10 : 9, 9, 14],
        "text-variable-anchor": ["top", "bottom", "left", "right"],
        "text-radial-offset": 0.6,
      },
      paint: { "text-color": MAP_COLORS.label, "text-halo-color": MAP_COLORS.labelHalo, "text-halo-width": 1.2 },
    });
  }
  return layers;
}
