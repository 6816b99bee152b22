import type { Gazetteer, GazetteerPlace } from "../geo/gazetteer";
import { synthArticle, type SynthPlace } from "./article";
import { layOut, LAYOUTS, SYNTH_OUTLET, type Layout } from "./page";
import { createRng, hash32 } from "./random";

/**
 * The synthetic corpus for benchmarks (issue 10): pages of invented stories about real Zhejiang
 * counties and townships, dated over five years, deterministic from a seed. Page k depends only
 * on (seed, k), so any slice can be generated on its own and the same seed always gives the same
 * bytes. Marked synthetic in the outlet printed on the page, the source name, the file name and a
 * `synthetic` flag in each page's sidecar. Never put these files in data/sources.
 *
 * Bump GENERATOR_VERSION whenever the output for a seed changes: cached benchmark databases are
 * keyed by it.
 */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20240101;
/** Pages are dated from 2020-01-01 through 2024-12-31. */
const FIRST_DAY = Date.UTC(2020, 0, 1);
const DAYS = 5 * 365 + 1;

export type SynthPage = {
  index: number;
  fileName: string;
  /** source name to store; says it is synthetic */
  name: string;
  publishedOn: string;
  layout: Layout;
  text: string;
  /** stories generated on this page (what a perfect splitter would find) */
  articles: number;
  /** county adcode of each generated story, in order */
  counties: string[];
  synthetic: true;
};

export type CorpusPlan = { seed: number; articles: number };

type PlacePool = { counties: { county: GazetteerPlace; city: GazetteerPlace; short: string; towns: GazetteerPlace[] }[] };

const pools = new WeakMap<Gazetteer, PlacePool>();

function placePool(gaz: Gazetteer): PlacePool {
  let pool = pools.get(gaz);
  if (!pool) {
    const counties = gaz.places
      .filter((p) => p.level === "county")
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((county) => ({
        county,
        city: gaz.byCode.get(county.cityCode)!,
        short: gaz.shortName.get(county.code) ?? county.name,
        towns: [...(gaz.townsByCounty.get(county.code) ?? [])].sort((a, b) => a.code.localeCompare(b.code)),
      }));
    if (counties.length === 0) throw new Error("the gazetteer has no counties");
    pool = { counties };
    pools.set(gaz, pool);
  }
  return pool;
}

/** Stories on page k: 1 for a website article, 3–8 otherwise (the last page may hold fewer). */
function pageShape(seed: number, index: number): { layout: Layout; size: number } {
  const rng = createRng(hash32(`${seed}:shape:${index}`));
  const layout = rng.pick(LAYOUTS);
  return { layout, size: layout === "web" ? 1 : rng.int(3, 8) };
}

export function synthPage(gaz: Gazetteer, seed: number, index: number, maxArticles = Infinity): SynthPage {
  const { layout, size } = pageShape(seed, index);
  const rng = createRng(hash32(`${seed}:page:${index}`));
  const pool = placePool(gaz);
  const date = new Date(FIRST_DAY + rng.int(0, DAYS - 1) * 86_400_000);
  // Papers of one city: most stories on a page come from the same city's counties.
  const home = rng.pick(pool.counties);
  const sameCity = pool.counties.filter((c) => c.city.code === home.city.code);
  const n = Math.max(1, Math.min(size, maxArticles));
  const articles = Array.from({ length: n }, () => {
    const c = rng.chance(0.8) ? rng.pick(sameCity) : rng.pick(pool.counties);
    const place: SynthPlace = { county: c.county, city: c.city, countyShort: c.short, town: c.towns.length && rng.chance(0.85) ? rng.pick(c.towns) : null };
    return synthArticle(rng, place, date);
  });
  // Unique titles on a page, as in print (ids are derived from them).
  const seen = new Set<string>();
  for (const a of articles) {
    while (seen.has(a.title)) a.title += "（续）";
    seen.add(a.title);
  }
  const edition = home.city.name.replace(/市$/, "");
  const text = `${layOut(rng, layout, articles, date, edition).trimEnd()}\n`;
  return {
    index,
    fileName: `synthetic-${seed}-${String(index).padStart(6, "0")}.txt`,
    name: `${SYNTH_OUTLET}·${edition}版（synthetic ${seed}/${index}）`,
    publishedOn: date.toISOString().slice(0, 10),
    layout,
    text,
    articles: n,
    counties: articles.map((a) => a.place.county.code),
    synthetic: true,
  };
}

/** Pages in order until `plan.articles` stories are generated. */
export function* synthCorpus(gaz: Gazetteer, plan: CorpusPlan): Generator<SynthPage> {
  let left = plan.articles;
  for (let index = 1; left > 0; index++) {
    const page = synthPage(gaz, plan.seed, index, left);
    left -= page.articles;
    yield page;
  }
}

/** A file name the generator writes: such files are refused by `npm start`'s loader. */
export function isSyntheticFileName(file: string): boolean {
  return /(^|[\\/])synthetic-\d+-\d+\.(txt|meta\.json)$/.test(file);
}
