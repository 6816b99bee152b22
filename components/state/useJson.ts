"use client";

import { useEffect, useState } from "react";

export type Loadable<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; data: T }
  /** httpStatus: null when no answer came at all (network down, server stopped). */
  | { status: "error"; message: string; notFound: boolean; httpStatus: number | null };

/**
 * Fetches JSON for a URL (null = nothing to fetch) and reports loading, ready or error, so every
 * panel can say what is happening. `retry` refetches after an error.
 */
export function useJson<T>(url: string | null): [Loadable<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ url: string; attempt: number; value: Loadable<T> } | null>(null);

  useEffect(() => {
    if (!url) return;
    const ctrl = new AbortController();
    fetch(url, { signal: ctrl.signal })
      .then(async (res) => {
        if (!res.ok) {
          const body = (await res.json().catch(() => ({}))) as { error?: string };
          setResult({ url, attempt, value: { status: "error", message: body.error ?? `HTTP ${res.status}`, notFound: res.status === 404, httpStatus: res.status } });
          return;
        }
        setResult({ url, attempt, value: { status: "ready", data: (await res.json()) as T } });
      })
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        setResult({ url, attempt, value: { status: "error", message: e instanceof Error ? e.message : String(e), notFound: false, httpStatus: null } });
      });
    return () => ctrl.abort();
  }, [url, attempt]);

  const retry = () => setAttempt((n) => n + 1);
  if (!url) return [{ status: "idle" }, retry];
  if (!result || result.url !== url || result.attempt !== attempt) return [{ status: "loading" }, retry];
  return [result.value, retry];
}
