"use client";

import { useEffect, useState } from "react";
import type { DashboardStats } from "@/lib/view-models";

/**
 * The server's aggregates for the current filters and measure. Starts with those rendered into the
 * page; while new ones load, the last ones stay on screen (the map does not flash to empty).
 */
export function useStats(
  query: string,
  initial: { query: string; stats: DashboardStats },
): { stats: DashboardStats; loading: boolean; error: { message: string; httpStatus: number | null } | null; retry: () => void } {
  const [loaded, setLoaded] = useState(initial);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<{ query: string; attempt: number; message: string; httpStatus: number | null } | null>(null);

  useEffect(() => {
    if (query === loaded.query) return;
    const ctrl = new AbortController();
    fetch(`/api/stats?${query}`, { signal: ctrl.signal })
      .then(async (res) => {
        if (!res.ok) {
          const message = ((await res.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${res.status}`;
          return setError({ query, attempt, message, httpStatus: res.status });
        }
        setLoaded({ query, stats: (await res.json()) as DashboardStats });
      })
      .catch((e: unknown) => !ctrl.signal.aborted && setError({ query, attempt, message: e instanceof Error ? e.message : String(e), httpStatus: null }));
    return () => ctrl.abort();
  }, [query, loaded.query, attempt]);

  const failed = error?.query === query && error.attempt === attempt ? error : null;
  return {
    stats: loaded.stats,
    loading: loaded.query !== query && !failed,
    error: failed ? { message: failed.message, httpStatus: failed.httpStatus } : null,
    retry: () => setAttempt((n) => n + 1),
  };
}
