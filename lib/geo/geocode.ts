// Geocoding one article: recognize place names (recognize.ts), choose the place it is about
// (primary.ts) and list every Zhejiang place mentioned in the body with its span.
import type { Gazetteer, PlaceLevel } from "./gazetteer";
import { choosePrimary, type ResolvedPlace } from "./primary";
import { recognize } from "./recognize";

export type { ResolvedPlace } from "./primary";

export type PlaceMention = { text: string; level: PlaceLevel; code: string; start: number; end: number };

export type GeocodeInput = {
  title: string;
  body: string;
  /**
   * The dateline or masthead the article came with, when the segmenter cut it off the body
   * ("金华日报讯(通讯员 邵琳)", "义乌商报讯", "本报杭州8月22日讯"). A local paper's name is weak
   * evidence of the article's place; a filing place (本报杭州…讯) is none.
   */
  source?: string;
  /**
   * Photo captions the segmenter took out of the body. A report that is only a photo and its caption
   * is placed by the caption; beside a body of its own a caption is weak evidence.
   */
  captions?: readonly string[];
  /** Adcode of the home county or city of the outlet the page came from, when known (see RecognizeOptions). */
  paperHint?: string | null;
};

export function geocodeArticle(input: GeocodeInput, gaz: Gazetteer): { place: ResolvedPlace | null; mentions: PlaceMention[] } {
  const rec = recognize(input.title, input.body, gaz, {
    ...(input.source === undefined ? {} : { source: input.source }),
    ...(input.captions === undefined ? {} : { captions: input.captions }),
    ...(input.paperHint ? { paperHint: input.paperHint } : {}),
  });
  const place = choosePrimary(rec, gaz);
  const mentions: PlaceMention[] = [];
  for (const it of rec.items) {
    // a place named only as where the paper is or filed from (本报杭州讯, 金华日报讯) is not a mention
    if (it.src !== "body" || it.status !== "accepted" || !it.place || it.dateline || it.outlet) continue;
    const p = it.place;
    if (p.level === "city") {
      // A city that only prefixes its own county (杭州市上城区) or is just the parent of the article's
      // county (玉环市成为本批次台州唯一…) adds nothing; a city standing for itself (台州管理中心) does.
      if (it.chainPrefix) continue;
      if (place?.county && place.city?.adcode === p.code) continue;
    }
    mentions.push({ text: it.text, level: p.level, code: p.code, start: it.start, end: it.end });
  }
  return { place, mentions: withImpliedCounties(mentions, gaz) };
}

/**
 * A township names its county too (章安收费站 is in 椒江区): when the body never names that county
 * itself, the township's first span also carries a county mention, so that the list of places an
 * article mentions is complete at county level. The county mention follows its township's.
 */
function withImpliedCounties(mentions: PlaceMention[], gaz: Gazetteer): PlaceMention[] {
  const named = new Set(mentions.map((m) => m.code));
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    out.push(m);
    if (m.level !== "township") continue;
    const county = gaz.byCode.get(m.code)?.countyCode;
    if (!county || named.has(county)) continue;
    named.add(county);
    out.push({ ...m, level: "county", code: county });
  }
  return out;
}
