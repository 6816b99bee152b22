// Following a source end to end: crawl a local fixture news site once with `npm run crawl`, then
// find the new story on the map, read it, and follow its link back to the page it came from.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { FEED_STORIES, startFeedSite } from "../lib/crawl/testing/sites";
import { expectNoErrors, saveShot, waitForMapIdle, watchErrors } from "./helpers";
import { clickCounty } from "./map-helpers";

// The same database the test server reads (playwright.config.ts).
const DATABASE_URL = process.env.DATABASE_URL ?? "file:.local/e2e.sqlite";
const STORY = FEED_STORIES["1001"]!;

let site: Awaited<ReturnType<typeof startFeedSite>>;
let crawlOutput = "";

function runCrawl(sourcesFile: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/crawl.ts", "--sources", sourcesFile, "--once"], {
      env: { ...process.env, DATABASE_URL, ZJ_CRAWL_DELAY_MS: "0", ZJ_CRAWL_AGENT: "ZJMapE2E/1.0 (+mailto:e2e@example.org)", CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

/** Removes what the crawl added, so the other specs see exactly the seed page. */
function forgetCrawl() {
  const file = path.resolve(DATABASE_URL.replace(/^file:/, ""));
  if (!fs.existsSync(file)) return;
  const db = new Database(file);
  try {
    db.pragma("foreign_keys = ON");
    db.transaction(() => {
      db.prepare(`DELETE FROM "Source" WHERE "id" IN (SELECT "sourceId" FROM "CrawledPage")`).run();
      db.prepare(`DELETE FROM "CrawlSource"`).run();
      db.prepare(`DELETE FROM "JobKey" WHERE "key" LIKE 'crawl:%'`).run();
      db.prepare(`DELETE FROM "Job" WHERE "kind" = 'crawl-source'`).run();
    })();
  } finally {
    db.close();
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await startFeedSite();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-e2e-crawl-"));
  const sourcesFile = path.join(dir, "sources.json");
  fs.writeFileSync(sourcesFile, JSON.stringify([site.source]));
  const { code, out } = await runCrawl(sourcesFile);
  crawlOutput = out;
  expect(code, out).toBe(0);
});

test.afterAll(async () => {
  forgetCrawl();
  await site?.close();
});

test("a crawled story: on the map under its county, readable, with a link to its source page", async ({ page }) => {
  // Map, panel, reading page, API and the source site: more steps than most specs.
  test.setTimeout(150_000);
  expect(crawlOutput).toMatch(/^ok +湖州新闻网: fetched \d+, 3 new, .*1 skipped by robots\.txt/m);
  const errors = watchErrors(page);

  await page.goto("/");
  await waitForMapIdle(page);
  await clickCounty(page, "330523");
  const panel = page.getByTestId("county-panel");
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute("data-adcode", "330523");
  await panel.getByRole("link", { name: STORY.title }).click();

  const article = page.getByTestId("article-panel");
  await expect(article.getByRole("heading", { name: STORY.title })).toBeVisible();
  await expect(article).toContainText("湖州新闻网");
  await expect(article).toContainText("1200万元");
  await expect(article).not.toContainText("分享到");
  await saveShot(page, "crawl-story-panel");

  await article.getByRole("link", { name: /阅读页/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(STORY.title);
  const sourceLink = page.getByTestId("source-link");
  const sourceUrl = `${site.origin}/news/2024/03/01/1001.html`;
  await expect(sourceLink).toHaveAttribute("href", sourceUrl);
  await expect(sourceLink).toHaveAttribute("rel", /noopener/);
  await saveShot(page, "crawl-article-page");
  const articleUrl = page.url();

  // The API says the same.
  const api = await page.request.get(`/api/articles/${articleUrl.split("/").pop()}`);
  expect((await api.json()).sourceUrl).toBe(sourceUrl);

  await expectNoErrors(errors);
  await sourceLink.click();
  await expect(page).toHaveURL(sourceUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(STORY.title);
});
