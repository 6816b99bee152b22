"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import * as maplibregl from "maplibre-gl";
import MapGL, { Layer, NavigationControl, Source, type MapLayerMouseEvent, type MapRef } from "react-map-gl/maplibre";
import type { ExpressionSpecification, GeoJSONSource } from "maplibre-gl";
import type { FeatureCollection, Point } from "geojson";
import { geoLayerUrl } from "@/lib/map/geo-layers";
import { baseStyle, MAP_COLORS, MAP_FONT, ZHEJIANG_BOUNDS } from "@/lib/map/style";
import { NO_DATA_COLOR } from "@/lib/compare/classes";
import type { Camera } from "@/lib/url-state";
import type { ArticleSummary, CountyInfo } from "@/lib/view-models";
import { hatchImage } from "./hatch";
import styles from "./map.module.css";

// MapLibre looks for its worker next to its own module, which is wrong once bundled (STACK.md).
maplibregl.setWorkerUrl(new URL("maplibre-gl/dist/maplibre-gl-worker.mjs", import.meta.url).href);
// Start the worker now, while React mounts the map, instead of when the map is constructed.
if (typeof window !== "undefined") maplibregl.prewarm();

declare global {
  interface Window {
    __map?: maplibregl.Map;
    __mapIdle?: boolean;
  }
}

export type MapFocus = { kind: "county"; bbox: [number, number, number, number] } | { kind: "point"; lon: number; lat: number } | null;

export type ZhejiangMapProps = {
  counties: CountyInfo[];
  articles: ArticleSummary[];
  /** adcode -> fill colour; counties absent here have no data (hatched). */
  fills: Map<string, string>;
  /** adcode -> hover text second line, e.g. "杭州市 · 3 篇报道". */
  hoverLine: (adcode: string) => string;
  selectedCounty: string | null;
  selectedArticle: string | null;
  camera: Camera | null;
  focus: MapFocus;
  /** Space the side panel or bottom sheet covers, so the map centres selections in what is visible. */
  padding: { top: number; right: number; bottom: number; left: number };
  ariaLabel: string;
  onSelectCounty: (adcode: string) => void;
  onSelectArticle: (id: string) => void;
  onShowCluster: (ids: string[]) => void;
  onCameraChange: (camera: Camera) => void;
};

type Hover = { x: number; y: number; title: string; line: string } | null;

const INTERACTIVE = ["story-clusters", "story-pins", "county-fill"];
// One style object for the map's life: a new object on each render would make react-map-gl call
// setStyle, which drops the sources and layers the children added.
const BASE_STYLE = baseStyle();
/** Beyond this zoom a cluster is listed instead of zoomed: its stories share one spot. */
const CLUSTER_LIST_ZOOM = 12;

function cameraOf(map: maplibregl.Map): Camera {
  const c = map.getCenter();
  return { zoom: Math.round(map.getZoom() * 100) / 100, lat: Math.round(c.lat * 1e4) / 1e4, lon: Math.round(c.lng * 1e4) / 1e4 };
}

function sameCamera(a: Camera, b: Camera): boolean {
  return Math.abs(a.zoom - b.zoom) < 0.05 && Math.abs(a.lat - b.lat) < 1e-3 && Math.abs(a.lon - b.lon) < 1e-3;
}

