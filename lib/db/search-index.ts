/**
 * Keeps the full-text index in step with the articles. Triggers (prisma/migrations/*_read_path)
 * give every new or edited article a dirty SearchDoc row inside the writer's own transaction, so
 * nothing is lost whichever process ingests; tokenizing needs JavaScript (bigrams, the segmenter),
 * so this module indexes the dirty rows. Every search runs it first (ensureSearchIndex), which makes
 * results always include what was committed; servers also start it as soon as they see a new data
 * version, and `npm run db:setup` runs it after loading pages, so searches rarely wait.
 */
import { indexTokens } from "../search/tokenize";
import { dialectOf, type Db } from "./client";
import { onDataVersion } from "./data-version";
import { join, num, query, sql } from "./sql";

const BATCH = 400;

type DirtyRow = { id: unknown; dirty: unknown; title: string; body: string };

/** A PostgreSQL tsvector literal: each token with its positions and weight (no parser runs). */
export function tsvectorLiteral(columns: { tokens: string[]; weight: "A" | "B" | "C" | "D" }[]): string {
  const positions = new Map<string, string[]>();
  for (const { tokens, weight } of columns) {
    // Each column starts its own positions, as SQLite's columns do; 16383 is PostgreSQL's limit.
    tokens.forEach((t, i) => {
      const list = positions.get(t) ?? [];
      if (list.length < 256) list.push(`${Math.min(i + 1, 16383)}${weight}`);
      positions.set(t, list);
    });
  }
  return [...positions].map(([t, p]) => `'${t.replace(/\\/g, "\\\\").replace(/'/g, "''")}':${p.join(",")}`).join(" ");
}

/** Indexes up to `limit` dirty articles; returns how many were indexed. */
export async function indexDirty(db: Db, limit = BATCH): Promise<number> {
  const rows = await query<DirtyRow>(
    db,
    sql`SELECT d."id", d."dirty", a."title", a."body" FROM "SearchDoc" d JOIN "Article" a ON a."id" = d."articleId" WHERE d."dirty" > 0 ORDER BY d."id" LIMIT ${limit}`,
  );
  if (rows.length === 0) return 0;
  const docs = rows.map((r) => {
    const title = indexTokens(r.title);
    const body = indexTokens(r.body);
    return { id: num(r.id), dirty: num(r.dirty), title, body };
  });
  const ids = docs.map((d) => d.id);
  const pg = dialectOf(db) === "postgres";
  const writes = pg
    ? [
        db.$executeRaw(sql`INSERT INTO "ArticleSearch" ("id", "doc") VALUES ${join(
          docs.map(
            (d) =>
              sql`(${d.id}, ${tsvectorLiteral([
                { tokens: d.title.grams, weight: "A" },
                { tokens: d.body.grams, weight: "B" },
                { tokens: d.title.words, weight: "C" },
                { tokens: d.body.words, weight: "D" },
              ])}::tsvector)`,
          ),
        )} ON CONFLICT ("id") DO UPDATE SET "doc" = EXCLUDED."doc"`),
      ]
    : [
        db.$executeRaw(sql`DELETE FROM "ArticleSearch" WHERE rowid IN (${join(ids)})`),
        db.$executeRaw(sql`INSERT INTO "ArticleSearch" (rowid, "titleGrams", "bodyGrams", "titleWords", "bodyWords") VALUES ${join(
          docs.map((d) => sql`(${d.id}, ${d.title.grams.join(" ")}, ${d.body.grams.join(" ")}, ${d.title.words.join(" ")}, ${d.body.words.join(" ")})`),
        )}`),
      ];
  // A change made while we tokenized raised `dirty` again: leave that row dirty for the next round.
  // One statement per distinct count read (almost always just 1).
  const byDirty = new Map<number, number[]>();
  for (const d of docs) byDirty.set(d.dirty, [...(byDirty.get(d.dirty) ?? []), d.id]);
  const clean = [...byDirty].map(([dirty, list]) => db.$executeRaw(sql`UPDATE "SearchDoc" SET "dirty" = 0 WHERE "dirty" = ${dirty} AND "id" IN (${join(list)})`));
  await db.$transaction([...writes, ...clean]);
  return docs.length;
}

/** Indexes every dirty article. */
export async function syncSearchIndex(db: Db): Promise<number> {
  let total = 0;
  for (let n = await indexDirty(db); n > 0; n = await indexDirty(db)) total += n;
  return total;
}

const running = new WeakMap<Db, Promise<number>>();

/** Brings the index up to date before a search; concurrent callers in one process share one run. */
export async function ensureSearchIndex(db: Db): Promise<void> {
  const inFlight = running.get(db);
  if (inFlight) {
    await inFlight;
    // Articles may have been committed after that run looked: check once more below.
  }
  const dirty = await query<{ n: unknown }>(db, sql`SELECT 1 AS n FROM "SearchDoc" WHERE "dirty" > 0 LIMIT 1`);
  if (dirty.length === 0) return;
  const again = running.get(db);
  if (again) return void (await again);
  const run = syncSearchIndex(db).finally(() => running.delete(db));
  running.set(db, run);
  await run;
}

// A server that sees new data starts indexing it at once, so the next search rarely waits.
onDataVersion((db) => {
  ensureSearchIndex(db).catch(() => undefined);
});
