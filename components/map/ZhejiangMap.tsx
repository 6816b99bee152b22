"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import * as maplibregl from "maplibre-gl";
import MapGL, { AttributionControl, Layer, NavigationControl, Source, type MapLayerMouseEvent, type MapRef } from "react-map-gl/maplibre";
import type { FeatureCollection, Point } from "geojson";
import type { Strings } from "@/lib/i18n";
import { grow, MAX_ZOOM, MIN_ZOOM, parseBounds, visibleInsets, type Insets } from "@/lib/map/camera";
import { EMPTY_PINS, INTERACTIVE_LAYERS, MAP_SOURCES, mapLayers } from "@/lib/map/layers";
import { covers, pinsArea, pinsAreaParams, type PinsArea } from "@/lib/map/pins-request";
import { baseStyle, MAP_FONT, ZHEJIANG_BOUNDS } from "@/lib/map/style";
import { CLUSTER_MAX_ZOOM } from "@/lib/map/clusters";
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
  /** A county's name in the interface language (the polygons carry the Chinese one). */
  countyName: (adcode: string, zhName: string) => string;
  selectedCounty: string | null;
  selectedArticle: string | null;
  camera: Camera | null;
  focus: MapFocus;
  /** Space the side panel or bottom sheet covers, so the map centres selections in what is visible. */
  padding: { top: number; right: number; bottom: number; left: number };
  ariaLabel: string;
  /** Interface strings: the map's own controls, tooltips and the pins' error state speak the interface language. */
  t: Strings;
  lang: "zh" | "en";
  onSelectCounty: (adcode: string) => void;
  onSelectArticle: (id: string, countyCode: string | null) => void;
  onShowStories: (what: PinStories) => void;
  onCameraChange: (camera: Camera) => void;
  /** The map could not start (no WebGL): the page shows its fallback instead. */
  onUnavailable: () => void;
};

type Hover = { x: number; y: number; title: string; line: string } | null;

/** MapLibre's own control labels in the interface language (its defaults are English). */
function mapLocale(t: Strings): Record<string, string> {
  return {
    "NavigationControl.ZoomIn": t.mapControls.zoomIn,
    "NavigationControl.ZoomOut": t.mapControls.zoomOut,
    "Map.Title": t.mapControls.map,
    "AttributionControl.ToggleAttribution": t.mapControls.attribution,
  };
}

// One style object for the map's life: a new object on each render would make react-map-gl call
// setStyle, which drops the sources and layers the children added.
const BASE_STYLE = baseStyle();
const TOOLTIP_OFFSET = 12;

function cameraOf(map: maplibregl.Map): Camera {
  const c = map.getCenter();
  return { zoom: Math.round(map.getZoom() * 100) / 100, lat: Math.round(c.lat * 1e4) / 1e4, lon: Math.round(c.lng * 1e4) / 1e4 };
}

function sameCamera(a: Camera, b: Camera): boolean {
  return Math.abs(a.zoom - b.zoom) < 0.05 && Math.abs(a.lat - b.lat) < 1e-3 && Math.abs(a.lon - b.lon) < 1e-3;
}

