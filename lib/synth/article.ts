import type { GazetteerPlace } from "../geo/gazetteer";
import type { Rng } from "./random";
import { quantity } from "./quantity";
import { CONTEXT, GIVEN, OPENERS, SURNAMES, TOPICS } from "./vocabulary";

/** The place a synthetic story is about, taken from the gazetteer. */
export type SynthPlace = { county: GazetteerPlace; countyShort: string; town: GazetteerPlace | null; city: GazetteerPlace };

/** A synthetic story before it is laid out on a page. */
export type SynthArticle = {
  title: string;
  /** invented reporter names */
  reporters: string[];
  /** paragraphs of body text, without bylines */
  paragraphs: string[];
  place: SynthPlace;
};

export function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : "");
}

function fill(frame: string, vars: Record<string, string>): string {
  return frame.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

/** "3月5日" on or before the page's date, so stories report the recent past. */
function dayBefore(rng: Rng, pageDate: Date): string {
  const d = new Date(pageDate.getTime() - rng.int(0, 20) * 86_400_000);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export function synthArticle(rng: Rng, place: SynthPlace, pageDate: Date): SynthArticle {
  const topic = rng.pick(TOPICS);
  const town = place.town?.name ?? "";
  const level = place.county.name.slice(-1);
  const vars = {
    place: rng.chance(0.5) ? place.countyShort : place.county.name,
    county: place.county.name,
    town,
    level,
    date: dayBefore(rng, pageDate),
    m: String(Math.max(2, pageDate.getUTCMonth() + 1)),
  };
  // A title naming a township needs one; without one the county stands in.
  const titles = town ? topic.titles : topic.titles.filter((t) => !t.includes("{town}"));
  const title = fill(rng.pick(titles.length ? titles : ["{place}扎实推进重点工作"]), vars);
  const lead = fill(rng.pick(topic.leads), { ...vars, town: town || "" });

  const paragraphs = [lead];
  const factCount = rng.int(3, 6);
  let sentences: string[] = [];
  for (let i = 0; i < factCount; i++) {
    const fact = rng.pick(topic.facts);
    const text = fill(fact.frame, { ...vars, n: quantity(rng, fact.kind), p: quantity(rng, "percent") });
    sentences.push(`${fill(rng.pick(OPENERS), vars)}${text}`);
    // Two or three figures make a paragraph, as in a work report.
    if (sentences.length >= rng.int(1, 3) || i === factCount - 1) {
      // Figures sit among sentences about how the work was done, as in a real report.
      const context = Array.from({ length: rng.int(1, 2) }, () => fill(rng.pick(CONTEXT), { ...vars, town: town || place.county.name })).join("。");
      paragraphs.push(rng.chance(0.5) ? `${context}。${sentences.join("，")}。` : `${sentences.join("，")}。${context}。`);
      sentences = [];
    }
  }
  paragraphs.push(rng.pick(topic.closers));
  const reporters = Array.from({ length: rng.int(1, 3) }, () => personName(rng));
  return { title, reporters, paragraphs, place };
}
