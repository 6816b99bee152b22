import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../geo/gazetteer";
import { loadCountyPopulation } from "../ref/population";
import type { Db } from "./client";
import { IngestError, ingestSource } from "./ingest-write";
import { getCountyMetricSummary } from "./county-metrics";
import { getArticleDetail, getDashboardData, searchArticles } from "./read-models";
import { NO_FILTER } from "./story-filter";
import { listStories } from "./story-list";
import { seedPlaces } from "./seed-places";
import { tempSqliteDb } from "./test-db";

const SEED = fs.readFileSync("data/sources/zhejiang-news-page.txt", "utf8");
const gaz = loadGazetteer();

describe("ingest into a real SQLite database", () => {
  let db: Db;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ db, cleanup } = await tempSqliteDb());
    const first = await seedPlaces(db, gaz, loadCountyPopulation());
    expect(first.created).toBe(1488);
  });
  afterAll(() => cleanup());

  it("re-seeding the gazetteer writes nothing", async () => {
    expect(await seedPlaces(db, gaz, loadCountyPopulation())).toEqual({ created: 0, updated: 0, unchanged: 1488 });
  });

  it("stores the seed page with its articles, mentions and metrics", async () => {
    const res = await ingestSource(db, { rawText: SEED, name: "种子页", publishedOn: "2023-08-20", fileName: "data/sources/x.txt" }, gaz);
    expect(res.status).toBe("created");
    expect(res.articles).toBe(11);
    expect(await db.article.count()).toBe(11);
    expect(await db.metric.count()).toBe(res.metrics);
    expect(res.metrics).toBeGreaterThanOrEqual(29);
    const src = await db.source.findFirstOrThrow();
    expect(src.rawText).toBe(SEED);
    expect(src.fileName).toBe("x.txt");
    const primary = await db.mention.count({ where: { primary: true } });
    expect(primary).toBeGreaterThanOrEqual(10);
  });

  it("ingesting the same page again changes nothing", async () => {
    const before = await db.metric.count();
    const res = await ingestSource(db, { rawText: SEED, name: "另一个名字" }, gaz);
    expect(res.status).toBe("unchanged");
    expect(await db.source.count()).toBe(1);
    expect(await db.metric.count()).toBe(before);
  });

  it("takes the publication date from the page's masthead when none is given", async () => {
    const page = "台州日报\n2023年9月4日 星期一 第2版\n\n# 玉环市举办渔业节\n\n玉环市近日举办渔业节,吸引游客2万余人次。\n";
    const res = await ingestSource(db, { rawText: page, name: "台州日报" }, gaz);
    expect((await db.source.findUniqueOrThrow({ where: { id: res.sourceId } })).publishedOn).toBe("2023-09-04");
    expect((await db.article.findFirstOrThrow({ where: { sourceId: res.sourceId } })).publishedOn).toBe("2023-09-04");
    await db.source.delete({ where: { id: res.sourceId } });
  });

  it("refuses bad input with a clear error and writes nothing", async () => {
    await expect(ingestSource(db, { rawText: "滨江区新闻。", name: "x", publishedOn: "2023-02-30" }, gaz)).rejects.toThrow(/calendar date/);
    await expect(ingestSource(db, { rawText: "", name: "x" }, gaz)).rejects.toBeInstanceOf(IngestError);
    await expect(ingestSource(db, { rawText: "滨江区新闻。", name: "  " }, gaz)).rejects.toThrow(/source name/);
    expect(await db.source.count()).toBe(1);
  });

  it("rolls back the whole page when a write fails half-way", async () => {
    const page = "# 滨江区举办活动\n\n杭州市滨江区今年培训干部300人。\n\n# 新昌县回山镇通水\n\n新昌县回山镇1.3万名群众喝上放心水。\n";
    // A mention to a place missing from the gazetteer fails inside the transaction.
    const moved = await db.place.findUniqueOrThrow({ where: { code: "330624104" } });
    await db.mention.deleteMany({ where: { placeCode: "330624104" } });
    await db.place.delete({ where: { code: "330624104" } });
    try {
      await expect(ingestSource(db, { rawText: page, name: "坏页" }, gaz)).rejects.toThrow(/gazetteer/);
      expect(await db.source.count()).toBe(1);
      expect(await db.article.count()).toBe(11);
    } finally {
      await db.place.create({ data: moved });
    }
  });

  it("reads back dashboard data, an article, county metrics and search hits", async () => {
    const data = await getDashboardData(db);
    expect(data.counties).toHaveLength(90);
    expect(data.cities).toHaveLength(11);
    expect(data.stats.totals.stories).toBe(11);
    expect(data.stats.storyCounts["330102"]).toBe(3);
    const articles = (await listStories(db, NO_FILTER, { limit: 100 })).items;
    expect(articles).toHaveLength(11);
    const water = articles.find((a) => a.townshipCode === "330624104")!;
    expect(water.placeName).toBe("新昌县回山镇");
    expect(water.publishedOn).toBe("2023-08-20");

    const detail = (await getArticleDetail(db, water.id))!;
    expect(detail.metrics.some((m) => m.value === 13000 && m.unit === "人")).toBe(true);
    for (const m of detail.metrics) expect(detail.body.slice(m.start, m.end)).toBe(m.text);
    for (const m of detail.mentions) expect(detail.body.slice(m.start, m.end)).toBe(m.text);
    expect(await getArticleDetail(db, "000000000000")).toBeNull();

    const traced = (await getCountyMetricSummary(db, "330108", NO_FILTER)).flatMap((k) => k.items);
    expect(traced.length).toBeGreaterThan(5);
    for (const t of traced) expect(t.sentence).toContain(t.text);

    expect((await searchArticles(db, "亚运")).length).toBeGreaterThanOrEqual(3);
    const binjiang = await searchArticles(db, "滨江");
    expect(binjiang.map((h) => h.id)).toContain(articles.find((a) => a.countyCode === "330108")!.id);
    expect(await searchArticles(db, "   ")).toEqual([]);
    expect(await searchArticles(db, "不存在的词语组合")).toEqual([]);
  });
});
