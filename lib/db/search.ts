/**
 * Full-text search with ranking, snippets and highlights; filters (city, county, theme, dates) in
 * the same SQL. SQLite ranks with FTS5's bm25, PostgreSQL with ts_rank over the same tokens and
 * column weights; ties (and equal scores) fall back to newest first, then id.
 */
import { FTS5_WEIGHTS, PG_WEIGHTS, fts5Match, highlightNeedles, tsQuery, type SearchQuery } from "../search/query";
import { matchRanges, snippetOf } from "../search/snippet";
import type { SearchHit, SearchResult } from "../view-models";
import { dialectOf, type Db } from "./client";
import { cachedRead } from "./data-version";
import { ensureSearchIndex } from "./search-index";
import { DATE_KEY, num, query, raw, sql, type Sql } from "./sql";
import { filterKey, filterSql, type StoryFilter } from "./story-filter";
import { placeNames } from "./summaries";

export const SEARCH_PAGE = 20;
export const MAX_SEARCH_OFFSET = 10_000;

function matchFrom(db: Db, q: SearchQuery): { from: Sql; score: Sql; order: Sql } {
  if (dialectOf(db) === "postgres") {
    const tsq = tsQuery(q);
    return {
      from: sql`"ArticleSearch" s JOIN "SearchDoc" d ON d."id" = s."id" JOIN "Article" a ON a."id" = d."articleId" WHERE s."doc" @@ ${tsq}::tsquery`,
      score: sql`ts_rank(${`{${PG_WEIGHTS.join(",")}}`}::float4[], s."doc", ${tsq}::tsquery, 1)`,
      order: raw("DESC"),
    };
  }
  return {
    from: sql`"ArticleSearch" JOIN "SearchDoc" d ON d."id" = "ArticleSearch".rowid JOIN "Article" a ON a."id" = d."articleId" WHERE "ArticleSearch" MATCH ${fts5Match(q)}`,
    score: raw(`bm25("ArticleSearch", ${FTS5_WEIGHTS.join(", ")})`),
    order: raw("ASC"),
  };
}

/** Ranked hits for a filter whose `q` is set; `offset` pages through them. */
export async function searchStories(db: Db, f: StoryFilter & { q: SearchQuery }, offset = 0, limit = SEARCH_PAGE): Promise<SearchResult> {
  await ensureSearchIndex(db);
  const q = f.q;
  const rest = filterSql(db, { ...f, q: null });
  const m = matchFrom(db, q);
  const [rows, total] = await Promise.all([
    query<{ id: string; title: string; body: string; countyCode: string | null; cityCode: string | null; townshipCode: string | null; publishedOn: string | null }>(
      db,
      sql`SELECT a."id", a."title", a."body", a."countyCode", a."cityCode", a."townshipCode", a."publishedOn" FROM ${m.from} ${rest}
          ORDER BY ${m.score} ${m.order}, ${DATE_KEY("a")} DESC, a."id" DESC LIMIT ${limit + 1} OFFSET ${offset}`,
    ),
    cachedRead(db, `search-count|${filterKey(f)}`, async () => num((await query<{ n: unknown }>(db, sql`SELECT COUNT(*) AS n FROM ${m.from} ${rest}`))[0]?.n)),
  ]);
  const page = rows.slice(0, limit);
  const names = await placeNames(db, page.flatMap((r) => [r.cityCode, r.countyCode, r.townshipCode]));
  const needles = highlightNeedles(q);
  const hits: SearchHit[] = page.map((r) => {
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
  const next = rows.length > limit && offset + limit < MAX_SEARCH_OFFSET ? String(offset + limit) : null;
  return { q: q.terms.map((t) => t.text).join(" "), total, hits, nextCursor: next };
}
