import { spawn } from "node:child_process";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../geo/gazetteer";
import { loadCountyPopulation } from "../ref/population";
import { createDb, type Db } from "./client";
import { resolveDatabase, type DatabaseTarget } from "./database-url";
import { ingestSource } from "./ingest-write";
import { applyMigrations } from "./migrate";
import { seedPlaces } from "./seed-places";
import { tempSqliteDb } from "./test-db";
import { postgresUnavailable, startTempPostgres, type TempPostgres } from "./test-postgres";

// The same page ingested twice at once: one copy is stored and the other ingest reports
// "unchanged" (already loaded) instead of failing on the unique key.
const seed = fs.readFileSync("data/sources/zhejiang-news-page.txt", "utf8");

async function raceTwice(target: DatabaseTarget) {
  const gaz = loadGazetteer();
  const setup = createDb(target);
  await seedPlaces(setup, gaz, loadCountyPopulation());
  const a = createDb(target);
  const b = createDb(target);
  try {
    const results = await Promise.all([a, b].map((db) => ingestSource(db, { rawText: seed, name: "种子页" }, gaz)));
    const counts = { sources: await setup.source.count(), articles: await setup.article.count(), metrics: await setup.metric.count() };
    return { statuses: results.map((r) => r.status).sort(), sourceIds: new Set(results.map((r) => r.sourceId)), articles: results.map((r) => r.articles), counts };
  } finally {
    await Promise.all([a, b, setup].map((db: Db) => db.$disconnect()));
  }
}

describe("two ingests of the same page at once", () => {
  // SQLite serialises writers across processes with its file lock (a busy wait that would block a
  // single process's event loop), so the race is run as it happens: two `npm run ingest` at once.
  it("end with one copy on SQLite (two ingest processes)", async () => {
    const t = await tempSqliteDb();
    try {
      await seedPlaces(t.db, loadGazetteer(), loadCountyPopulation());
      const run = () =>
        new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", "data/sources/zhejiang-news-page.txt", "--source", "种子页"], {
            env: { ...process.env, DATABASE_URL: t.target.url, CHECKPOINT_DISABLE: "1" },
          });
          let out = "";
          child.stdout.on("data", (d) => (out += d));
          child.stderr.on("data", (d) => (out += d));
          child.on("exit", (code) => resolve({ code, out }));
        });
      const [a, b] = await Promise.all([run(), run()]);
      expect([a.code, b.code], a.out + b.out).toEqual([0, 0]);
      const outs = [a.out, b.out].sort();
      expect(outs.filter((o) => /already stored/.test(o))).toHaveLength(1);
      expect(outs.filter((o) => /stored 11 articles/.test(o))).toHaveLength(1);
      expect({ sources: await t.db.source.count(), articles: await t.db.article.count(), metrics: await t.db.metric.count() }).toEqual({ sources: 1, articles: 11, metrics: 31 });
    } finally {
      await t.cleanup();
    }
  }, 180_000);

  const unavailable = postgresUnavailable();
  describe.skipIf(unavailable !== null)("on PostgreSQL", () => {
    let pg: TempPostgres;
    beforeAll(() => {
      pg = startTempPostgres();
    });
    afterAll(() => pg?.stop());

    // Two connections in one process race for real on PostgreSQL (no busy wait blocks the loop).
    it("end with one copy on PostgreSQL (two connections)", async () => {
      const target = resolveDatabase({ DATABASE_URL: pg.url });
      await applyMigrations(target);
      const r = await raceTwice(target);
      expect(r.statuses).toEqual(["created", "unchanged"]);
      expect(r.counts).toEqual({ sources: 1, articles: 11, metrics: 31 });
    });
  });
});