export default function ZhejiangMap(props: ZhejiangMapProps) {
  const { counties, pinsQuery, fills, selectedCounty, selectedArticle, camera, focus, padding, t, lang } = props;
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
  const [pinsFailed, setPinsFailed] = useState(false);
  // A tap on a touch screen also fires mouse events, and no "mouse leave" ever follows: tooltips are
  // for a hovering pointer only.
  const lastPointer = useRef<string>("mouse");

  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  const labelText = useMemo(() => counties.map((c) => c.name).join("") + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'", [counties]);
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
    () => mapLayers({ fills, selectedCounty, selectedArticle, labels: fontReady && loaded, lang }),
    [fills, selectedCounty, selectedArticle, fontReady, loaded, lang],
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
          if (pinsFetch.current !== ctrl) return;
          setPins(fc);
          setPinsFailed(false);
        })
        .catch(() => {
          if (pinsFetch.current !== ctrl || ctrl.signal.aborted) return;
          // Keep the pins shown, say so, and ask again on retry or on the next move.
          requested.current = null;
          setPinsFailed(true);
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

  // Fits leave a margin and never let the panel or sheet cover most of the map. The map's size is
  // read from its container in handlers, and kept in state for render (first the window's, which the
  // map fills on phones, until the map reports its own).
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  const inset = (n: number, map?: maplibregl.Map): Insets => {
    const el = map?.getContainer();
    return visibleInsets(el?.clientHeight ? { width: el.clientWidth, height: el.clientHeight } : size, grow(padding, n));
  };

  // Follow the URL's camera (back/forward, shared links) or move to a new selection.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    if (camera) {
      if (!sameCamera(camera, cameraOf(map))) map.easeTo({ center: [camera.lon, camera.lat], zoom: camera.zoom, duration: 600 });
      return;
    }
    if (focus?.kind === "county") map.fitBounds(focus.bbox, { padding: inset(40, map), duration: 700, maxZoom: 11 });
    else if (focus?.kind === "point") map.easeTo({ center: [focus.lon, focus.lat], zoom: Math.max(map.getZoom(), 9.5), padding: inset(0, map), duration: 700 });
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

  // MapLibre reads its control labels when they are created: switching the language updates its
  // table, and the controls below are re-created (keyed by language) to read it again.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    Object.assign(map._locale, mapLocale(t));
    map.getCanvas().setAttribute("aria-label", t.mapControls.map);
  }, [t, loaded]);

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
    // Whatever the click does, the tooltip it was hovering is stale now.
    setHover(null);
    const f = e.features?.[0];
    const map = mapRef.current?.getMap();
    if (!f || !map) return;
    const cb = callbacks.current;
    const p = f.properties ?? {};
    if (f.layer.id === "story-clusters") {
      const count = Number(p.point_count);
      if (p.spot) return cb.onShowStories({ kind: "spot", lon: Number(p.lon), lat: Number(p.lat), count });
      // One click does both: the panel lists the cluster's stories, and the camera fits all of its
      // places, so its pins separate at once instead of one zoom step per click.
      cb.onShowStories({ kind: "cluster", id: Number(p.cluster_id), version: Number(pinsVersion.current), count });
      const bounds = parseBounds(p.bounds);
      if (bounds) map.fitBounds(bounds, { padding: inset(60, map), maxZoom: CLUSTER_MAX_ZOOM, duration: 600 });
      else map.easeTo({ center: (f.geometry as Point).coordinates as [number, number], zoom: Number(p.expansion_zoom) + 0.2, duration: 500 });
    } else if (f.layer.id === "story-pins") {
      cb.onSelectArticle(String(p.id), p.countyCode ? String(p.countyCode) : null);
    } else if (f.layer.id === "county-fill" || f.layer.id === "county-label") {
      cb.onSelectCounty(String(p.adcode));
    }
    // inset reads the latest padding through its closure; it is layout, not a reason to rebind.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onMouseMove = useCallback((e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    if (!f || lastPointer.current === "touch") return setHover(null);
    const p = { x: e.point.x, y: e.point.y };
    const names = callbacks.current;
    if (f.layer.id === "county-fill" || f.layer.id === "county-label") {
      const code = String(f.properties?.adcode);
      setHover({ ...p, title: names.countyName(code, String(f.properties?.name)), line: names.hoverLine(code) });
    } else if (f.layer.id === "story-pins") setHover({ ...p, title: String(f.properties?.title), line: "" });
    else setHover({ ...p, title: names.t.storyCount(Number(f.properties?.point_count)), line: "" });
  }, []);

  const initialViewState = camera
    ? { longitude: camera.lon, latitude: camera.lat, zoom: camera.zoom }
    : focus?.kind === "county"
      ? { bounds: focus.bbox, fitBoundsOptions: { padding: inset(40), maxZoom: 11 } }
      : focus?.kind === "point"
        ? { longitude: focus.lon, latitude: focus.lat, zoom: 9.5, padding: inset(0) }
        : { bounds: ZHEJIANG_BOUNDS, fitBoundsOptions: { padding: inset(16) } };

  const tip = hover && tooltipPosition(hover, size);

  return (
    <div
      className={styles.wrap}
      role="region"
      aria-label={props.ariaLabel}
      onPointerDownCapture={(e) => {
        lastPointer.current = e.pointerType;
        if (e.pointerType === "touch") setHover(null);
      }}
      onPointerMoveCapture={(e) => {
        lastPointer.current = e.pointerType;
      }}
    >
      <MapGL
        ref={setMapRef}
        mapLib={maplibregl}
        initialViewState={initialViewState}
        mapStyle={BASE_STYLE}
        localIdeographFontFamily={`"${MAP_FONT}", sans-serif`}
        locale={mapLocale(t)}
        style={{ position: "absolute", inset: 0 }}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        cursor={hover ? "pointer" : "grab"}
        onLoad={(e) => {
          setSize({ width: e.target.getContainer().clientWidth, height: e.target.getContainer().clientHeight });
          onLoad(e);
        }}
        onResize={(e) => setSize({ width: e.target.getContainer().clientWidth, height: e.target.getContainer().clientHeight })}
        onError={(e) => {
          // Construction failed (no WebGL 2): there is no map to show. Later errors (a tile, a
          // style image) leave a working map and are only logged.
          if (!e.target || /webgl/i.test(String(e.error?.message))) props.onUnavailable();
          else console.warn(e.error);
        }}
        onIdle={() => (window.__mapIdle = !pinsPending.current)}
        onMoveStart={() => {
          window.__mapIdle = false;
          setHover(null);
        }}
        onMoveEnd={onMoveEnd}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
        attributionControl={false}
        // Labels appear at once: a fade keeps the map busy (not idle) for another 300 ms.
        fadeDuration={0}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        dragRotate={false}
        touchPitch={false}
      >
        <NavigationControl key={`nav-${lang}`} position="top-left" showCompass={false} />
        <AttributionControl key={`attr-${lang}`} compact customAttribution={t.attribution} />
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
      {!loaded && (
        <div className={styles.loading} role="status">
          {t.loadingMap}
        </div>
      )}
      {hover && tip && (
        <div className={styles.tooltip} style={{ left: tip.left, top: tip.top }} aria-hidden data-testid="map-tooltip">
          <strong>{hover.title}</strong>
          {hover.line && <span>{hover.line}</span>}
        </div>
      )}
      {pinsFailed && (
        <div className={styles.mapError} role="alert">
          <span>
            {t.failedWhat(t.whatPins)}：{t.networkError}
          </span>
          <button
            type="button"
            onClick={() => {
              const map = mapRef.current?.getMap();
              if (map) refreshPins(map, callbacks.current.pinsQuery);
            }}
          >
            {t.retry}
          </button>
        </div>
      )}
    </div>
  );
}

/** The tooltip beside the pointer, flipped to the other side near the map's right or bottom edge. */
function tooltipPosition(h: NonNullable<Hover>, { width, height }: { width: number; height: number }): { left: number; top: number } {
  const left = h.x + TOOLTIP_OFFSET + 240 > width ? Math.max(0, h.x - TOOLTIP_OFFSET - 240) : h.x + TOOLTIP_OFFSET;
  const top = h.y + TOOLTIP_OFFSET + 60 > height ? Math.max(0, h.y - TOOLTIP_OFFSET - 48) : h.y + TOOLTIP_OFFSET;
  return { left, top };
}
