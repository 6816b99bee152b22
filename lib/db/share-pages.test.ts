import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../geo/gazetteer";
import { loadCountyPopulation } from "../ref/population";
import { getArticlePage } from "./article-page";
import type { Db } from "./client";
import { getCountyPage } from "./county-page";
import { ingestSource } from "./ingest-write";
import { seedPlaces } from "./seed-places";
import { getArticleSitemapPage, getShareSummary } from "./share-index";
import { tempSqliteDb } from "./test-db";

const SEED = fs.readFileSync("data/sources/zhejiang-news-page.txt", "utf8");

describe("read models of the readable pages (real SQLite, seed page)", () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  let waterId: string;

  beforeAll(async () => {
    ({ db, cleanup } = await tempSqliteDb());
    const gaz = loadGazetteer();
    await seedPlaces(db, gaz, loadCountyPopulation());
    await ingestSource(db, { rawText: SEED, name: "种子页", publishedOn: "2023-08-20" }, gaz);
    waterId = (await db.article.findFirstOrThrow({ where: { title: { contains: "喝上优质水" } } })).id;
  });
  afterAll(() => cleanup());

  it("gives an article with its city, county and township names", async () => {
    const page = (await getArticlePage(db, waterId))!;
    expect(page.article.title).toBe("聚焦重点工程 确保群众喝上优质水");
    expect(page.city).toEqual({ code: "330600", name: "绍兴市" });
    expect(page.county).toEqual({ code: "330624", name: "新昌县" });
    expect(page.township).toEqual({ code: "330624104", name: "回山镇" });
    const m = page.article.metrics.find((x) => x.text === "1.3万名")!;
    expect(page.article.body.slice(m.start, m.end)).toBe("1.3万名");
    // every stored span still points at its text, so the page can highlight all of them
    for (const s of [...page.article.metrics, ...page.article.mentions]) expect(page.article.body.slice(s.start, s.end)).toBe(s.text);
  });

  it("is null for an unknown article", async () => {
    expect(await getArticlePage(db, "000000000000")).toBeNull();
  });

  it("gives a county with population, stories and their metrics", async () => {
    const page = (await getCountyPage(db, "330624"))!;
    expect(page.county).toMatchObject({ name: "新昌县", cityName: "绍兴市", cityCode: "330600" });
    expect(page.county.population).toBeGreaterThan(300_000);
    expect(page.stories.items.map((s) => s.id)).toContain(waterId);
    expect(page.stories.total).toBe(page.stories.items.length);
    expect(page.stories.items[0]!.placeName).toBe("新昌县回山镇");
    const people = page.summary.find((k) => k.kind === "people")!;
    expect(people.total).toBeGreaterThanOrEqual(13_000);
    expect(people.count).toBeGreaterThanOrEqual(1);
  });

  it("gives a county without stories, and null for non-counties", async () => {
    const empty = (await getCountyPage(db, "330122"))!; // 桐庐县: not on the seed page
    expect(empty.county.name).toBe("桐庐县");
    expect(empty.stories.items).toEqual([]);
    expect(empty.summary).toEqual([]);
    expect(await getCountyPage(db, "330600")).toBeNull(); // a city
    expect(await getCountyPage(db, "339999")).toBeNull();
  });

  it("lists every article and only counties with stories for the sitemap", async () => {
    const index = await getShareSummary(db);
    expect(index.articleCount).toBe(11);
    const articles = await getArticleSitemapPage(db, 0);
    expect(articles).toHaveLength(11);
    expect(articles.every((a) => a.lastModified instanceof Date && !Number.isNaN(a.lastModified.getTime()))).toBe(true);
    expect(await getArticleSitemapPage(db, 1)).toEqual([]);
    expect(index.counties.map((c) => c.adcode)).toContain("330624");
    expect(index.counties.map((c) => c.adcode)).not.toContain("330122");
    expect(index.counties.every((c) => c.lastModified instanceof Date && !Number.isNaN(c.lastModified.getTime()))).toBe(true);
  });
});
