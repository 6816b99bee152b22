import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { resolveDatabase } from "@/lib/db/database-url";
import { defaultExtractThreads, ExtractPool } from "@/lib/db/extract-pool";
import { ingestSources } from "@/lib/db/ingest-write";
import { prepareDatabase } from "@/lib/db/prepare";
import { syncSearchIndex } from "@/lib/db/search-index";
import { SQLITE_MIGRATIONS_DIR } from "@/lib/db/migrate";
import { removeSqliteFiles } from "@/lib/db/sqlite";
import { GENERATOR_VERSION, synthCorpus } from "@/lib/synth/corpus";
import { setupDatabase } from "../db-setup";
import { ROOT } from "../lib/run";

export const BENCH_DIR = path.join(ROOT, ".local/bench");
const CACHE_DIR = path.join(BENCH_DIR, "cache");

/** Pages per write transaction while building (the same default as `npm run ingest`). */
const BUILD_BATCH = 400;

function migrationsHash(): string {
  const dir = path.join(ROOT, SQLITE_MIGRATIONS_DIR);
  const h = createHash("sha256");
  for (const name of fs.readdirSync(dir).sort()) {
    const f = path.join(dir, name, "migration.sql");
    if (fs.existsSync(f)) h.update(name).update(fs.readFileSync(f));
  }
  return h.digest("hex").slice(0, 10);
}

export function storiesIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM "Article"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A fresh database holding exactly what `npm start` loads (data/sources): the seed size. */
export async function buildSeedDb(file: string): Promise<void> {
  removeSqliteFiles(file);
  await setupDatabase({ target: resolveDatabase({ DATABASE_URL: `file:${file}` }, ROOT) });
}

export type ScaleBuild = { file: string; cached: boolean; seconds?: number; storiesPerSecond?: number };

/**
 * The large database: the seed pages plus `articles` synthetic stories, built once through the
 * real ingest path and cached under .local/bench/cache, keyed by the generator version, the seed,
 * the size and the schema (migrations). Stale cached sizes are deleted.
 */
export async function cachedScaleDb(articles: number, seed: number, log: (s: string) => void): Promise<ScaleBuild> {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const schema = migrationsHash();
  const name = `scale-g${GENERATOR_VERSION}-s${seed}-n${articles}-m${schema}.sqlite`;
  const file = path.join(CACHE_DIR, name);
  if (fs.existsSync(file)) return { file, cached: true };
  // Caches of another generator version or schema can never be used again.
  for (const old of fs.readdirSync(CACHE_DIR)) {
    if (old.startsWith("scale-") && !(old.startsWith(`scale-g${GENERATOR_VERSION}-`) && old.includes(`-m${schema}.sqlite`) && !old.includes(".partial"))) {
      fs.rmSync(path.join(CACHE_DIR, old), { force: true });
    }
  }

  const partial = `${file}.partial`;
  removeSqliteFiles(partial);
  await buildSeedDb(partial);
  const { db, gazetteer } = await prepareDatabase(resolveDatabase({ DATABASE_URL: `file:${partial}` }, ROOT), ROOT);
  let stored = 0;
  const t0 = performance.now();
  // As `npm run ingest` does it: extraction on one thread per core.
  let ingestSeconds = 0;
  const threads = defaultExtractThreads();
  const pool = threads > 0 ? new ExtractPool(threads, ROOT) : undefined;
  try {
    let batch: { rawText: string; name: string; publishedOn: string; fileName: string }[] = [];
    const flush = async () => {
      for (const out of await ingestSources(db, batch, { gazetteer, pool })) {
        if (out.status === "failed") throw out.error;
        if (out.status === "created") stored += out.articles;
      }
      batch = [];
    };
    let lastLog = performance.now();
    for (const page of synthCorpus(gazetteer, { seed, articles })) {
      batch.push({ rawText: page.text, name: page.name, publishedOn: page.publishedOn, fileName: page.fileName });
      if (batch.length >= BUILD_BATCH) await flush();
      if (performance.now() - lastLog > 10_000) {
        log(`    … ${stored} stories stored`);
        lastLog = performance.now();
      }
    }
    await flush();
    // Searchable as `npm run db:setup` leaves a database: otherwise every server started on the
    // cache would spend its first minutes indexing 100,000 stories while being measured.
    ingestSeconds = (performance.now() - t0) / 1000;
    log("    … indexing for search");
    await syncSearchIndex(db);
  } finally {
    await pool?.close();
    await db.$disconnect();
  }
  const seconds = ingestSeconds;
  // One self-contained file: fold the WAL back in so the cache can be copied as is.
  const conn = new Database(partial);
  conn.pragma("wal_checkpoint(TRUNCATE)");
  conn.pragma("journal_mode = DELETE");
  conn.close();
  fs.renameSync(partial, file);
  return { file, cached: false, seconds, storiesPerSecond: stored / seconds };
}

/**
 * A consistent copy of a database that may be open elsewhere (a server in WAL mode), through
 * SQLite's online backup: a plain file copy could miss what is still in the WAL.
 */
export async function snapshot(from: string, to: string): Promise<void> {
  removeSqliteFiles(to);
  const db = new Database(from, { readonly: true });
  try {
    await db.backup(to);
  } finally {
    db.close();
  }
}

/** A working copy of a cached database for this run (scenarios may write to it). */
export function workingCopy(from: string, to: string): void {
  removeSqliteFiles(to);
  fs.copyFileSync(from, to);
}
