"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import * as maplibregl from "maplibre-gl";
import MapGL, { Layer, NavigationControl, Source, type MapLayerMouseEvent, type MapRef } from "react-map-gl/maplibre";
import type { FeatureCollection, Point } from "geojson";
import { EMPTY_PINS, INTERACTIVE_LAYERS, MAP_SOURCES, mapLayers } from "@/lib/map/layers";
import { covers, pinsArea, pinsAreaParams, type PinsArea } from "@/lib/map/pins-request";
import { baseStyle, MAP_FONT, ZHEJIANG_BOUNDS } from "@/lib/map/style";
import type { Camera } from "@/lib/url-state";
import type { CountyInfo } from "@/lib/view-models";
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

/** Stories behind a bubble: one place holding several, or a cluster of places (ids are per data version). */
export type PinStories = { kind: "spot"; lon: number; lat: number; count: number } | { kind: "cluster"; id: number; version: number; count: number };

export type ZhejiangMapProps = {
  counties: CountyInfo[];
  /** The filters' query string (city=…&q=…): pins come from /api/pins for it, by viewport and zoom. */
  pinsQuery: string;
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
  onSelectArticle: (id: string, countyCode: string | null) => void;
  onShowStories: (what: PinStories) => void;
  onCameraChange: (camera: Camera) => void;
};

type Hover = { x: number; y: number; title: string; line: string } | null;

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
  const { counties, pinsQuery, fills, selectedCounty, selectedArticle, camera, focus, padding } = props;
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

  const layers = useMemo(
    () => mapLayers({ fills, selectedCounty, selectedArticle, labels: fontReady && loaded }),
    [fills, selectedCounty, selectedArticle, fontReady, loaded],
  );

  // Pins by viewport and zoom from the server; a pan within the loaded area fetches nothing.
  const [pins, setPins] = useState<FeatureCollection<Point> & { version?: number }>(EMPTY_PINS);
  const requested = useRef<{ query: string; area: PinsArea } | null>(null);
  const pinsFetch = useRef<AbortController | null>(null);
  const pinsPending = useRef(false);
  const settlePins = useCallback(() => {
    // The map is not "idle" for tests and the bench until the pins it asked for are drawn; a
    // repaint makes MapLibre report idle again once they are.
    pinsPending.current = false;
    mapRef.current?.getMap().triggerRepaint();
  }, []);
  const refreshPins = useCallback(
    (map: maplibregl.Map, query: string) => {
      const b = map.getBounds();
      const view: [number, number, number, number] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      // Already loaded or on its way: a pan inside the padded area needs nothing new.
      if (requested.current?.query === query && covers(requested.current.area, view, map.getZoom())) return;
      const area = pinsArea(view, map.getZoom());
      pinsFetch.current?.abort();
      const ctrl = new AbortController();
      pinsFetch.current = ctrl;
      requested.current = { query, area };
      pinsPending.current = true;
      window.__mapIdle = false;
      fetch(`/api/pins?${query}${query ? "&" : ""}${pinsAreaParams(area)}`, { signal: ctrl.signal })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
        .then((fc: FeatureCollection<Point> & { version: number }) => {
          if (pinsFetch.current === ctrl) setPins(fc);
        })
        .catch(() => {
          if (pinsFetch.current !== ctrl) return;
          // Keep the pins shown; ask again on the next move.
          requested.current = null;
          settlePins();
        });
    },
    [settlePins],
  );
  // The new pins are committed (the Source child has called setData): now the map may go idle.
  useEffect(() => {
    if (pinsPending.current) settlePins();
  }, [pins, settlePins]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (map && loaded) refreshPins(map, pinsQuery);
  }, [pinsQuery, loaded, refreshPins]);
  useEffect(() => () => pinsFetch.current?.abort(), []);

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

  const onLoad = useCallback(
    (e: { target: maplibregl.Map }) => {
      const map = e.target;
      window.__map = map;
      // Ask for pins now, before MapLibre can report its first idle without them.
      refreshPins(map, callbacks.current.pinsQuery);
      setLoaded(true);
    },
    [refreshPins],
  );

  const onMoveEnd = useCallback(
    (e: { target: maplibregl.Map }) => {
      refreshPins(e.target, callbacks.current.pinsQuery);
      callbacks.current.onCameraChange(cameraOf(e.target));
    },
    [refreshPins],
  );

  const pinsVersion = useRef<number | undefined>(undefined);
  useEffect(() => {
    pinsVersion.current = pins.version;
  }, [pins]);
  const onClick = useCallback((e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    const map = mapRef.current?.getMap();
    if (!f || !map) return;
    const cb = callbacks.current;
    const p = f.properties ?? {};
    if (f.layer.id === "story-clusters") {
      const count = Number(p.point_count);
      if (p.spot) cb.onShowStories({ kind: "spot", lon: Number(p.lon), lat: Number(p.lat), count });
      else if (Number(p.expansion_zoom) > CLUSTER_LIST_ZOOM) cb.onShowStories({ kind: "cluster", id: Number(p.cluster_id), version: Number(pinsVersion.current), count });
      else map.easeTo({ center: (f.geometry as Point).coordinates as [number, number], zoom: Number(p.expansion_zoom) + 0.2, duration: 500 });
    } else if (f.layer.id === "story-pins") {
      cb.onSelectArticle(String(p.id), p.countyCode ? String(p.countyCode) : null);
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
        interactiveLayerIds={INTERACTIVE_LAYERS}
        cursor={hover ? "pointer" : "grab"}
        onLoad={onLoad}
        onIdle={() => (window.__mapIdle = !pinsPending.current)}
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
        {MAP_SOURCES.map((src) => (
          <Source key={src.id} id={src.id} type="geojson" data={src.data ?? pins}>
            {layers
              .filter((l) => l.source === src.id)
              .map((layer) => (
                <Layer key={layer.id} {...(layer as Parameters<typeof Layer>[0])} />
              ))}
          </Source>
        ))}
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
