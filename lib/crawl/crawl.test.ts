// The crawler end to end against the three fixture sites, into a real SQLite database.
import { gunzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestSource } from "../db/ingest-write";
import { articleSourceUrl } from "./article-link";
import { crawlConfigFromEnv, type CrawlConfig } from "./config";
import { crawlOnce, type CrawlReport } from "./crawler";
import type { SourceConfig } from "./sources";
import type { FixtureSite } from "./testing/fixture-server";
import { COUNTY_ART, COUNTY_STORIES, EPAPER_STORIES, FEED_STORIES, startCountySite, startEpaperSite, startFeedSite } from "./testing/sites";
import { crawlTestDb, type CrawlTestDb } from "./testing/test-db";

type Site = FixtureSite & { source: SourceConfig };

const config: CrawlConfig = { ...crawlConfigFromEnv({}), agent: "ZJMapTest/1.0 (+mailto:crawler-test@example.org)", delayMs: 0, backoffMs: 20, timeoutMs: 1500, retries: 2 };

let t: CrawlTestDb;
let feed: Site, epaper: Site, county: Site;
let first: CrawlReport, second: CrawlReport;
const lines: string[] = [];

async function run(sources: SourceConfig[], cfg = config) {
  return crawlOnce({ db: t.db, sources, config: cfg, gazetteer: t.gazetteer, stopping: new AbortController().signal, print: (l) => lines.push(l) });
}

const articlePaths = (s: Site) => s.log.filter((r) => !/robots|feed|index|node_|col1229/.test(r.path)).map((r) => r.path);

beforeAll(async () => {
  t = await crawlTestDb();
  [feed, epaper, county] = await Promise.all([startFeedSite(), startEpaperSite(), startCountySite({ slowMs: 2500 })]);
  first = await run([feed.source, epaper.source, county.source]);
  second = await run([feed.source, epaper.source, county.source]);
}, 120_000);

afterAll(async () => {
  await Promise.all([feed?.close(), epaper?.close(), county?.close()]);
  await t?.cleanup();
});

const result = (r: CrawlReport, name: string) => r.results.find((x) => x.name === name)!;

