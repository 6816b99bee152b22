/**
 * Query parameters of the public API, checked strictly: where the page quietly ignores a bad value
 * (a shared link must still open), the API answers 400 and says which parameter is wrong. The
 * values themselves are read by the same parsers the page uses (lib/url-state, lib/search/query),
 * so an API call and the view it mirrors always select the same stories.
 */
import { isRankableMeasure, MEASURE_INDICATORS } from "../compare/measures";
import type { StoryFilter } from "../db/story-filter";
import { decodeCursor } from "../db/story-list";
import { METRIC_KINDS, type MetricKind } from "../metrics/kinds";
import { parseSearchQuery } from "../search/query";
import { THEMES } from "../tags/themes";
import { MAX_COMPARE, parseViewState, type Measure } from "../url-state";
import { badRequest } from "./http";

const FILTER_HINTS = {
  city: "a city code such as 330100",
  county: "a county code such as 330102",
  tag: `one of ${THEMES.map((t) => t.id).join(", ")}`,
  from: "a date YYYY-MM-DD",
  to: "a date YYYY-MM-DD",
} as const;

function present(params: URLSearchParams, name: string): string | null {
  const v = params.get(name);
  return v === null || v.trim() === "" ? null : v;
}

/** The story filter of a request: city, tag, from, to, q and (when the endpoint takes it) county. */
export function apiFilter(params: URLSearchParams, opts: { county?: boolean } = {}): StoryFilter {
  const s = parseViewState(params);
  for (const name of ["city", "tag", "from", "to", ...(opts.county ? ["county"] : [])] as (keyof typeof FILTER_HINTS)[]) {
    if (present(params, name) !== null && s[name] === null) throw badRequest(`${name} must be ${FILTER_HINTS[name]}`);
  }
  const rawQ = params.get("q") ?? "";
  if (rawQ.length > 100) throw badRequest("q is longer than 100 characters");
  return { city: s.city, county: opts.county ? s.county : null, tag: s.tag, from: s.from, to: s.to, q: parseSearchQuery(rawQ) };
}

export function apiMeasure(params: URLSearchParams): Measure {
  const raw = present(params, "measure");
  if (raw === null) return "stories";
  const m = parseViewState(new URLSearchParams({ measure: raw })).measure;
  if (m !== raw.trim() || !isRankableMeasure(m)) throw badRequest(`measure must be stories or one of ${MEASURE_INDICATORS.join(", ")}`);
  return m;
}

export function apiPerCapita(params: URLSearchParams): boolean {
  const raw = present(params, "per");
  if (raw === null) return false;
  if (raw !== "pop") throw badRequest("per must be pop (per 10,000 residents) or absent");
  return true;
}

export function apiKind(params: URLSearchParams): MetricKind | null {
  const raw = present(params, "kind");
  if (raw === null) return null;
  if (!Object.hasOwn(METRIC_KINDS, raw)) throw badRequest(`kind must be one of ${Object.keys(METRIC_KINDS).join(", ")}`);
  return raw as MetricKind;
}

export function apiInt(params: URLSearchParams, name: string, def: number, min: number, max: number): number {
  const raw = present(params, name);
  if (raw === null) return def;
  if (!/^\d{1,9}$/.test(raw)) throw badRequest(`${name} must be a whole number`);
  const n = Number(raw);
  if (n < min || n > max) throw badRequest(`${name} must be between ${min} and ${max}`);
  return n;
}

/** A story-list cursor handed out by an earlier page. */
export function apiStoryCursor(params: URLSearchParams): { date: string; id: string } | undefined {
  const c = decodeCursor(params.get("cursor"));
  if (c === null) throw badRequest("cursor is not one this API handed out");
  return c;
}

/** County codes from `counties=a,b` (at most as many as compare takes). */
export function apiCounties(params: URLSearchParams): string[] | null {
  const raw = present(params, "counties");
  if (raw === null) return null;
  const list = raw.split(",").map((s) => s.trim());
  const s = parseViewState(new URLSearchParams({ compare: raw }));
  if (list.length > MAX_COMPARE) throw badRequest(`counties takes at most ${MAX_COMPARE} codes`);
  if (s.compare.length !== new Set(list).size) throw badRequest("counties must be county codes such as 330102,330108");
  return s.compare;
}

export function apiArticleId(raw: string): string {
  const id = parseViewState(new URLSearchParams({ article: raw })).article;
  if (!id) throw badRequest("an article id is 12 hexadecimal characters");
  return id;
}

export function apiCountyCode(raw: string): string {
  const code = parseViewState(new URLSearchParams({ county: raw })).county;
  if (!code) throw badRequest("a county code looks like 330102");
  return code;
}
