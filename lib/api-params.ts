/**
 * Query strings the client sends to the read API, built from the view state: the filters use the
 * page URL's own parameter names, so the server parses them with lib/url-state too.
 */
import type { Measure, ViewState } from "./url-state";

export function filterParams(s: Pick<ViewState, "city" | "tag" | "from" | "to" | "q">, extra: Record<string, string | null | undefined> = {}): string {
  const p = new URLSearchParams();
  if (s.city) p.set("city", s.city);
  if (s.tag) p.set("tag", s.tag);
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.q) p.set("q", s.q);
  for (const [k, v] of Object.entries(extra)) if (v) p.set(k, v);
  return p.toString();
}

export function statsParams(s: Pick<ViewState, "city" | "tag" | "from" | "to" | "q" | "view">, measure: Measure): string {
  return filterParams(s, { measure: measure === "stories" ? null : measure, coverage: s.view === "compare" ? "1" : null });
}

/** "How this was computed" for the chosen counties (or every county, for the ranking's export). */
export function explainParams(s: Pick<ViewState, "city" | "tag" | "from" | "to" | "q">, measure: Measure, counties: string[] | "all"): string {
  return filterParams(s, { measure, counties: counties === "all" ? "all" : counties.join(",") });
}
