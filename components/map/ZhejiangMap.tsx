"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import * as maplibregl from "maplibre-gl";
import MapGL, { Layer, NavigationControl, Source } from "react-map-gl/maplibre";
import type { ExpressionSpecification } from "maplibre-gl";
import { baseStyle, MAP_COLORS, MAP_FONT, ZHEJIANG_BOUNDS } from "@/lib/map/style";
import { geoLayerUrl } from "@/lib/map/geo-layers";

// MapLibre looks for its worker next to its own module, which is wrong once bundled (STACK.md).
maplibregl.setWorkerUrl(new URL("maplibre-gl/dist/maplibre-gl-worker.mjs", import.meta.url).href);

export type CountyShade = { adcode: string; color: string };

type Props = {
  shades: CountyShade[];
  noDataColor: string;
  labelText: string;
};

declare global {
  interface Window {
    __map?: maplibregl.Map;
    __mapIdle?: boolean;
  }
}

export default function ZhejiangMap({ shades, noDataColor, labelText }: Props) {
  const [fontReady, setFontReady] = useState(false);

  useEffect(() => {
    // Labels are drawn with the page's web font; without it CJK glyphs would be empty boxes.
    let cancelled = false;
    document.fonts
      .load(`16px "${MAP_FONT}"`, labelText)
      .catch(() => undefined)
      .finally(() => !cancelled && setFontReady(true));
    return () => {
      cancelled = true;
    };
  }, [labelText]);

  const fillColor = useMemo<ExpressionSpecification | string>(() => {
    if (shades.length === 0) return noDataColor;
    const pairs = shades.flatMap((s) => [s.adcode, s.color]);
    return ["match", ["get", "adcode"], ...pairs, noDataColor] as unknown as ExpressionSpecification;
  }, [shades, noDataColor]);

  const onLoad = useCallback((e: { target: maplibregl.Map }) => {
    window.__map = e.target;
  }, []);
  const onIdle = useCallback(() => {
    window.__mapIdle = true;
  }, []);
  const onMoveStart = useCallback(() => {
    window.__mapIdle = false;
  }, []);

  if (!fontReady) return <div className="map-loading">正在加载地图字体…</div>;

  return (
    <MapGL
      mapLib={maplibregl}
      initialViewState={{ bounds: ZHEJIANG_BOUNDS, fitBoundsOptions: { padding: 24 } }}
      mapStyle={baseStyle()}
      localIdeographFontFamily={`"${MAP_FONT}", sans-serif`}
      style={{ position: "absolute", inset: 0 }}
      onLoad={(e) => onLoad(e)}
      onIdle={onIdle}
      onMoveStart={onMoveStart}
      attributionControl={false}
    >
      <NavigationControl position="top-left" showCompass={false} />
      <Source id="counties" type="geojson" data={geoLayerUrl("counties")} promoteId="adcode">
        <Layer id="county-fill" type="fill" paint={{ "fill-color": fillColor, "fill-opacity": 0.85 }} />
        <Layer id="county-line" type="line" paint={{ "line-color": MAP_COLORS.countyLine, "line-width": 0.6 }} />
      </Source>
      <Source id="cities" type="geojson" data={geoLayerUrl("cities")}>
        <Layer id="city-line" type="line" paint={{ "line-color": MAP_COLORS.cityLine, "line-width": 1.4 }} />
      </Source>
      <Source id="county-seats" type="geojson" data={geoLayerUrl("county-seats")}>
        <Layer
          id="county-label"
          type="symbol"
          layout={{
            "text-field": ["get", "name"],
            "text-font": [MAP_FONT],
            "text-size": ["interpolate", ["linear"], ["zoom"], 6, 10, 9, 14],
            "text-allow-overlap": false,
          }}
          paint={{ "text-color": MAP_COLORS.label, "text-halo-color": MAP_COLORS.labelHalo, "text-halo-width": 1.2 }}
        />
      </Source>
    </MapGL>
  );
}