describe("a UTF-8 city site with an RSS feed", () => {
  it("stores each article once, with its outlet, its own date and its source URL", async () => {
    const r = result(first, "湖州新闻网");
    expect(r).toMatchObject({ status: "ok", added: 3, robots: 1, failed: 1 });
    const pages = await t.db.crawledPage.findMany({ where: { outlet: "湖州新闻网" }, include: { source: { include: { articles: true } } }, orderBy: { url: "asc" } });
    expect(pages.map((p) => p.url.replace(feed.origin, ""))).toEqual(["/news/2024/03/01/1001.html", "/news/2024/03/02/1002.html", "/news/2024/03/02/1003.html"]);
    const p1001 = pages[0]!;
    expect(p1001.source.name).toBe("湖州新闻网");
    expect(p1001.publishedOn).toBe("2024-03-01");
    expect(p1001.countyHint).toBe("330500");
    const a = p1001.source.articles[0]!;
    expect(a.title).toBe(FEED_STORIES["1001"]!.title);
    expect(a.publishedOn).toBe("2024-03-01");
    expect(a.countyCode).toBe("330523");
    expect(JSON.parse(a.authors)).toEqual(["周明远"]);
  });

  it("schedules the next fetch `every` minutes later (30 for this source)", async () => {
    const row = await t.db.crawlSource.findFirst({ where: { name: "湖州新闻网" } });
    expect(row).toMatchObject({ health: "ok", failures: 0, everyMinutes: 30 });
    expect(row!.nextRunAt!.getTime() - row!.lastRunAt!.getTime()).toBe(30 * 60_000);
    expect(row!.lastSummary).toMatch(/^ok +湖州新闻网: fetched 0/);
  });

  it("drops navigation, the share bar, related links and the footer", async () => {
    const articles = await t.db.article.findMany({ where: { source: { name: "湖州新闻网" } } });
    for (const a of articles) {
      for (const junk of ["分享到", "相关新闻", "全市召开防汛", "版权所有", "浙ICP备", "当前位置", "政务公开", "浏览次数"]) expect(a.body).not.toContain(junk);
    }
  });

  it("reads a malformed page (unclosed tags, a stray <) into its text", async () => {
    const a = await t.db.article.findFirst({ where: { title: FEED_STORIES["1003"]!.title } });
    expect(a?.countyCode).toBe("330522");
    expect(a?.body).toContain("210公里");
    expect(a?.body).toContain("3500万元");
  });

  it("dedups ?from=rss, a rel=canonical mirror and a verbatim copy at another address", async () => {
    expect(feed.hits("/news/2024/03/01/1001.html?from=rss")).toBe(0);
    expect(feed.hits("/news/2024/03/01/1001.html")).toBe(1);
    const dup = await t.db.crawlUrl.findMany({ where: { state: "duplicate" }, select: { url: true } });
    expect(dup.map((d) => d.url.replace(feed.origin, "")).sort()).toEqual(["/copy/1002.html", "/mirror/1001.html"]);
    expect(await t.db.article.count({ where: { title: FEED_STORIES["1002"]!.title } })).toBe(1);
  });

  it("honours robots.txt for its User-Agent: the disallowed page is never requested", async () => {
    expect(feed.hits("/private/1004.html")).toBe(0);
    const robots = feed.log.find((r) => r.path === "/robots.txt")!;
    expect(robots.headers["user-agent"]).toBe(config.agent);
    expect(lines.some((l) => l.includes("湖州新闻网") && l.includes("1 skipped by robots.txt"))).toBe(true);
  });

  it("waits the robots.txt Crawl-delay (0.3 s) between requests although ZJ_CRAWL_DELAY_MS is 0", () => {
    const firstRun = feed.log.filter((r) => r.at <= feed.log.find((x) => x.path === "/feed.xml")!.at + 60_000);
    const gaps = firstRun.slice(1).map((r, i) => r.at - firstRun[i]!.at);
    expect(gaps.length).toBeGreaterThan(4);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(290);
  });

  it("asks for the feed conditionally on the second run and gets a 304", () => {
    const feedHits = feed.log.filter((r) => r.path === "/feed.xml");
    expect(feedHits).toHaveLength(2);
    expect(feedHits[0]!.headers["if-none-match"]).toBeUndefined();
    expect(feedHits[1]!.headers["if-none-match"]).toBe('"v1"');
    expect(feedHits[1]!.headers["if-modified-since"]).toBe("Sat, 02 Mar 2024 08:00:00 GMT");
    expect(result(second, "湖州新闻网")).toMatchObject({ fetched: 0, added: 0, unchanged: 1 });
  });

  it("links each crawled article to its source URL (the canonical one); pasted pages have none", async () => {
    const a = await t.db.article.findFirst({ where: { title: FEED_STORIES["1001"]!.title } });
    expect(await articleSourceUrl(t.db, a!.id)).toBe(`${feed.origin}/news/2024/03/01/1001.html`);
    const pasted = await ingestSource(t.db, { rawText: "## 桐庐县举办春季招聘会\n\n桐庐县日前举办春季招聘会，120家企业提供岗位3000余个。", name: "手工粘贴", single: true }, t.gazetteer);
    const p = await t.db.article.findFirst({ where: { sourceId: pasted.sourceId } });
    expect(await articleSourceUrl(t.db, p!.id)).toBeNull();
  });

  it("keeps the fetched bytes gzip-compressed for re-extraction", async () => {
    const p = await t.db.crawledPage.findFirst({ where: { url: `${feed.origin}/news/2024/03/02/1002.html` } });
    const html = gunzipSync(p!.rawGzip).toString("utf8");
    expect(html).toContain(FEED_STORIES["1002"]!.title);
    expect(p!.charset).toBe("utf-8");
  });
});

describe("a GBK e-paper with 版面 pages", () => {
  it("follows the 版面 pages and stores each article once, decoded from GBK", async () => {
    expect(result(first, "丽水日报")).toMatchObject({ status: "ok", added: 3, failed: 0 });
    for (const s of Object.values(EPAPER_STORIES)) {
      const a = await t.db.article.findFirst({ where: { title: s.title }, include: { source: { include: { crawled: true } } } });
      expect(a, s.title).not.toBeNull();
      expect(a!.body).toContain(s.paragraphs[0]!.slice(4, 20).replace(/，/g, ","));
      expect(a!.source.crawled?.charset).toBe("gb18030");
    }
    expect(epaper.hits("/paper/html/2024-03/02/content_2001.htm")).toBe(1); // listed on both 版面
    expect(epaper.hits("/paper/html/2024-03/01/index.htm")).toBe(0); // not a 版面 link
  });

  it("decodes a GBK page that names no charset in the header or the page", async () => {
    const a = await t.db.article.findFirst({ where: { title: EPAPER_STORIES["2003"]!.title } });
    expect(a?.countyCode).toBe("331125");
    const raw = await t.db.crawledPage.findFirst({ where: { title: EPAPER_STORIES["2003"]!.title } });
    expect(iconv.decode(gunzipSync(raw!.rawGzip), "gbk")).toContain("崇头镇");
  });
});

