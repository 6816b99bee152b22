// Restore drill: back up while an ingest is writing, restore each backup into an empty database,
// and check it holds exactly what the backup held, in whole pages only (every page's articles and
// metrics, as in the finished database), on SQLite and on PostgreSQL.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDatabase, type DatabaseTarget } from "../db/database-url";
import { applyMigrations } from "../db/migrate";
import { prepareDatabase } from "../db/prepare";
import { loadGazetteer } from "../geo/gazetteer";
import { synthCorpus } from "../synth/corpus";
import { postgresUnavailable, startTempPostgres, type TempPostgres } from "../db/test-postgres";
import { backupDatabase, backupKindOf, BackupError, restoreDatabase } from "./backup";

type PageCounts = Map<string, string>; // source id -> "articles/metrics"

const COUNTS_SQL = `SELECT s."id" AS id, (SELECT count(*) FROM "Article" a WHERE a."sourceId" = s."id") AS articles,
  (SELECT count(*) FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId" WHERE a."sourceId" = s."id") AS metrics FROM "Source" s`;

async function pageCounts(target: DatabaseTarget): Promise<PageCounts> {
  let rows: { id: string; articles: number | string; metrics: number | string }[];
  if (target.kind === "sqlite") {
    const db = new Database(target.file, { readonly: true });
    rows = db.prepare(COUNTS_SQL).all() as typeof rows;
    db.close();
  } else {
    const c = new pg.Client({ connectionString: target.url });
    await c.connect();
    rows = (await c.query(COUNTS_SQL)).rows;
    await c.end();
  }
  return new Map(rows.map((r) => [r.id, `${r.articles}/${r.metrics}`]));
}

/** Synthetic pages (invented, marked synthetic) to ingest while backing up. */
function writePages(dir: string, articles: number): string[] {
  const files: string[] = [];
  for (const page of synthCorpus(loadGazetteer(), { seed: 7, articles })) {
    const f = path.join(dir, page.fileName);
    fs.writeFileSync(f, page.text);
    files.push(f);
  }
  return files;
}

/**
 * Runs `npm run ingest` on the pages, one page per transaction (`--batch 1`: with the default batch
 * the whole drill is one commit and no backup could fall mid-ingest), and takes backups until it has
 * finished.
 */
async function backupsDuringIngest(target: DatabaseTarget, files: string[], backupFile: (i: number) => string) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...files, "--source", "合成测试页（synthetic）", "--batch", "1"], {
    env: { ...process.env, DATABASE_URL: target.url, CHECKPOINT_DISABLE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  let done = false;
  void exited.then(() => (done = true));
  // Start once the ingest is writing, then back up as fast as possible until it ends.
  while (!done && !/\[1\//.test(out)) await new Promise((r) => setTimeout(r, 50));
  const backups: string[] = [];
  while (!done && backups.length < 12) {
    const f = backupFile(backups.length);
    await backupDatabase(target, f);
    backups.push(f);
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(await exited, out).toBe(0);
  // The first, a middle and the last backup are restored (each restore is a full round trip).
  return [...new Set([backups[0]!, backups[Math.floor(backups.length / 2)]!, backups[backups.length - 1]!])];
}

describe("restore drill on SQLite", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-backup-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("backs up during an ingest and restores whole pages only", async () => {
    const live = resolveDatabase({ DATABASE_URL: `file:${path.join(dir, "live.sqlite")}` });
    const { db } = await prepareDatabase(live);
    await db.$disconnect();
    fs.mkdirSync(path.join(dir, "pages"));
    const files = writePages(path.join(dir, "pages"), 120);
    const backups = await backupsDuringIngest(live, files, (i) => path.join(dir, `b${i}.sqlite`));
    const final = await pageCounts(live);
    expect(final.size).toBe(files.length);
    expect(backups.length).toBeGreaterThan(0);

    let partial = 0;
    for (const b of backups) {
      expect(backupKindOf(b)).toBe("sqlite");
      const restored = resolveDatabase({ DATABASE_URL: `file:${path.join(dir, `restored-${path.basename(b)}`)}` });
      await restoreDatabase(restored, b);
      if (b === backups[0]) await applyMigrations(restored); // as `npm run restore` does; nothing to apply
      const got = await pageCounts(restored);
      expect(got).toEqual(await pageCounts(resolveDatabase({ DATABASE_URL: `file:${b}` })));
      // Every page in the backup is whole: the same articles and metrics as in the finished database.
      for (const [id, c] of got) expect(c, id).toBe(final.get(id));
      if (got.size < final.size) partial++;
    }
    // At least one backup was taken mid-ingest (otherwise this drill proved nothing).
    expect(partial).toBeGreaterThan(0);
  }, 480_000);

  it("refuses a file that is not an SQLite backup, and keeps the database", async () => {
    const live = resolveDatabase({ DATABASE_URL: `file:${path.join(dir, "live.sqlite")}` });
    const before = await pageCounts(live);
    const junk = path.join(dir, "junk.bin");
    fs.writeFileSync(junk, "PGDMP not really");
    await expect(restoreDatabase(live, junk)).rejects.toThrow(BackupError);
    fs.writeFileSync(junk, "hello");
    await expect(restoreDatabase(live, junk)).rejects.toThrow(/not an SQLite backup/);
    expect(await pageCounts(live)).toEqual(before);
  });
});

const unavailable = postgresUnavailable();
describe.skipIf(unavailable !== null)("restore drill on PostgreSQL", () => {
  let server: TempPostgres;
  let dir: string;
  beforeAll(() => {
    server = startTempPostgres();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-pgbackup-"));
  });
  afterAll(() => {
    server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("backs up with pg_dump during an ingest and restores whole pages only", async () => {
    const live = resolveDatabase({ DATABASE_URL: server.url });
    const { db } = await prepareDatabase(live);
    await db.$disconnect();
    const pagesDir = path.join(dir, "pages");
    fs.mkdirSync(pagesDir);
    const files = writePages(pagesDir, 120);
    const backups = await backupsDuringIngest(live, files, (i) => path.join(dir, `b${i}.dump`));
    const final = await pageCounts(live);
    expect(final.size).toBe(files.length);

    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    let partial = 0;
    try {
      for (const [i, b] of backups.entries()) {
        expect(backupKindOf(b)).toBe("pg_dump");
        await admin.query(`CREATE DATABASE restored${i}`);
        const restored = resolveDatabase({ DATABASE_URL: server.url.replace(/\/postgres$/, `/restored${i}`) });
        await restoreDatabase(restored, b);
        if (i === 0) await applyMigrations(restored);
        const got = await pageCounts(restored);
        for (const [id, c] of got) expect(c, id).toBe(final.get(id));
        if (got.size < final.size) partial++;
        // Restoring again over the same database (pg_restore --clean) gives the same result.
        if (i === 0) {
          await restoreDatabase(restored, b);
          expect(await pageCounts(restored)).toEqual(got);
        }
      }
    } finally {
      await admin.end();
    }
    expect(partial).toBeGreaterThan(0);
  }, 480_000);
});
