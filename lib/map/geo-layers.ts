/** The boundary and context files the map draws, served from data/geo by app/geo/[layer]. */
export const GEO_LAYERS = {
  counties: "zhejiang-counties.geojson",
  cities: "zhejiang-cities.geojson",
  province: "zhejiang-province.geojson",
  land: "zhejiang-context-land.geojson",
  lakes: "zhejiang-lakes.geojson",
  rivers: "zhejiang-rivers.geojson",
  "county-seats": "zhejiang-county-seats.geojson",
  "city-seats": "zhejiang-prefecture-seats.geojson",
} as const;

export type GeoLayer = keyof typeof GEO_LAYERS;

export function isGeoLayer(name: string): name is GeoLayer {
  return Object.hasOwn(GEO_LAYERS, name);
}

export function geoLayerUrl(layer: GeoLayer): string {
  return `/geo/${layer}`;
}
