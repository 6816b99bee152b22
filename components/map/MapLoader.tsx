"use client";

import dynamic from "next/dynamic";
import { Component, useSyncExternalStore, type ReactNode } from "react";
import styles from "./map.module.css";

// MapLibre needs the browser (WebGL, workers): never render it on the server, and load it only
// on pages that show the map. The download starts as soon as this module runs in the browser,
// before React hydrates, rather than at first render.
const loadMap = () => import("./ZhejiangMap");
if (typeof window !== "undefined") void loadMap();

const ZhejiangMap = dynamic(loadMap, {
  ssr: false,
  // The map draws its own "loading" line in the interface language once its code is here.
  loading: () => <div className={styles.loading} aria-hidden />,
});

let webgl: boolean | null = null;
/** MapLibre 6 draws with WebGL 2; without it the map cannot start at all. */
function hasWebGL2(): boolean {
  if (webgl === null) {
    try {
      webgl = !!document.createElement("canvas").getContext("webgl2");
    } catch {
      webgl = false;
    }
  }
  return webgl;
}

const noSubscription = () => () => {};

/** Whether this browser can draw the map (true on the server, where nothing is drawn yet). */
export function useWebGL(): boolean {
  return useSyncExternalStore(noSubscription, hasWebGL2, () => true);
}

type UnavailableProps = { message: string; hint: string; action?: React.ReactNode };

/** What the map area shows when there is no map: why, and where the same stories are. */
export function MapUnavailable({ message, hint, action }: UnavailableProps) {
  return (
    <div className={styles.error} role="alert" data-testid="map-unavailable">
      <div>
        <p>{message}</p>
        <p>{hint}</p>
        {action}
      </div>
    </div>
  );
}

/** A render error inside the map leaves the rest of the page working: the parent shows its fallback. */
export class MapErrorBoundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch() {
    this.props.onError();
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

export default ZhejiangMap;
