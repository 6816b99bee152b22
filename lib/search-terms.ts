/** Search terms of a query: whitespace-separated, deduplicated, at most eight. */
export function searchTerms(q: string): string[] {
  return [...new Set(q.trim().split(/\s+/).filter(Boolean))].slice(0, 8);
}
