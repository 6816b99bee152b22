// The job queue and the crawler on PostgreSQL, where several app instances share one database:
// two clients (two connection pools) stand for two instances.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../db/client";
import { resolveDatabase } from "../db/database-url";
import { prepareDatabase } from "../db/prepare";
import { postgresUnavailable, startTempPostgres, type TempPostgres } from "../db/test-postgres";
import type { Gazetteer } from "../geo/gazetteer";
import { crawlConfigFromEnv } from "../crawl/config";
import { crawlOnce } from "../crawl/crawler";
import { startGeneratedSite } from "../crawl/testing/sites";
import { queueContract } from "./queue-contract";

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`skipping the PostgreSQL job queue tests: ${unavailable}`);

describe.skipIf(unavailable !== null)("job queue and crawler on PostgreSQL", () => {
  let pg: TempPostgres;
  let a: Db;
  let b: Db;
  let gazetteer: Gazetteer;

  beforeAll(async () => {
    pg = startTempPostgres();
    const prepared = await prepareDatabase(resolveDatabase({ DATABASE_URL: pg.url }));
    a = prepared.db;
    gazetteer = prepared.gazetteer;
    b = createDb(resolveDatabase({ DATABASE_URL: pg.url }));
  }, 180_000);

  afterAll(async () => {
    await a?.$disconnect();
    await b?.$disconnect();
    pg?.stop();
  });

  queueContract(() => ({ a, b }));

  it("two crawlers sharing the database fetch each source and each article once", async () => {
    const site = await startGeneratedSite(12, { delayMs: 10 });
    try {
      const config = { ...crawlConfigFromEnv({}), delayMs: 0 };
      const lines: string[] = [];
      const run = (db: Db) => crawlOnce({ db, sources: [site.source], config, gazetteer, stopping: new AbortController().signal, print: (l) => lines.push(l) });
      await Promise.all([run(a), run(b)]);
      const articleHits = site.log.filter((r) => r.path.startsWith("/a/"));
      expect(articleHits).toHaveLength(12);
      expect(new Set(articleHits.map((r) => r.path)).size).toBe(12);
      expect(await a.crawledPage.count()).toBe(12);
      expect(await a.article.count({ where: { source: { name: "生成新闻网" } } })).toBe(12);
      // Either the second crawler found the source busy, or it came after and got a 304-free no-op.
      expect(lines.filter((l) => /^ok +生成新闻网: fetched \d+, 12 new/.test(l))).toHaveLength(1);
    } finally {
      await site.close();
    }
  }, 120_000);
});
