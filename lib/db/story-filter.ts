/**
 * The filters every read applies in SQL: city, county, theme, date range and search. Parsed from
 * the same query parameters as the page URL (lib/url-state.ts decides what is valid), so an API
 * call and the view it serves always agree.
 */
import { parseSearchQuery, fts5Match, tsQuery, type SearchQuery } from "../search/query";
import { parseViewState } from "../url-state";
import { dialectOf, type Db } from "./client";
import { empty, join, sql, type Sql } from "./sql";

export type StoryFilter = {
  city: string | null;
  county: string | null;
  tag: string | null;
  from: string | null;
  to: string | null;
  q: SearchQuery | null;
};

export const NO_FILTER: StoryFilter = Object.freeze({ city: null, county: null, tag: null, from: null, to: null, q: null });

/**
 * Filter from URL parameters. An invalid city, theme or date is ignored (as the page does); a
 * search that cannot be a query throws QueryError (routes answer 400).
 */
export function filterFromParams(params: URLSearchParams, opts: { county?: boolean } = {}): StoryFilter {
  const s = parseViewState(params);
  return {
    city: s.city,
    county: opts.county ? s.county : null,
    tag: s.tag,
    from: s.from,
    to: s.to,
    q: parseSearchQuery(params.get("q") ?? ""),
  };
}

/** Like filterFromParams, but a search that cannot be a query is dropped (pages never fail on a link). */
export function lenientFilter(params: URLSearchParams, opts: { county?: boolean } = {}): StoryFilter {
  try {
    return filterFromParams(params, opts);
  } catch {
    const p = new URLSearchParams(params);
    p.delete("q");
    return filterFromParams(p, opts);
  }
}

/** A stable cache key for a filter. */
export function filterKey(f: StoryFilter): string {
  const q = f.q ? f.q.terms.map((t) => t.segments.map((s) => s.text).join("\u0001")).join(" ") : "";
  return [f.city, f.county, f.tag, f.from, f.to, q].map((x) => x ?? "").join("|");
}

export function hasFilter(f: StoryFilter): boolean {
  return Boolean(f.city || f.county || f.tag || f.from || f.to || f.q);
}

/** Article ids matching a search, as a subquery (the index must be in step: see ensureSearchIndex). */
export function searchIdsSql(db: Db, q: SearchQuery): Sql {
  if (dialectOf(db) === "postgres") {
    return sql`SELECT d."articleId" FROM "SearchDoc" d JOIN "ArticleSearch" s ON s."id" = d."id" WHERE s."doc" @@ ${tsQuery(q, false)}::tsquery`;
  }
  return sql`SELECT d."articleId" FROM "SearchDoc" d WHERE d."id" IN (SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${fts5Match(q, false)})`;
}

/** `AND ...` conditions on the article alias `a` (empty when nothing is filtered). */
export function filterSql(db: Db, f: StoryFilter): Sql {
  const parts: Sql[] = [];
  if (f.city) parts.push(sql`a."cityCode" = ${f.city}`);
  if (f.county) parts.push(sql`a."countyCode" = ${f.county}`);
  if (f.tag) parts.push(sql`a."id" IN (SELECT t."articleId" FROM "ArticleTag" t WHERE t."tag" = ${f.tag})`);
  if (f.from) parts.push(sql`a."publishedOn" >= ${f.from}`);
  if (f.to) parts.push(sql`a."publishedOn" <= ${f.to}`);
  if (f.q) parts.push(sql`a."id" IN (${searchIdsSql(db, f.q)})`);
  return parts.length ? sql`AND ${join(parts, " AND ")}` : empty;
}
