/**
 * The one module that reads and writes shareable view state (DESIGN.md, "Shareable view state").
 *
 * The link format is public and stable:
 *   county=330102            a county's panel            article=<12 hex>     an article
 *   map=<zoom>/<lat>/<lon>   the camera (OpenStreetMap style; also read from #map=)
 *   view=map|compare|list    compare=330102,330108        measure=stories|<indicator id>
 *   per=pop                  per 10,000 residents         q=<text>  city=<adcode>  tag=<theme>
 *   chart=time               compare's counties as monthly lines (default: totals side by side)
 *   from=YYYY-MM-DD to=YYYY-MM-DD                         embed=1   lang=en
 * Unknown or invalid values fall back to defaults, never to an error. Links written by older
 * versions are upgraded by MIGRATIONS before parsing, so they keep working.
 */
import { z } from "./zod";
import { isCalendarDate } from "./calendar-date";
import { isSummableIndicator } from "./compare/indicator-figures";
import { isThemeId, type ThemeId } from "./tags/themes";

export const URL_STATE_VERSION = 3;

export type Camera = { zoom: number; lat: number; lon: number };
export type ViewMode = "map" | "compare" | "list";
/** What the compare view draws: each county's total side by side, or each county by month as a line. */
export type CompareChartMode = "total" | "time";
/** "stories", or the id of a summable indicator in lib/metrics/indicators.json. */
export type Measure = string;

export type ViewState = {
  county: string | null;
  article: string | null;
  camera: Camera | null;
  view: ViewMode;
  compare: string[];
  compareChart: CompareChartMode;
  measure: Measure;
  perCapita: boolean;
  q: string;
  city: string | null;
  tag: ThemeId | null;
  from: string | null;
  to: string | null;
  embed: boolean;
  lang: "zh" | "en";
};

export const DEFAULT_STATE: ViewState = Object.freeze({
  county: null,
  article: null,
  camera: null,
  view: "map",
  compare: [],
  compareChart: "total",
  measure: "stories",
  perCapita: false,
  q: "",
  city: null,
  tag: null,
  from: null,
  to: null,
  embed: false,
  lang: "zh",
}) as ViewState;

export const MAX_COMPARE = 12;
export const MAX_QUERY_LENGTH = 100;

const countyCode = z.string().regex(/^33\d{2}(?!00)\d{2}$/);
const cityCode = z.string().regex(/^33\d{2}00$/).refine((c) => c !== "330000");
const articleId = z.string().regex(/^[0-9a-f]{12}$/);
const isoDate = z.string().refine(isCalendarDate);

