"use client";

import { useEffect, useState } from "react";
import type { DashboardStats } from "@/lib/view-models";

/**
 * The server's aggregates for the current filters and measure. Starts with those rendered into the
 * page; while new ones load, the last ones stay on screen (the map does not flash to empty).
 */
export function useStats(query: string, initial: { query: string; stats: DashboardStats }): { stats: DashboardStats; loading: boolean; error: string | null } {
  const [loaded, setLoaded] = useState(initial);
  const [error, setError] = useState<{ query: string; message: string } | null>(null);

  useEffect(() => {
    if (query === loaded.query) return;
    const ctrl = new AbortController();
    fetch(`/api/stats?${query}`, { signal: ctrl.signal })
      .then(async (res) => {
        if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${res.status}`);
        setLoaded({ query, stats: (await res.json()) as DashboardStats });
      })
      .catch((e: unknown) => !ctrl.signal.aborted && setError({ query, message: e instanceof Error ? e.message : String(e) }));
    return () => ctrl.abort();
  }, [query, loaded.query]);

  return { stats: loaded.stats, loading: loaded.query !== query && error?.query !== query, error: error?.query === query ? error.message : null };
}
