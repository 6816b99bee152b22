import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ARTIFACTS, expectNoErrors, saveShot, watchErrors } from "./helpers";

const WATER_TITLE = "聚焦重点工程 确保群众喝上优质水";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const metaContent = (page: Page, selector: string) => page.locator(selector).first().getAttribute("content");

/** Fetches an image URL from the page's metadata against the test server (SITE_URL may name another host). */
async function fetchPng(request: APIRequestContext, absolute: string, saveAs: string) {
  const url = new URL(absolute);
  const res = await request.get(url.pathname + url.search);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const png = await res.body();
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  // IHDR: width and height are the first two big-endian words after the chunk header
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, saveAs), png);
  return png;
}

test("a county page leads to the 回山镇 water story, readable with highlights and a share card", async ({ page, request }) => {
  const errors = watchErrors(page);
  await page.goto("/county/330624");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新昌县");
  await expect(page.getByRole("link", { name: "在地图上查看" })).toHaveAttribute("href", "/?county=330624");
  await saveShot(page, "share-county-330624");

  await page.getByRole("link", { name: WATER_TITLE }).click();
  await expect(page).toHaveURL(/\/article\/[0-9a-f]{12}$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;

  await expect(page).toHaveTitle(new RegExp(WATER_TITLE));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(WATER_TITLE);
  const metric = page.locator("mark", { hasText: "1.3万名" }).first();
  await expect(metric).toBeVisible();
  await expect(metric).toHaveAttribute("title", "群众：13,000人");
  await expect(page.locator("mark", { hasText: "约2100万元" })).toHaveAttribute("title", "投入资金：≈21,000,000元");
  await expect(page.locator('[data-place="330624104"]').first()).toHaveText("回山镇");
  await expect(page.getByRole("link", { name: "在地图上查看" })).toHaveAttribute("href", `/?article=${id}`);
  await expect(page.getByRole("link", { name: "新昌县的全部报道" })).toHaveAttribute("href", "/county/330624");

  expect(await metaContent(page, 'meta[property="og:title"]')).toBe(WATER_TITLE);
  expect(await metaContent(page, 'meta[property="og:type"]')).toBe("article");
  expect(await metaContent(page, 'meta[property="og:locale"]')).toBe("zh_CN");
  expect(await metaContent(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`/article/${id}$`));

  const ogImage = await metaContent(page, 'meta[property="og:image"]');
  expect(ogImage).toMatch(new RegExp(`/article/${id}/opengraph-image`));
  await fetchPng(request, ogImage!, "share-article-og.png");
  const twitterImage = await metaContent(page, 'meta[name="twitter:image"]');
  await fetchPng(request, twitterImage!, "share-article-twitter.png");

  await saveShot(page, "share-article");
  await expectNoErrors(errors);
});

test("the county share card is a 1200×630 PNG", async ({ page, request }) => {
  await page.goto("/county/330624");
  expect(await metaContent(page, 'meta[property="og:type"]')).toBe("website");
  const ogImage = await metaContent(page, 'meta[property="og:image"]');
  expect(ogImage).toMatch(/\/county\/330624\/opengraph-image/);
  await fetchPng(request, ogImage!, "share-county-og.png");
});

test("a county without stories still has a page, with an empty state", async ({ page }) => {
  const res = await page.goto("/county/330122");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("桐庐县");
  await expect(page.getByTestId("story-count")).toHaveText("0篇");
  await expect(page.getByText("暂无数据")).toBeVisible();
});

test("unknown or malformed ids answer 404", async ({ request }) => {
  for (const url of ["/article/000000000000", "/article/not-an-id", "/county/339999", "/county/330600", "/article/000000000000/opengraph-image"]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});

test("the sitemap index lists files of article and county pages; robots.txt points to it", async ({ request }) => {
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("<sitemapindex");
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(files).toEqual(["/sitemaps/pages.xml", "/sitemaps/articles-0.xml"]);
  const pages = await (await request.get(files[0]!)).text();
  expect(pages).toMatch(/<loc>[^<]+\/county\/330624<\/loc>/);
  expect(pages).not.toContain("/county/330122<");
  const articles = await (await request.get(files[1]!)).text();
  expect(articles.match(/<loc>[^<]+\/article\/[0-9a-f]{12}<\/loc>/g)).toHaveLength(11);
  expect((await request.get("/sitemaps/articles-1.xml")).status()).toBe(404);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: \S+\/sitemap\.xml/);
});
