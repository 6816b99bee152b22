/**
 * Story lists, newest first (undated last), paged by a keyset cursor on (date, id): a page costs the
 * same at the first story and at the 90,000th, and stories ingested meanwhile never shift a page.
 */
import type { ArticleSummary } from "../view-models";
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { ensureSearchIndex } from "./search-index";
import { DATE_KEY, empty, num, query, sql, type Sql } from "./sql";
import { filterKey, filterSql, type StoryFilter } from "./story-filter";
import { summariesOf } from "./summaries";

export const PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type StoryPage = { items: ArticleSummary[]; nextCursor: string | null; total: number };

type Key = { date: string; id: string };

export function encodeCursor(k: Key): string {
  return Buffer.from(JSON.stringify([k.date, k.id]), "utf8").toString("base64url");
}

/** The cursor's position, or null when it is not one of ours (routes answer 400). */
export function decodeCursor(raw: string | null): Key | null | undefined {
  if (!raw) return undefined;
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && typeof v[1] === "string" && v[0].length <= 10 && /^[0-9a-f]{1,64}$/.test(v[1])) {
      return { date: v[0], id: v[1] };
    }
  } catch {
    /* fall through */
  }
  return null;
}

export type ListOptions = { after?: Key; limit?: number; where?: Sql; cacheKey?: string };

/** How many stories pass a filter (cached per data version). */
export async function countStories(db: Db, f: StoryFilter, where: Sql = empty, cacheKey: string | null = ""): Promise<number> {
  const count = async () => {
    const rows = await query<{ n: unknown }>(db, sql`SELECT COUNT(*) AS n FROM "Article" a WHERE 1 = 1 ${filterSql(db, f)} ${where}`);
    return num(rows[0]?.n);
  };
  // An extra condition is cached only under a key that names it.
  return cacheKey === null ? count() : cachedRead(db, `count|${filterKey(f)}|${cacheKey}`, count);
}

/**
 * One page of stories passing the filter (and an optional extra condition on alias a). Pages are
 * cached per data version: a page of a version never changes.
 */
export async function listStories(db: Db, f: StoryFilter, opts: ListOptions = {}): Promise<StoryPage> {
  if (f.q) await ensureSearchIndex(db);
  if (opts.where && opts.cacheKey === undefined) return readPage(db, f, opts);
  const key = `page|${filterKey(f)}|${opts.cacheKey ?? ""}|${opts.after ? `${opts.after.date}|${opts.after.id}` : ""}|${opts.limit ?? PAGE_SIZE}`;
  return cachedRead(db, key, () => readPage(db, f, opts));
}

async function readPage(db: Db, f: StoryFilter, opts: ListOptions): Promise<StoryPage> {
  const limit = Math.min(Math.max(1, opts.limit ?? PAGE_SIZE), MAX_PAGE_SIZE);
  const key = DATE_KEY("a");
  const after = opts.after ? sql`AND (${key} < ${opts.after.date} OR (${key} = ${opts.after.date} AND a."id" < ${opts.after.id}))` : empty;
  const where = opts.where ?? empty;
  const [rows, total] = await Promise.all([
    query<{ id: string; k: string }>(
      db,
      sql`SELECT a."id", ${key} AS k FROM "Article" a WHERE 1 = 1 ${filterSql(db, f)} ${where} ${after} ORDER BY ${key} DESC, a."id" DESC LIMIT ${limit + 1}`,
    ),
    countStories(db, f, where, opts.where ? (opts.cacheKey ?? null) : ""),
  ]);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: await summariesOf(db, page.map((r) => r.id)),
    nextCursor: rows.length > limit && last ? encodeCursor({ date: last.k, id: last.id }) : null,
    total,
  };
}
