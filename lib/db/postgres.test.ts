import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../geo/gazetteer";
import { loadCountyPopulation } from "../ref/population";
import { createDb, type Db } from "./client";
import { resolveDatabase } from "./database-url";
import { ingestSource } from "./ingest-write";
import { getDashboardData, searchArticles } from "./read-models";
import { seedPlaces } from "./seed-places";
import { migratePostgres } from "./pg-migrate";
import { applyMigrations } from "./migrate";
import { postgresUnavailable, startTempPostgres, type TempPostgres } from "./test-postgres";

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`PostgreSQL integration tests skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)("the same code on PostgreSQL (production setting)", () => {
  let pg: TempPostgres;
  let db: Db;

  beforeAll(async () => {
    pg = startTempPostgres();
    const target = resolveDatabase({ DATABASE_URL: pg.url });
    await applyMigrations(target);
    // A second run applies nothing.
    expect((await migratePostgres(pg.url)).applied).toEqual([]);
    db = createDb(target);
  });
  afterAll(async () => {
    await db?.$disconnect();
    pg?.stop();
  });

  it("migrates, seeds the gazetteer, ingests the seed page idempotently and reads it back", async () => {
    const gaz = loadGazetteer();
    expect((await seedPlaces(db, gaz, loadCountyPopulation())).created).toBe(1488);
    const seed = fs.readFileSync("data/sources/zhejiang-news-page.txt", "utf8");
    expect((await ingestSource(db, { rawText: seed, name: "种子页" }, gaz)).status).toBe("created");
    expect((await ingestSource(db, { rawText: seed, name: "种子页" }, gaz)).status).toBe("unchanged");
    const data = await getDashboardData(db);
    expect(data.stats.totals.stories).toBe(11);
    expect(data.stats.storyCounts["330102"]).toBe(3);
    expect((await searchArticles(db, "亚运")).length).toBeGreaterThanOrEqual(3);
  });
});