export default function ZhejiangMap(props: ZhejiangMapProps) {
  const { counties, articles, fills, selectedCounty, selectedArticle, camera, focus, padding } = props;
  const mapRef = useRef<MapRef | null>(null);
  // The hatch pattern is drawn in code; MapLibre asks the resolver the first time a layer needs it.
  const setMapRef = useCallback((ref: MapRef | null) => {
    mapRef.current = ref;
    ref?.getMap().setMissingStyleImageResolver((id) => {
      const map = ref.getMap();
      if (id === "hatch" && !map.hasImage("hatch")) map.addImage("hatch", hatchImage());
    });
  }, []);
  const [fontReady, setFontReady] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [hover, setHover] = useState<Hover>(null);

  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  const labelText = useMemo(() => counties.map((c) => c.name).join("") + "0123456789", [counties]);
  useEffect(() => {
    // Labels are drawn with the page's web font; without it CJK glyphs would be empty boxes. The map
    // does not wait for it: the label layer is added once the glyphs are there.
    let cancelled = false;
    document.fonts
      .load(`16px "${MAP_FONT}"`, labelText)
      .catch(() => undefined)
      .finally(() => !cancelled && setFontReady(true));
    return () => {
      cancelled = true;
    };
  }, [labelText]);

  const fillColor = useMemo(() => {
    if (fills.size === 0) return NO_DATA_COLOR;
    return ["match", ["get", "adcode"], ...[...fills].flat(), NO_DATA_COLOR] as unknown as ExpressionSpecification;
  }, [fills]);
  const noDataFilter = useMemo(
    () => ["!", ["in", ["get", "adcode"], ["literal", [...fills.keys()]]]] as unknown as ExpressionSpecification,
    [fills],
  );

  const pins = useMemo<FeatureCollection<Point>>(
    () => ({
      type: "FeatureCollection",
      features: articles
        .filter((a) => a.lon !== null && a.lat !== null)
        .map((a) => ({ type: "Feature", geometry: { type: "Point", coordinates: [a.lon!, a.lat!] }, properties: { id: a.id, title: a.title } })),
    }),
    [articles],
  );

  const inset = (n: number) => ({ top: padding.top + n, right: padding.right + n, bottom: padding.bottom + n, left: padding.left + n });

  // Follow the URL's camera (back/forward, shared links) or move to a new selection.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    if (camera) {
      if (!sameCamera(camera, cameraOf(map))) map.easeTo({ center: [camera.lon, camera.lat], zoom: camera.zoom, duration: 600 });
      return;
    }
    if (focus?.kind === "county") map.fitBounds(focus.bbox, { padding: inset(40), duration: 700, maxZoom: 11 });
    else if (focus?.kind === "point") map.easeTo({ center: [focus.lon, focus.lat], zoom: Math.max(map.getZoom(), 9.5), padding, duration: 700 });
    // padding is layout, not a reason to move the camera again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [camera, focus]);

  const onLoad = useCallback((e: { target: maplibregl.Map }) => {
    const map = e.target;
    window.__map = map;
    setLoaded(true);
  }, []);

  const onMoveEnd = useCallback((e: { target: maplibregl.Map }) => {
    callbacks.current.onCameraChange(cameraOf(e.target));
  }, []);

  const onClick = useCallback(async (e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    const map = mapRef.current?.getMap();
    if (!f || !map) return;
    const cb = callbacks.current;
    if (f.layer.id === "story-clusters") {
      const src = map.getSource("stories") as GeoJSONSource;
      const clusterId = Number(f.properties?.cluster_id);
      const [zoom, leaves] = await Promise.all([src.getClusterExpansionZoom(clusterId), src.getClusterLeaves(clusterId, 500, 0)]);
      const ids = leaves.map((l) => String(l.properties?.id));
      const spots = new Set(leaves.map((l) => ((l.geometry as Point).coordinates ?? []).join(",")));
      if (spots.size === 1 || zoom > CLUSTER_LIST_ZOOM) cb.onShowCluster(ids);
      else map.easeTo({ center: (f.geometry as Point).coordinates as [number, number], zoom: zoom + 0.2, duration: 500 });
    } else if (f.layer.id === "story-pins") {
      cb.onSelectArticle(String(f.properties?.id));
    } else if (f.layer.id === "county-fill") {
      cb.onSelectCounty(String(f.properties?.adcode));
    }
  }, []);

  const onMouseMove = useCallback((e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    if (!f) return setHover(null);
    const p = { x: e.point.x, y: e.point.y };
    if (f.layer.id === "county-fill") setHover({ ...p, title: String(f.properties?.name), line: callbacks.current.hoverLine(String(f.properties?.adcode)) });
    else if (f.layer.id === "story-pins") setHover({ ...p, title: String(f.properties?.title), line: "" });
    else setHover({ ...p, title: `${f.properties?.point_count} 篇报道`, line: "" });
  }, []);

  const initialViewState = camera
    ? { longitude: camera.lon, latitude: camera.lat, zoom: camera.zoom }
    : focus?.kind === "county"
      ? { bounds: focus.bbox, fitBoundsOptions: { padding: inset(40), maxZoom: 11 } }
      : focus?.kind === "point"
        ? { longitude: focus.lon, latitude: focus.lat, zoom: 9.5, padding }
        : { bounds: ZHEJIANG_BOUNDS, fitBoundsOptions: { padding: inset(16) } };

  return (
    <div className={styles.wrap} role="region" aria-label={props.ariaLabel}>
      <MapGL
        ref={setMapRef}
        mapLib={maplibregl}
        initialViewState={initialViewState}
        mapStyle={BASE_STYLE}
        localIdeographFontFamily={`"${MAP_FONT}", sans-serif`}
        style={{ position: "absolute", inset: 0 }}
        interactiveLayerIds={INTERACTIVE}
        cursor={hover ? "pointer" : "grab"}
        onLoad={onLoad}
        onIdle={() => (window.__mapIdle = true)}
        onMoveStart={() => (window.__mapIdle = false)}
        onMoveEnd={onMoveEnd}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
        attributionControl={{ compact: true, customAttribution: "边界：阿里云 DataV.GeoAtlas（高德）· 乡镇点：Vonng/adcode CC BY 4.0 · Natural Earth" }}
        // Labels appear at once: a fade keeps the map busy (not idle) for another 300 ms.
        fadeDuration={0}
        minZoom={5}
        maxZoom={14}
        dragRotate={false}
        touchPitch={false}
      >
        <NavigationControl position="top-left" showCompass={false} />
        <Source id="counties" type="geojson" data={geoLayerUrl("counties")}>
          <Layer id="county-fill" type="fill" paint={{ "fill-color": fillColor, "fill-opacity": 0.9 }} />
          <Layer id="county-nodata" type="fill" filter={noDataFilter} paint={{ "fill-pattern": "hatch" }} />
          <Layer id="county-line" type="line" paint={{ "line-color": MAP_COLORS.countyLine, "line-width": 0.6 }} />
          <Layer
            id="county-selected"
            type="line"
            filter={["==", ["get", "adcode"], selectedCounty ?? ""]}
            paint={{ "line-color": MAP_COLORS.accent, "line-width": 3 }}
          />
        </Source>
        <Source id="cities" type="geojson" data={geoLayerUrl("cities")}>
          <Layer id="city-line" type="line" paint={{ "line-color": MAP_COLORS.cityLine, "line-width": 1.4 }} />
        </Source>
        <Source id="stories" type="geojson" data={pins} cluster clusterRadius={28} clusterMaxZoom={13}>
          <Layer
            id="story-clusters"
            type="circle"
            filter={["has", "point_count"]}
            paint={{ "circle-color": MAP_COLORS.accent, "circle-radius": ["step", ["get", "point_count"], 11, 5, 14, 20, 18], "circle-stroke-color": "#fff", "circle-stroke-width": 2 }}
          />
          <Layer
            id="story-cluster-count"
            type="symbol"
            filter={["has", "point_count"]}
            layout={{ "text-field": ["to-string", ["get", "point_count"]], "text-font": [MAP_FONT], "text-size": 12, "text-allow-overlap": true }}
            paint={{ "text-color": "#fff" }}
          />
          <Layer
            id="story-pins"
            type="circle"
            filter={["!", ["has", "point_count"]]}
            paint={{ "circle-color": MAP_COLORS.accent, "circle-radius": 6, "circle-stroke-color": "#fff", "circle-stroke-width": 2 }}
          />
          <Layer
            id="story-pin-selected"
            type="circle"
            filter={["all", ["!", ["has", "point_count"]], ["==", ["get", "id"], selectedArticle ?? ""]]}
            paint={{ "circle-color": "#fff", "circle-radius": 9, "circle-stroke-color": MAP_COLORS.accent, "circle-stroke-width": 4 }}
          />
        </Source>
        <Source id="county-seats" type="geojson" data={geoLayerUrl("county-seats")}>
          {fontReady && loaded && (
            <Layer
              id="county-label"
              beforeId="story-clusters"
              type="symbol"
              layout={{
                "text-field": ["get", "name"],
                "text-font": [MAP_FONT],
                "text-size": ["interpolate", ["linear"], ["zoom"], 6, 10, 9, 14],
                "text-variable-anchor": ["top", "bottom", "left", "right"],
                "text-radial-offset": 0.6,
              }}
              paint={{ "text-color": MAP_COLORS.label, "text-halo-color": MAP_COLORS.labelHalo, "text-halo-width": 1.2 }}
            />
          )}
        </Source>
      </MapGL>
      {hover && (
        <div className={styles.tooltip} style={{ left: hover.x + 12, top: hover.y + 12 }} aria-hidden>
          <strong>{hover.title}</strong>
          {hover.line && <span>{hover.line}</span>}
        </div>
      )}
    </div>
  );
}
