/**
 * Full-text search with ranking, snippets and highlights; filters (city, county, theme, dates) in
 * the same SQL. SQLite ranks with FTS5's bm25, PostgreSQL with ts_rank over the same tokens and
 * column weights; equal scores fall back to the most recently indexed article. The ranking query
 * touches only the index (and, with filters, the narrow article indexes); titles and bodies are
 * read for the page of hits alone.
 */
import { FTS5_WEIGHTS, PG_WEIGHTS, fts5Match, highlightNeedles, tsQuery, type SearchQuery } from "../search/query";
import { matchRanges, snippetOf } from "../search/snippet";
import type { SearchHit, SearchResult } from "../view-models";
import { dialectOf, type Db } from "./client";
import { cachedRead } from "./data-version";
import { ensureSearchIndex } from "./search-index";
import { empty, join, num, query, raw, sql, type Sql } from "./sql";
import { filterKey, filterSql, hasFilter, type StoryFilter } from "./story-filter";
import { placeNames } from "./summaries";

export const SEARCH_PAGE = 20;
export const MAX_SEARCH_OFFSET = 10_000;

type Ranked = { sid: unknown; score: unknown };

/** Ranked search-document ids and the total, for a query and the other filters (as SQL on alias a). */
function rankSql(db: Db, q: SearchQuery, others: Sql | null, limit: number, offset: number): { rank: Sql; count: Sql } {
  if (dialectOf(db) === "postgres") {
    const within = others ? sql`AND s."id" IN (SELECT d."id" FROM "SearchDoc" d JOIN "Article" a ON a."id" = d."articleId" WHERE 1 = 1 ${others})` : empty;
    return {
      rank: sql`SELECT s."id" AS sid, ts_rank(${`{${PG_WEIGHTS.join(",")}}`}::float4[], s."doc", ${tsQuery(q)}::tsquery, 1) AS score
                FROM "ArticleSearch" s WHERE s."doc" @@ ${tsQuery(q, false)}::tsquery ${within}
                ORDER BY score DESC, sid DESC LIMIT ${limit} OFFSET ${offset}`,
      count: sql`SELECT COUNT(*) AS n FROM "ArticleSearch" s WHERE s."doc" @@ ${tsQuery(q, false)}::tsquery ${within}`,
    };
  }
  const within = others ? sql`AND "ArticleSearch".rowid IN (SELECT d."id" FROM "SearchDoc" d JOIN "Article" a ON a."id" = d."articleId" WHERE 1 = 1 ${others})` : empty;
  return {
    rank: sql`SELECT "ArticleSearch".rowid AS sid, ${raw(`bm25("ArticleSearch", ${FTS5_WEIGHTS.join(", ")})`)} AS score
              FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${fts5Match(q)} ${within}
              ORDER BY score ASC, sid DESC LIMIT ${limit} OFFSET ${offset}`,
    count: sql`SELECT COUNT(*) AS n FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${fts5Match(q, false)} ${within}`,
  };
}

type HitRow = { sid: unknown; id: string; title: string; body: string; countyCode: string | null; cityCode: string | null; townshipCode: string | null; publishedOn: string | null };

/** Ranked hits for a filter whose `q` is set; `offset` pages through them. */
export async function searchStories(db: Db, f: StoryFilter & { q: SearchQuery }, offset = 0, limit = SEARCH_PAGE): Promise<SearchResult> {
  await ensureSearchIndex(db);
  const q = f.q;
  const rest = { ...f, q: null };
  const { rank, count } = rankSql(db, q, hasFilter(rest) ? filterSql(db, rest) : null, limit + 1, offset);
  const [ranked, total] = await Promise.all([
    query<Ranked>(db, rank),
    cachedRead(db, `search-count|${filterKey(f)}`, async () => num((await query<{ n: unknown }>(db, count))[0]?.n)),
  ]);
  const page = ranked.slice(0, limit).map((r) => num(r.sid));
  const rows = page.length
    ? await query<HitRow>(
        db,
        sql`SELECT d."id" AS sid, a."id", a."title", a."body", a."countyCode", a."cityCode", a."townshipCode", a."publishedOn"
            FROM "SearchDoc" d JOIN "Article" a ON a."id" = d."articleId" WHERE d."id" IN (${join(page)})`,
      )
    : [];
  const bySid = new Map(rows.map((r) => [num(r.sid), r]));
  const ordered = page.flatMap((sid) => bySid.get(sid) ?? []);
  const names = await placeNames(db, ordered.flatMap((r) => [r.cityCode, r.countyCode, r.townshipCode]));
  const needles = highlightNeedles(q);
  const hits: SearchHit[] = ordered.map((r) => {
    const { snippet, highlights } = snippetOf(r.body, needles);
    const county = r.countyCode ? names.get(r.countyCode) : undefined;
    const town = r.townshipCode ? names.get(r.townshipCode) : undefined;
    return {
      id: r.id,
      title: r.title,
      countyCode: r.countyCode,
      placeName: county ? `${county}${town ?? ""}` : r.cityCode ? (names.get(r.cityCode) ?? null) : null,
      publishedOn: r.publishedOn,
      snippet,
      highlights,
      titleHighlights: matchRanges(r.title, needles),
    };
  });
  const next = ranked.length > limit && offset + limit < MAX_SEARCH_OFFSET ? String(offset + limit) : null;
  return { q: q.terms.map((t) => t.text).join(" "), total, hits, nextCursor: next };
}
