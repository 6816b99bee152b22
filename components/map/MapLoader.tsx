"use client";

import dynamic from "next/dynamic";

// MapLibre needs the browser (WebGL, workers): never render it on the server.
const ZhejiangMap = dynamic(() => import("./ZhejiangMap"), {
  ssr: false,
  loading: () => <div className="map-loading">正在加载地图…</div>,
});

export default ZhejiangMap;
