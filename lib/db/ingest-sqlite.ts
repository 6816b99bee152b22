import type Database from "better-sqlite3";
import { IngestError, MISSING_GAZETTEER, unchanged, type PageOutcome } from "./ingest-outcome";
import { mentionCodes, pageRows, type PreparedPage } from "./ingest-rows";
import { openSqlite } from "./sqlite";

/**
 * The SQLite bulk writer: its own better-sqlite3 connection, prepared statements, and one
 * IMMEDIATE transaction per batch of pages, each page inside a savepoint. Prisma's per-query cost
 * (about 1 ms per row through the driver adapter) limited ingest to ~100 stories/s; a prepared
 * statement costs microseconds. A killed process leaves whole batches only: SQLite commits a
 * transaction atomically, and a page that fails rolls back to its savepoint without touching the
 * others.
 */
type Statements = ReturnType<typeof prepare>;

function prepare(conn: Database.Database) {
  return {
    source: conn.prepare(
      `INSERT INTO "Source" ("id", "name", "publishedOn", "fileName", "rawText", "contentHash", "createdAt", "single")
       VALUES (@id, @name, @publishedOn, @fileName, @rawText, @contentHash, @createdAt, @single)
       ON CONFLICT ("contentHash") DO NOTHING`,
    ),
    existing: conn.prepare(
      `SELECT s."id" AS id, (SELECT count(*) FROM "Article" a WHERE a."sourceId" = s."id") AS articles FROM "Source" s WHERE s."contentHash" = ?`,
    ),
    article: conn.prepare(
      `INSERT INTO "Article" ("id", "sourceId", "position", "title", "authors", "body", "captions", "tags", "publishedOn",
         "placeLevel", "cityCode", "countyCode", "townshipCode", "lon", "lat", "confidence", "engineVersion")
       VALUES (@id, @sourceId, @position, @title, @authors, @body, @captions, @tags, @publishedOn,
         @placeLevel, @cityCode, @countyCode, @townshipCode, @lon, @lat, @confidence, @engineVersion)`,
    ),
    mention: conn.prepare(
      `INSERT INTO "Mention" ("articleId", "placeCode", "text", "level", "start", "end", "primary")
       VALUES (@articleId, @placeCode, @text, @level, @start, @end, @primary)`,
    ),
    metric: conn.prepare(
      `INSERT INTO "Metric" ("articleId", "position", "text", "value", "unit", "approx", "label", "kind", "start", "end", "normValue", "normUnit", "indicator", "indicatorConfidence", "partOf")
       VALUES (@articleId, @position, @text, @value, @unit, @approx, @label, @kind, @start, @end, @normValue, @normUnit, @indicator, @indicatorConfidence, @partOf)`,
    ),
    places: conn.prepare(`SELECT "code" FROM "Place"`).pluck(),
    // The article's search document (created dirty by its insert trigger), indexed at once when
    // the extraction thread brought the tokens: the same rows lib/db/search-index.ts writes.
    searchDoc: conn.prepare(`SELECT "id" FROM "SearchDoc" WHERE "articleId" = ?`).pluck(),
    searchDelete: conn.prepare(`DELETE FROM "ArticleSearch" WHERE rowid = ?`),
    searchInsert: conn.prepare(`INSERT INTO "ArticleSearch" (rowid, "titleGrams", "bodyGrams", "titleWords", "bodyWords") VALUES (?, ?, ?, ?, ?)`),
    searchClean: conn.prepare(`UPDATE "SearchDoc" SET "dirty" = 0 WHERE "id" = ?`),
  };
}

/** Prisma stores DateTime in SQLite as ISO 8601 text with an explicit offset; so do we. */
const sqliteTime = (d: Date) => d.toISOString().replace("Z", "+00:00");

function writePage(st: Statements, knownCodes: Set<string>, page: PreparedPage): PageOutcome {
  if (mentionCodes(page).some((c) => !knownCodes.has(c))) throw new IngestError(MISSING_GAZETTEER);
  const rows = pageRows(page);
  const inserted = st.source.run({ ...rows.source, createdAt: sqliteTime(rows.source.createdAt), single: rows.source.single ? 1 : 0 }).changes;
  if (inserted === 0) {
    // Stored meanwhile (another process, or the same page earlier in this batch).
    const row = st.existing.get(rows.source.contentHash) as { id: string; articles: number };
    return unchanged(row.id, Number(row.articles));
  }
  for (const a of rows.articles) st.article.run(a);
  for (const m of rows.mentions) st.mention.run({ ...m, primary: m.primary ? 1 : 0 });
  for (const m of rows.metrics) st.metric.run({ ...m, approx: m.approx ? 1 : 0 });
  if (page.search && page.search.length === rows.articles.length) {
    rows.articles.forEach((a, k) => {
      const id = st.searchDoc.get(a.id) as number | undefined;
      if (id === undefined) return;
      const t = page.search![k]!;
      st.searchDelete.run(id);
      st.searchInsert.run(id, t.title.grams.join(" "), t.body.grams.join(" "), t.title.words.join(" "), t.body.words.join(" "));
      st.searchClean.run(id);
    });
  }
  return { status: "created", sourceId: rows.source.id, articles: rows.articles.length, mentions: rows.mentions.length, metrics: rows.metrics.length };
}

export function writePagesSqlite(file: string, pages: PreparedPage[]): PageOutcome[] {
  const conn = openSqlite(file);
  try {
    const st = prepare(conn);
    // A nested better-sqlite3 transaction is a savepoint: a failing page rolls back alone.
    const onePage = conn.transaction((page: PreparedPage, known: Set<string>) => writePage(st, known, page));
    const batch = conn.transaction((all: PreparedPage[]) => {
      // Read inside the write lock, so the gazetteer cannot change under the batch.
      const known = new Set(st.places.all() as string[]);
      return all.map((page): PageOutcome => {
        try {
          return onePage(page, known);
        } catch (e) {
          return { status: "failed", error: e instanceof Error ? e : new Error(String(e)) };
        }
      });
    });
    // IMMEDIATE takes the write lock first, so a concurrent writer waits (busy timeout) instead
    // of failing when upgrading a read lock.
    return batch.immediate(pages);
  } finally {
    conn.close();
  }
}
