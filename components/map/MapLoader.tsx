"use client";

import dynamic from "next/dynamic";
import { Component, type ReactNode } from "react";
import styles from "./map.module.css";

// MapLibre needs the browser (WebGL, workers): never render it on the server, and load it only
// on pages that show the map. The download starts as soon as this module runs in the browser,
// before React hydrates, rather than at first render.
const loadMap = () => import("./ZhejiangMap");
if (typeof window !== "undefined") void loadMap();

const ZhejiangMap = dynamic(loadMap, {
  ssr: false,
  loading: () => <div className={styles.loading}>正在加载地图…</div>,
});

/** Without WebGL MapLibre throws; the lists in the panel still reach every story. */
export class MapErrorBoundary extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? (
      <div className={styles.error} role="alert">
        {this.props.message}
      </div>
    ) : (
      this.props.children
    );
  }
}

export default ZhejiangMap;
