"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { onlyCameraDiffers, parseViewState, serializeViewState, type ViewState } from "@/lib/url-state";

export type HistoryMode = "push" | "replace";
export type SetViewState = (patch: Partial<ViewState>, mode?: HistoryMode) => void;

/**
 * The React side of lib/url-state: the URL is the source of truth. Selections push a history
 * entry (so back/forward walk through them); camera moves replace the current one.
 */
export function useViewState(initial: ViewState): [ViewState, SetViewState] {
  const [state, setState] = useState(initial);
  const current = useRef(initial);

  useEffect(() => {
    const fromLocation = () => {
      const next = parseViewState(window.location.search, window.location.hash);
      current.current = next;
      setState(next);
    };
    // The server cannot see an OpenStreetMap-style #map= hash; pick it up once on load.
    if (!initial.camera && /map=/.test(window.location.hash)) fromLocation();
    window.addEventListener("popstate", fromLocation);
    return () => window.removeEventListener("popstate", fromLocation);
  }, [initial.camera]);

  const update = useCallback<SetViewState>((patch, mode) => {
    const prev = current.current;
    const next = { ...prev, ...patch };
    const url = `${window.location.pathname}${serializeViewState(next)}`;
    if (url !== `${window.location.pathname}${window.location.search}` || window.location.hash) {
      const how = mode ?? (onlyCameraDiffers(prev, next) ? "replace" : "push");
      if (how === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    current.current = next;
    setState(next);
  }, []);

  return [state, update];
}
