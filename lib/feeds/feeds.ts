/**
 * The Atom feeds: a county's, a city's, a theme's and a search's newest stories. Entries come in
 * the order of every story list (newest date first, undated last) and carry ids built from the
 * article's own stable id, so a feed reader never sees an entry twice after a rebuild.
 */
import { allPlaceNames, readArticleRecords, type ArticleRecord } from "../db/article-records";
import type { Db } from "../db/client";
import { getShareSummary } from "../db/share-index";
import { NO_FILTER, type StoryFilter } from "../db/story-filter";
import { parseSearchQuery } from "../search/query";
import { articlePath, countyPath } from "../share/links";
import { absoluteUrl, SITE_NAME } from "../share/site";
import { THEME_BY_ID, isThemeId } from "../tags/themes";
import { parseViewState, serializeViewState, DEFAULT_STATE } from "../url-state";
import { atomXml, type AtomEntry } from "./atom";
import { cityFeedPath, countyFeedPath, searchFeedPath, themeFeedPath } from "./paths";

export const FEED_ENTRIES = 50;
const SUMMARY_CHARS = 160;
/** The tagging entity of entry and feed ids (RFC 4151): fixed, so ids survive a move to another host. */
const TAG = "tag:zhejiang-initiatives-map,2026:";

export function entryId(articleId: string): string {
  return `${TAG}article/${articleId}`;
}

/** A story's date as an RFC 3339 instant: midnight in China (UTC+8), when the paper appeared. */
export function dateInstant(date: string): string {
  return `${date}T00:00:00+08:00`;
}

function toEntry(r: ArticleRecord, names: Map<string, string>): AtomEntry {
  const body = (r.body ?? "").replace(/\s+/g, " ").trim();
  const lead = body.length > SUMMARY_CHARS ? `${body.slice(0, SUMMARY_CHARS)}…` : body;
  return {
    id: entryId(r.id),
    title: r.title,
    url: absoluteUrl(articlePath(r.id)),
    updated: r.date ? dateInstant(r.date) : r.addedAt.toISOString(),
    published: r.date ? dateInstant(r.date) : null,
    summary: `${r.placeName ? `【${r.placeName}】` : ""}${lead}`,
    authors: r.authors,
    categories: [
      ...(r.countyCode ? [{ term: r.countyCode, label: names.get(r.countyCode) ?? r.countyCode, scheme: absoluteUrl("/county/") }] : []),
      ...r.tags.map((t) => ({ term: t, label: THEME_BY_ID.get(t)?.zh ?? t })),
    ],
  };
}

export type FeedSpec = { key: string; title: string; subtitle: string; filter: StoryFilter; selfPath: string; alternatePath: string };

export type FeedKind = "county" | "city" | "theme";

/** What a feed path names, or null when it names nothing that exists (the route answers 404). */
export async function feedSpec(db: Db, kind: FeedKind, raw: string): Promise<FeedSpec | null> {
  const m = /^(.+)\.xml$/.exec(raw);
  if (!m) return null;
  const value = m[1]!;
  if (kind === "theme") {
    if (!isThemeId(value)) return null;
    const theme = THEME_BY_ID.get(value)!;
    return {
      key: `theme/${value}`,
      title: `${theme.zh} · ${SITE_NAME}`,
      subtitle: `浙江各地关于“${theme.zh}”的最新基层报道`,
      filter: { ...NO_FILTER, tag: value },
      selfPath: themeFeedPath(value),
      alternatePath: `/${serializeViewState({ ...DEFAULT_STATE, tag: value, view: "list" })}`,
    };
  }
  const s = parseViewState(new URLSearchParams({ [kind]: value }));
  const code = kind === "county" ? s.county : s.city;
  if (!code) return null;
  const name = (await allPlaceNames(db)).get(code);
  if (!name) return null;
  return kind === "county"
    ? { key: `county/${code}`, title: `${name} · ${SITE_NAME}`, subtitle: `${name}的最新基层报道`, filter: { ...NO_FILTER, county: code }, selfPath: countyFeedPath(code), alternatePath: countyPath(code) }
    : {
        key: `city/${code}`,
        title: `${name} · ${SITE_NAME}`,
        subtitle: `${name}各区县的最新基层报道`,
        filter: { ...NO_FILTER, city: code },
        selfPath: cityFeedPath(code),
        alternatePath: `/${serializeViewState({ ...DEFAULT_STATE, city: code })}`,
      };
}

/** The search feed's spec; a query that cannot be searched throws QueryError, an empty one gives null. */
export function searchFeedSpec(rawQ: string): FeedSpec | null {
  const q = parseSearchQuery(rawQ);
  if (!q) return null;
  const text = q.terms.map((t) => t.text).join(" ");
  return {
    key: `search/${encodeURIComponent(text)}`,
    title: `搜索“${text}” · ${SITE_NAME}`,
    subtitle: `含“${text}”的最新基层报道`,
    filter: { ...NO_FILTER, q },
    selfPath: searchFeedPath(text),
    alternatePath: `/${serializeViewState({ ...DEFAULT_STATE, q: text, view: "list" })}`,
  };
}

export async function feedXml(db: Db, spec: FeedSpec): Promise<string> {
  const [page, names, summary] = await Promise.all([readArticleRecords(db, spec.filter, { limit: FEED_ENTRIES, body: true }), allPlaceNames(db), getShareSummary(db)]);
  const entries = page.items.map((r) => toEntry(r, names));
  const updated = entries.map((e) => e.updated).reduce<string | null>((a, b) => (a && Date.parse(a) >= Date.parse(b) ? a : b), null);
  return atomXml({
    id: `${TAG}feed/${spec.key}`,
    title: spec.title,
    subtitle: spec.subtitle,
    selfUrl: absoluteUrl(spec.selfPath),
    alternateUrl: absoluteUrl(spec.alternatePath),
    updated: updated ?? (summary.newest ?? new Date(0)).toISOString(),
    author: SITE_NAME,
    entries,
  });
}

export const ATOM_TYPE = "application/atom+xml; charset=utf-8";

/** A feed as an HTTP answer; a feed of nothing is a plain 404 or 400 that says why. */
export async function feedResponse(db: Db, spec: FeedSpec | null, missing = "no such feed"): Promise<Response> {
  if (!spec) return new Response(missing, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(await feedXml(db, spec), { headers: { "content-type": ATOM_TYPE, "cache-control": "public, max-age=300" } });
}
