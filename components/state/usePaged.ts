"use client";

import { useCallback, useEffect, useState } from "react";
import type { Page } from "@/lib/view-models";

export type Paged<T> = {
  status: "loading" | "ready" | "error";
  items: T[];
  total: number;
  message: string;
  /** The failed request's HTTP status, null when no answer came. */
  httpStatus: number | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  retry: () => void;
};

type State<T> = {
  url: string;
  attempt: number;
  items: T[];
  total: number;
  next: string | null;
  status: Paged<T>["status"];
  message: string;
  httpStatus: number | null;
  loadingMore: boolean;
};

/** An answer that was not OK: its status travels with the error so the UI can say what went wrong. */
class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}
const statusOf = (e: unknown) => (e instanceof HttpError ? e.status : null);

async function fetchPage<T>(url: string, cursor: string | null, signal?: AbortSignal): Promise<Page<T>> {
  const res = await fetch(cursor ? `${url}${url.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(cursor)}` : url, { signal });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    throw new HttpError(body.error ?? `HTTP ${res.status}`, res.status);
  }
  return (await res.json()) as Page<T>;
}

/** A server list read page by page (newest first, cursor paging); a new URL starts over. */
export function usePaged<T>(url: string | null): Paged<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<State<T> | null>(null);

  useEffect(() => {
    if (!url) return;
    const ctrl = new AbortController();
    fetchPage<T>(url, null, ctrl.signal)
      .then((p) => setState({ url, attempt, items: p.items, total: p.total, next: p.nextCursor, status: "ready", message: "", httpStatus: null, loadingMore: false }))
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted)
          setState({ url, attempt, items: [], total: 0, next: null, status: "error", message: e instanceof Error ? e.message : String(e), httpStatus: statusOf(e), loadingMore: false });
      });
    return () => ctrl.abort();
  }, [url, attempt]);

  const current = state && state.url === url && state.attempt === attempt ? state : null;
  const loadMore = useCallback(() => {
    if (!current?.next || current.loadingMore || !url) return;
    setState({ ...current, loadingMore: true });
    fetchPage<T>(url, current.next)
      .then((p) => setState((s) => (s && s.url === url ? { ...s, items: [...s.items, ...p.items], next: p.nextCursor, total: p.total, loadingMore: false } : s)))
      .catch((e: unknown) => setState((s) => (s && s.url === url ? { ...s, loadingMore: false, message: e instanceof Error ? e.message : String(e), httpStatus: statusOf(e) } : s)));
  }, [current, url]);

  return {
    status: current?.status ?? "loading",
    items: current?.items ?? [],
    total: current?.total ?? 0,
    message: current?.message ?? "",
    httpStatus: current?.httpStatus ?? null,
    hasMore: Boolean(current?.next),
    loadingMore: current?.loadingMore ?? false,
    loadMore,
    retry: () => setAttempt((n) => n + 1),
  };
}
