// Routes name two places (菜园至花鸟, 沈家门到六横, 定海—岱山): each end is context for the other.
import type { PlaceItem, State, Token } from "./types";

const ROUTE_LINKS = new Set(["至", "到", "往", "—", "-"]);

/** tokens[k] and a place name are the two ends of a route (X至Y / Y至X), one link character apart. */
export function routeNeighbour(text: string, tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (next?.kind === "place" && next.start === w.end + 1 && ROUTE_LINKS.has(text[w.end] ?? "")) return true;
  return prev?.kind === "place" && prev.end === w.start - 1 && ROUTE_LINKS.has(text[prev.end] ?? "");
}

/** The item is one end of a route whose other end is an accepted place of `county` (菜园至花鸟). */
export function routeInCounty(s: State, it: PlaceItem, county: string): boolean {
  const text = s.texts[it.src];
  return s.items.some(
    (o) =>
      o !== it &&
      o.src === it.src &&
      o.status === "accepted" &&
      o.place?.countyCode === county &&
      ((o.start === it.end + 1 && ROUTE_LINKS.has(text[it.end] ?? "")) || (o.end === it.start - 1 && ROUTE_LINKS.has(text[o.end] ?? ""))),
  );
}