describe("a county site with only a list page", () => {
  it("takes the article links matching `match` and leaves navigation alone", async () => {
    expect(county.hits("/col/col1230/index.html")).toBe(0);
    expect(county.hits("/art/2024/3/2/help.html")).toBe(0);
    const a = await t.db.article.findFirst({ where: { title: COUNTY_STORIES["3001"]!.title } });
    expect(a?.countyCode).toBe("330824");
  });

  it("waits out a 429's Retry-After, then stores the page", async () => {
    const hits = county.log.filter((r) => r.path === `${COUNTY_ART}/art_1229_3002.html`);
    expect(hits).toHaveLength(2);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(990);
    expect(await t.db.article.count({ where: { title: COUNTY_STORIES["3002"]!.title } })).toBe(1);
  });

  it("retries a permanent 500 with backoff, then records the failure and carries on", async () => {
    const u = await t.db.crawlUrl.findFirst({ where: { url: `${county.origin}${COUNTY_ART}/art_1229_3500.html` } });
    expect(u).toMatchObject({ httpStatus: 500, attempts: 2 });
    expect(u!.error).toMatch(/HTTP 500, gave up after 3 attempts/);
    // three attempts in each of the two runs
    expect(county.hits(`${COUNTY_ART}/art_1229_3500.html`)).toBe(6);
  });

  it("refuses a 50 MB response, a redirect loop and an image with a clear reason", async () => {
    const err = async (n: string) => (await t.db.crawlUrl.findFirst({ where: { url: `${county.origin}${COUNTY_ART}/art_1229_${n}.html` } }))!;
    expect(await err("3050")).toMatchObject({ state: "failed", error: expect.stringMatching(/over the 5 MB limit/) });
    expect(await err("3301")).toMatchObject({ state: "failed", error: expect.stringMatching(/redirect loop/) });
    expect(await err("3400")).toMatchObject({ state: "failed", error: expect.stringMatching(/not an HTML or XML page \(Content-Type image\/png\)/) });
    expect(await err("3600")).toMatchObject({ state: "queued", error: expect.stringMatching(/timed out after 1.5 s/) });
    // permanent failures are not asked for again on the second run
    expect(county.hits(`${COUNTY_ART}/art_1229_3050.html`)).toBe(1);
    expect(county.hits(`${COUNTY_ART}/art_1229_3400.html`)).toBe(1);
  });

  it("prints one line per source with its counts and reasons", () => {
    const line = lines.find((l) => l.includes("开化县融媒体中心"))!;
    expect(line).toMatch(/^ok +开化县融媒体中心: fetched 3, 2 new, 0 unchanged, 0 skipped by robots.txt, 5 failed — .*HTTP 500/);
  });
});

describe("the second run", () => {
  it("adds nothing and fetches no article twice", async () => {
    expect(second.results.reduce((n, r) => n + r.added, 0)).toBe(0);
    expect(await t.db.crawledPage.count()).toBe(8);
    expect(await t.db.article.count({ where: { source: { crawled: { isNot: null } } } })).toBe(8);
    for (const s of [feed, epaper, county]) {
      const paths = articlePaths(s).filter((p) => !/3500|3600|3002/.test(p));
      expect(new Set(paths).size, s.origin).toBe(paths.length);
    }
  });
});

describe("a source whose index fails", () => {
  it("is marked failing with a growing backoff, and the other sources are crawled all the same", async () => {
    const broken: SourceConfig = { name: "断线的网站", url: `${county.origin}/broken-feed.xml`, kind: "feed", every: 10 };
    const before = Date.now();
    const r = await run([broken, epaper.source]);
    expect(result(r, "丽水日报").status).toBe("ok");
    const b = result(r, "断线的网站");
    expect(b.status).toBe("failing");
    expect(b.problems[0]).toMatch(/HTTP 404/);
    const row = await t.db.crawlSource.findFirst({ where: { name: "断线的网站" } });
    expect(row).toMatchObject({ health: "failing", failures: 1 });
    expect(row!.nextRunAt!.getTime() - before).toBeGreaterThanOrEqual(2 * 10 * 60_000 - 1000);
    await run([broken]);
    const again = await t.db.crawlSource.findFirst({ where: { name: "断线的网站" } });
    expect(again!.failures).toBe(2);
    expect(again!.nextRunAt!.getTime() - Date.now()).toBeGreaterThan(3 * 10 * 60_000);
    expect(lines.some((l) => /^FAILING 断线的网站: .*HTTP 404/.test(l))).toBe(true);
  });
});
