/**
 * Articles as flat records for the public API, the downloads and the feeds: one SQL query per
 * page (no per-article includes), keyset-paged newest first like every story list, so the same
 * code serves a page of 20 and a stream of 100,000.
 */
import type { ThemeId } from "../tags/themes";
import { isThemeId } from "../tags/themes";
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { parseJsonArray, placeNameOf } from "./mappers";
import { ensureSearchIndex } from "./search-index";
import { toDate } from "./share-index";
import { DATE_KEY, empty, num, query, raw, sql } from "./sql";
import { filterSql, type StoryFilter } from "./story-filter";
import { countStories, encodeCursor } from "./story-list";

export type ArticleRecord = {
  id: string;
  title: string;
  authors: string[];
  /** The story's date (else its page's), YYYY-MM-DD; null when unknown. */
  date: string | null;
  source: string;
  cityCode: string | null;
  countyCode: string | null;
  townshipCode: string | null;
  placeName: string | null;
  lon: number | null;
  lat: number | null;
  tags: ThemeId[];
  metricCount: number;
  /** When the page was stored: what feeds use as the time of an undated story. */
  addedAt: Date;
  /** Only when asked for (downloads, feeds). */
  body?: string;
};

type Row = {
  id: string;
  title: string;
  authors: string;
  tags: string;
  publishedOn: string | null;
  sourceDate: string | null;
  cityCode: string | null;
  countyCode: string | null;
  townshipCode: string | null;
  lon: unknown;
  lat: unknown;
  source: string;
  addedAt: unknown;
  metricCount: unknown;
  k: string;
  body?: string;
};

export type Key = { date: string; id: string };

/** The whole gazetteer's names (about 1,500 rows), read once per data version. */
export function allPlaceNames(db: Db): Promise<Map<string, string>> {
  return cachedRead(db, "place-names", async () => new Map((await db.place.findMany({ select: { code: true, name: true } })).map((p) => [p.code, p.name])));
}

export function toArticleRecord(r: Row, names: Map<string, string>): ArticleRecord {
  const rec: ArticleRecord = {
    id: r.id,
    title: r.title,
    authors: parseJsonArray(r.authors),
    date: r.publishedOn ?? r.sourceDate,
    source: r.source,
    cityCode: r.cityCode,
    countyCode: r.countyCode,
    townshipCode: r.townshipCode,
    placeName: placeNameOf(r, names),
    lon: r.lon === null ? null : num(r.lon),
    lat: r.lat === null ? null : num(r.lat),
    tags: parseJsonArray(r.tags).filter(isThemeId) as ThemeId[],
    metricCount: num(r.metricCount),
    addedAt: toDate(r.addedAt),
  };
  if (r.body !== undefined) rec.body = r.body;
  return rec;
}

const COLUMNS = raw(
  `a."id", a."title", a."authors", a."tags", a."publishedOn", s."publishedOn" AS "sourceDate", a."cityCode", a."countyCode", a."townshipCode", a."lon", a."lat", s."name" AS "source", s."createdAt" AS "addedAt", (SELECT COUNT(*) FROM "Metric" m WHERE m."articleId" = a."id") AS "metricCount"`,
);

export type RecordPage = { items: ArticleRecord[]; nextCursor: string | null; last: Key | null };

/**
 * One page of records passing the filter, newest first (undated last), after a keyset position.
 * `located` keeps stories with coordinates only (the GeoJSON download).
 */
export async function readArticleRecords(
  db: Db,
  f: StoryFilter,
  opts: { after?: Key; limit: number; body?: boolean; located?: boolean },
): Promise<RecordPage> {
  if (f.q) await ensureSearchIndex(db);
  const key = DATE_KEY("a");
  const after = opts.after ? sql`AND (${key} < ${opts.after.date} OR (${key} = ${opts.after.date} AND a."id" < ${opts.after.id}))` : empty;
  const located = opts.located ? sql`AND a."lon" IS NOT NULL AND a."lat" IS NOT NULL` : empty;
  const [rows, names] = await Promise.all([
    query<Row>(
      db,
      sql`SELECT ${COLUMNS}, ${key} AS k ${opts.body ? raw(`, a."body"`) : empty}
          FROM "Article" a JOIN "Source" s ON s."id" = a."sourceId"
          WHERE 1 = 1 ${filterSql(db, f)} ${located} ${after}
          ORDER BY ${key} DESC, a."id" DESC LIMIT ${opts.limit + 1}`,
    ),
    allPlaceNames(db),
  ]);
  const page = rows.slice(0, opts.limit);
  const lastRow = page[page.length - 1];
  const last = lastRow ? { date: lastRow.k, id: lastRow.id } : null;
  return { items: page.map((r) => toArticleRecord(r, names)), nextCursor: rows.length > opts.limit && last ? encodeCursor(last) : null, last };
}

/** A page for the API, with the total the filter matches. */
export async function pageArticleRecords(db: Db, f: StoryFilter, after: Key | undefined, limit: number) {
  const [page, total] = await Promise.all([readArticleRecords(db, f, { after, limit }), countStories(db, f)]);
  return { items: page.items, nextCursor: page.nextCursor, total };
}

/** Every record passing the filter, in batches (downloads stream these; memory stays one batch). */
export async function* articleRecordBatches(db: Db, f: StoryFilter, opts: { batch?: number; body?: boolean; located?: boolean } = {}): AsyncGenerator<ArticleRecord[]> {
  let after: Key | undefined;
  for (;;) {
    const page = await readArticleRecords(db, f, { after, limit: opts.batch ?? 500, body: opts.body, located: opts.located });
    if (page.items.length) yield page.items;
    if (!page.nextCursor || !page.last) return;
    after = page.last;
  }
}

/** How many stories have coordinates under the filter (the GeoJSON's feature count). */
export async function countLocated(db: Db, f: StoryFilter): Promise<number> {
  return countStories(db, f, sql`AND a."lon" IS NOT NULL AND a."lat" IS NOT NULL`, "located");
}

/** One article's record (null when there is no such article). */
export async function articleRecordById(db: Db, id: string, opts: { body?: boolean } = {}): Promise<ArticleRecord | null> {
  const [rows, names] = await Promise.all([
    query<Row>(
      db,
      sql`SELECT ${COLUMNS}, '' AS k ${opts.body ? raw(`, a."body"`) : empty} FROM "Article" a JOIN "Source" s ON s."id" = a."sourceId" WHERE a."id" = ${id}`,
    ),
    allPlaceNames(db),
  ]);
  return rows[0] ? toArticleRecord(rows[0], names) : null;
}
