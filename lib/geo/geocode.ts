// Geocoding one article: recognize place names (recognize.ts), choose the place it is about
// (primary.ts) and list every Zhejiang place mentioned in the body with its span.
import type { Gazetteer, PlaceLevel } from "./gazetteer";
import { choosePrimary, type ResolvedPlace } from "./primary";
import { recognize } from "./recognize";

export type { ResolvedPlace } from "./primary";

export type PlaceMention = { text: string; level: PlaceLevel; code: string; start: number; end: number };

export function geocodeArticle(input: { title: string; body: string }, gaz: Gazetteer): { place: ResolvedPlace | null; mentions: PlaceMention[] } {
  const rec = recognize(input.title, input.body, gaz);
  const place = choosePrimary(rec, gaz);
  const mentions: PlaceMention[] = [];
  for (const it of rec.items) {
    if (it.src !== "body" || it.status !== "accepted" || !it.place) continue;
    const p = it.place;
    if (p.level === "city") {
      // A city that only prefixes its own county (杭州市上城区) or is just the parent of the article's
      // county (玉环市成为本批次台州唯一…) adds nothing; a city standing for itself (台州管理中心) does.
      if (it.chainPrefix) continue;
      if (place?.county && place.city?.adcode === p.code) continue;
    }
    mentions.push({ text: it.text, level: p.level, code: p.code, start: it.start, end: it.end });
  }
  return { place, mentions };
}
