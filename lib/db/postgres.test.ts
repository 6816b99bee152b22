import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../geo/gazetteer";
import { loadCountyPopulation } from "../ref/population";
import { createDb, type Db } from "./client";
import { resolveDatabase } from "./database-url";
import { ingestSource } from "./ingest-write";
import { getCountyMetricSummary, getCountyMetricItems } from "./county-metrics";
import { getCountyPage } from "./county-page";
import { getPins, storiesAtSpot } from "./pins";
import { explainCounties } from "./indicator-explain";
import { getDashboardData, searchArticles } from "./read-models";
import { getArticleSitemapPage, getShareSummary } from "./share-index";
import { NO_FILTER } from "./story-filter";
import { decodeCursor, listStories } from "./story-list";
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

  it("aggregates, pages, clusters and summarises in SQL as on SQLite", async () => {
    const people = await getDashboardData(db, NO_FILTER, "enterprises_served");
    // 665 + 105 + 750 家; 2653家次 (visits, not firms) is left out, as "How this was computed" says
    expect(people.stats.values["330108"]).toMatchObject({ value: 1520, stories: 1, sources: 1, metrics: 3 });
    const explained = (await explainCounties(db, NO_FILTER, "enterprises_served", ["330108"]))["330108"]!;
    expect([explained.total, explained.used.length, explained.leftOut.map((m) => [m.text, m.reason])]).toEqual([1520, 3, [["2653家次", "unit"]]]);
    // the budget and the spending under it (新昌县): only the budget is added
    const investment = (await explainCounties(db, NO_FILTER, "project_investment", ["330624"]))["330624"]!;
    expect(investment.used.map((m) => m.text)).toEqual(["3500万元左右"]);
    expect((await getDashboardData(db, NO_FILTER, "project_investment")).stats.values["330624"]!.value).toBe(investment.total);
    const withCoverage = await getDashboardData(db, { ...NO_FILTER, city: "331000" }, "stories", { coverage: true });
    expect(withCoverage.stats.totals.stories).toBe(4);
    expect(withCoverage.stats.coverage?.stories).toBe(2);

    const first = await listStories(db, NO_FILTER, { limit: 4 });
    expect(first.total).toBe(11);
    const second = await listStories(db, NO_FILTER, { limit: 4, after: decodeCursor(first.nextCursor)! });
    expect(second.items.map((a) => a.id)).not.toContain(first.items[0]!.id);

    const pins = await getPins(db, NO_FILTER, [118, 27, 123.2, 31.2], 6);
    const count = pins.features.reduce((n, f) => n + ("point_count" in f.properties ? f.properties.point_count : 1), 0);
    expect(count).toBe(11);
    const spot = pins.features.find((f) => "spot" in f.properties);
    if (spot && "spot" in spot.properties) expect((await storiesAtSpot(db, NO_FILTER, spot.properties)).total).toBe(spot.properties.point_count);

    const kinds = await getCountyMetricSummary(db, "330108", NO_FILTER);
    const ent = kinds.find((k) => k.kind === "enterprises")!;
    expect(ent).toMatchObject({ total: 1520, count: 3, stories: 1 });
    expect((await getCountyMetricItems(db, "330108", NO_FILTER, "enterprises", 1, 1)).items).toHaveLength(1);
    expect((await getCountyPage(db, "330108"))!.stories.total).toBe(1);
    expect((await getShareSummary(db)).articleCount).toBe(11);
    expect((await getArticleSitemapPage(db, 0)).every((a) => !Number.isNaN(a.lastModified.getTime()))).toBe(true);
  });
});
