"use client";

import type { SearchResult } from "@/lib/view-models";
import { useJson, type Loadable } from "./useJson";

/** Ranked server-side search for the query under the current filters; an empty query means no search. */
export function useSearch(q: string, filters: string): [Loadable<SearchResult>, () => void] {
  return useJson<SearchResult>(q ? `/api/search?${filters}` : null);
}
