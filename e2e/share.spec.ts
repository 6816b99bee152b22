import { expect, test } from "@playwright/test";
import { expectNoErrors, saveShot, waitForMapIdle, watchErrors } from "./helpers";
import { clickCounty, jumpTo } from "./map-helpers";

/** The camera the map shows now, rounded like the URL writes it. */
async function camera(page: import("@playwright/test").Page) {
  return page.evaluate(() => {
    const m = window.__map!;
    return { zoom: m.getZoom(), lat: m.getCenter().lat, lon: m.getCenter().lng };
  });
}

test("a copied link reopens the same view in a new browser, and back/forward retrace the steps", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const errors = watchErrors(page);
  await page.goto("/");
  await waitForMapIdle(page);
  const start = page.url();

  // 1. select a county on the map
  await jumpTo(page, 120.19, 30.25, 11.5);
  await clickCounty(page, "330102");
  await expect(page.getByTestId("county-panel")).toBeVisible();
  await waitForMapIdle(page);
  const afterCounty = page.url();

  // 2. open one of its articles
  await page.getByTestId("county-panel").getByRole("link", { name: "生态绿色 崭新篇章" }).click();
  await expect(page.getByTestId("article-panel")).toBeVisible();
  await waitForMapIdle(page);
  const afterArticle = page.url();

  // 3. search, 4. filter by theme
  await page.getByTestId("search-input").fill("亚运");
  await expect(page).toHaveURL(/q=%E4%BA%9A%E8%BF%90|q=亚运/);
  await page.getByTestId("tag-filter").selectOption("ecology");
  await expect(page).toHaveURL(/tag=ecology/);
  await page.getByTestId("city-filter").selectOption("330100");
  await expect(page).toHaveURL(/city=330100/);
  await waitForMapIdle(page);

  await page.getByTestId("copy-link").click();
  await expect(page.getByTestId("share-status")).toHaveText("链接已复制");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(link).toMatch(/county=330102/);
  const cam = await camera(page);
  await saveShot(page, "share-before");

  // The same view in a fresh browser context.
  const other = await browser.newContext();
  const p2 = await other.newPage();
  const errors2 = watchErrors(p2);
  await p2.goto(link);
  await waitForMapIdle(p2);
  await expect(p2.getByTestId("search-input")).toHaveValue("亚运");
  await expect(p2.getByTestId("tag-filter")).toHaveValue("ecology");
  await expect(p2.getByTestId("city-filter")).toHaveValue("330100");
  const cam2 = await camera(p2);
  expect(Math.abs(cam2.zoom - cam.zoom)).toBeLessThan(0.05);
  expect(Math.abs(cam2.lat - cam.lat)).toBeLessThan(0.001);
  expect(Math.abs(cam2.lon - cam.lon)).toBeLessThan(0.001);
  await saveShot(p2, "share-reopened");
  await expectNoErrors(errors2);
  await other.close();

  // Back and forward walk through the selections.
  await page.goBack(); // city filter off
  await expect(page.getByTestId("city-filter")).toHaveValue("");
  await page.goBack(); // theme filter off
  await expect(page.getByTestId("tag-filter")).toHaveValue("");
  await page.goBack(); // search off
  await expect(page.getByTestId("search-input")).toHaveValue("");
  expect(page.url()).toBe(afterArticle);
  await expect(page.getByTestId("article-panel")).toBeVisible();
  await page.goBack(); // article closed, county panel again
  await expect(page.getByTestId("county-panel")).toBeVisible();
  expect(page.url()).toBe(afterCounty);
  await page.goBack(); // overview
  await expect(page.getByTestId("overview")).toBeVisible();
  expect(new URL(page.url()).searchParams.get("county")).toBeNull();
  await page.goForward();
  await expect(page.getByTestId("county-panel")).toBeVisible();
  expect(start).not.toBe(afterCounty);
  await expectNoErrors(errors);
});

test("the article and county panels open straight from a link", async ({ page }) => {
  await page.goto("/?county=330624");
  await expect(page.getByTestId("county-panel").getByRole("heading", { level: 2 })).toContainText("新昌县");
  const href = await page.getByTestId("story-card").getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/article=[0-9a-f]{12}/);
  await page.goto(href!);
  await expect(page.getByTestId("article-panel").getByRole("heading", { level: 2 })).toHaveText("聚焦重点工程 确保群众喝上优质水");
  await waitForMapIdle(page);
  // The map moved to the story's township.
  const c = await camera(page);
  expect(c.zoom).toBeGreaterThan(8);
});

test("a URL full of junk opens the default view without console errors", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/?county=abc&article=<script>alert(1)</script>&map=99/1000/x&view=globe&compare=1,2&measure=DROP&per=x&q=&city=9&tag=nope&from=2023-13-45&embed=maybe&lang=xx&v=999");
  await waitForMapIdle(page);
  await expect(page.getByTestId("overview")).toBeVisible();
  await expect(page.getByTestId("total-stories")).toHaveText("11");
  await expectNoErrors(errors);
});

test("an unknown article id says so instead of failing", async ({ page }) => {
  await page.goto("/?article=0123456789ab");
  await expect(page.getByTestId("panel").getByRole("alert")).toContainText("找不到这篇报道");
});

test("search finds the seed stories with 滨江 and with 亚运, matches highlighted", async ({ page }) => {
  await page.goto("/?q=滨江");
  const overview = page.getByTestId("overview");
  await expect(overview.getByText(/找到 \d+ 篇报道/)).toBeVisible();
  await expect(overview.getByRole("link", { name: '充电提能 服务三个"一号工程"' })).toBeVisible();
  await expect(overview.locator("mark").filter({ hasText: "滨江" }).first()).toBeVisible();

  await page.goto("/?q=亚运");
  await expect(overview.getByText("找到 4 篇报道")).toBeVisible();
  for (const title of ['充电提能 服务三个"一号工程"', "竭\"禁\"所能 优化营商环境", "服务提标 保障升级", "生态绿色 崭新篇章"]) {
    await expect(overview.getByRole("link", { name: title })).toBeVisible();
  }
  // The map pins follow the search.
  await waitForMapIdle(page);
  const pins = await page.evaluate(() => window.__map!.querySourceFeatures("stories").reduce((n, f) => n + (Number(f.properties?.point_count) || 1), 0));
  expect(pins).toBeLessThanOrEqual(4);
});

test("filters change the shading, the pins and the counts", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  await expect(page.getByTestId("total-stories")).toHaveText("11");
  await page.getByTestId("city-filter").selectOption("331000");
  await expect(page.getByTestId("total-stories")).toHaveText("4");
  await waitForMapIdle(page);
  const shaded = await page.evaluate(() => {
    const expr = window.__map!.getPaintProperty("county-fill", "fill-color") as unknown[];
    return Array.isArray(expr) ? (expr.length - 3) / 2 : 0;
  });
  expect(shaded).toBe(2); // 玉环市 and 天台县 have Taizhou's county-level stories
});

test("embed mode shows the map and panel without the page chrome", async ({ page }) => {
  await page.goto("/?embed=1&county=330108");
  await expect(page.getByTestId("county-panel")).toBeVisible();
  await expect(page.getByTestId("search-input")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /在完整页面打开/ })).toHaveAttribute("href", /county=330108/);
});
