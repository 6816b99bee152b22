"use client";

import { useSyncExternalStore } from "react";

/** Phones get a bottom sheet instead of a side panel. */
export const PHONE_MAX_WIDTH = 720;

const subscribe = (cb: () => void) => {
  window.addEventListener("resize", cb);
  return () => window.removeEventListener("resize", cb);
};

export function useViewport(): { width: number; height: number } {
  const w = useSyncExternalStore(subscribe, () => window.innerWidth, () => 1280);
  const h = useSyncExternalStore(subscribe, () => window.innerHeight, () => 800);
  return { width: w, height: h };
}