function optional<T>(schema: z.ZodType<T>, raw: string | null): T | null {
  if (raw === null) return null;
  const r = schema.safeParse(raw.trim());
  return r.success ? r.data : null;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function parseCamera(raw: string | null): Camera | null {
  if (!raw) return null;
  const parts = raw.split("/");
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  return { zoom: round(zoom, 2), lat: round(lat, 5), lon: round(lon, 5) };
}

export function formatCamera(c: Camera): string {
  return `${round(c.zoom, 2)}/${round(c.lat, 4)}/${round(c.lon, 4)}`;
}

function isMeasure(s: string): s is Measure {
  return s === "stories" || isSummableIndicator(s);
}

/**
 * Measures were metric kinds (unit kinds) until issue 13; links naming one open the indicator that
 * most of that kind's numbers were assigned on the training pages (people_times -> tourist visits),
 * or the closest defined one (people -> residents served, money -> investment). Kinds that were
 * never measures (share, rate, count) fall back to stories. Ids that are both a kind and an
 * indicator (enterprises, projects, events, villages, energy) keep their name.
 */
export const KIND_TO_INDICATOR: Readonly<Record<string, string>> = {
  people: "residents_served",
  people_times: "tourist_visits",
  households: "residents_served",
  enterprise_visits: "enterprises_served",
  pairs: "enterprises_served",
  cases: "cases_handled",
  money: "project_investment",
  area: "crop_area",
  volume: "rivers_managed",
  length: "roads_pipes_length",
  weight: "agri_output",
  power: "energy",
};

/**
 * Upgrades older link formats in place. Each step is kept forever: a link shared years ago must still
 * open the view it showed.
 */
const MIGRATIONS: { from: number; up: (p: URLSearchParams) => void }[] = [
  {
    // v1 links carried the camera as separate zoom/lat/lon params and the county as `adcode`.
    from: 1,
    up: (p) => {
      const [zoom, lat, lon] = ["zoom", "lat", "lon"].map((k) => p.get(k));
      if (!p.has("map") && zoom && lat && lon) p.set("map", `${zoom}/${lat}/${lon}`);
      if (!p.has("county") && p.has("adcode")) p.set("county", p.get("adcode")!);
      if (!p.has("measure") && p.has("metric")) p.set("measure", p.get("metric")!);
      ["zoom", "lat", "lon", "adcode", "metric"].forEach((k) => p.delete(k));
    },
  },
  {
    // v2 measures were metric kinds; v3 measures are indicators (issue 13).
    from: 2,
    up: (p) => {
      const m = p.get("measure")?.trim();
      if (m && Object.hasOwn(KIND_TO_INDICATOR, m)) p.set("measure", KIND_TO_INDICATOR[m]!);
    },
  },
];

function migrate(params: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams(params);
  const declared = Number(p.get("v"));
  // Links carry no v= today: the v1 step only reads params that no longer exist and the v2 step only
  // rewrites measure ids that are no indicator's, so running them on a current link is harmless. A
  // future step that reinterprets a current param must start writing v=.
  let version = Number.isInteger(declared) && declared >= 1 && declared <= URL_STATE_VERSION ? declared : 1;
  for (const m of MIGRATIONS) {
    if (m.from === version) {
      m.up(p);
      version++;
    }
  }
  p.delete("v");
  return p;
}

/** Parses a query string (and optionally a `#map=` hash) into a complete, valid ViewState. */
export function parseViewState(search: string | URLSearchParams, hash = ""): ViewState {
  const p = migrate(typeof search === "string" ? new URLSearchParams(search) : search);
  const hashMap = /(?:^#|&)map=([^&]+)/.exec(hash)?.[1];

  const view = p.get("view");
  const measure = p.get("measure")?.trim() ?? "";
  const tag = p.get("tag")?.trim() ?? "";
  const compare = [
    ...new Set(
      (p.get("compare") ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => countyCode.safeParse(s).success),
    ),
  ].slice(0, MAX_COMPARE);
  let from = optional(isoDate, p.get("from"));
  let to = optional(isoDate, p.get("to"));
  if (from && to && from > to) [from, to] = [to, from];

  return {
    county: optional(countyCode, p.get("county")),
    article: optional(articleId, p.get("article")),
    camera: parseCamera(p.get("map")) ?? parseCamera(hashMap ? decodeURIComponent(hashMap) : null),
    view: view === "compare" || view === "list" ? view : "map",
    compare,
    compareChart: p.get("chart")?.trim() === "time" ? "time" : "total",
    measure: isMeasure(measure) ? measure : "stories",
    perCapita: p.get("per") === "pop",
    q: (p.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH),
    city: optional(cityCode, p.get("city")),
    tag: isThemeId(tag) ? tag : null,
    from,
    to,
    embed: p.get("embed") === "1" || p.get("embed") === "true",
    lang: p.get("lang") === "en" ? "en" : "zh",
  };
}

/** Writes the state as a query string (with leading "?", or "" for the default view). Defaults are omitted. */
export function serializeViewState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.view !== "map") p.set("view", s.view);
  if (s.county) p.set("county", s.county);
  if (s.article) p.set("article", s.article);
  if (s.compare.length) p.set("compare", s.compare.join(","));
  if (s.compareChart !== "total") p.set("chart", s.compareChart);
  if (s.measure !== "stories") p.set("measure", s.measure);
  if (s.perCapita) p.set("per", "pop");
  if (s.q) p.set("q", s.q);
  if (s.city) p.set("city", s.city);
  if (s.tag) p.set("tag", s.tag);
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.camera) p.set("map", formatCamera(s.camera));
  if (s.embed) p.set("embed", "1");
  if (s.lang !== "zh") p.set("lang", s.lang);
  // Readable links: keep , and / unescaped (both are legal in a query).
  const qs = p.toString().replace(/%2C/gi, ",").replace(/%2F/gi, "/");
  return qs ? `?${qs}` : "";
}

/** Two states differ only by the camera: such changes replace the history entry instead of pushing. */
export function onlyCameraDiffers(a: ViewState, b: ViewState): boolean {
  return serializeViewState({ ...a, camera: null }) === serializeViewState({ ...b, camera: null });
}

/**
 * What a link asked to open that is not a valid id (`article=xyz`, `county=99`): parseViewState
 * drops such values to keep the view working, and the page uses this to say the story or county
 * was not found instead of silently showing the overview. Empty values count as not asked.
 */
export function rejectedSelection(search: string | URLSearchParams): { article: string | null; county: string | null } {
  const p = migrate(typeof search === "string" ? new URLSearchParams(search) : search);
  const bad = (raw: string | null, schema: z.ZodType<string>) => {
    const v = raw?.trim() ?? "";
    return v && !schema.safeParse(v).success ? v.slice(0, 40) : null;
  };
  return { article: bad(p.get("article"), articleId), county: bad(p.get("county"), countyCode) };
}
