"use client";

import type { SearchHit } from "@/lib/view-models";
import { useJson, type Loadable } from "./useJson";

/** Server-side search for the current query; null query means no search is active. */
export function useSearch(q: string): Loadable<{ q: string; hits: SearchHit[] }> {
  const [result] = useJson<{ q: string; hits: SearchHit[] }>(q ? `/api/search?q=${encodeURIComponent(q)}` : null);
  return result;
}
