import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expectNoErrors, saveShot, waitForMapIdle, watchErrors } from "./helpers";
import { clickCounty, clickLonLat } from "./map-helpers";

// Issue 15: what a new user trips over, on a 1280×800 desktop (phone: first-use-phone.spec.ts).
// axe over a full page takes seconds on a busy machine: these tests get more time than the default.
test.describe.configure({ timeout: 180_000 });

/** The id of a seed story, from the public API. */
async function someArticleId(page: Page): Promise<string> {
  const res = await page.request.get("/api/stories?county=330624");
  const body = (await res.json()) as { items: { id: string }[] };
  expect(body.items.length).toBeGreaterThan(0);
  return body.items[0]!.id;
}

const focusedHeading = (page: Page) => page.evaluate(() => (document.activeElement?.tagName === "H2" ? document.activeElement.textContent : null));

test("a first visit says what this is, what is loaded, and where to read more", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/");
  await waitForMapIdle(page);
  const intro = page.getByTestId("intro");
  await expect(intro).toContainText("点击地图上的区县");
  await expect(intro).toContainText(/已载入 1 个版面、11 篇报道/);
  await saveShot(page, "first-visit-desktop");
  await expectNoAxeViolations(page, "home (zh)");
  await intro.getByRole("link", { name: /关于与方法/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("关于与方法");
  await expect(page.getByTestId("inventory")).toContainText("11");
  await expectNoAxeViolations(page, "/about (zh)");
  await expectNoErrors(errors);
});

test("English: html lang, place names, units, map controls; readable pages follow lang=en", async ({ page }) => {
  await page.goto("/?lang=en&county=330624");
  await waitForMapIdle(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("county-panel").getByRole("heading", { level: 2 })).toContainText("Xinchang County");
  await expect(page.getByRole("button", { name: "Zoom in" })).toBeVisible();
  await expectNoAxeViolations(page, "county (en)");

  await page.goto("/county/330624?lang=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xinchang County");
  await expect(page.getByText("Residents (2020 census)")).toBeVisible();
  await expectNoAxeViolations(page, "/county (en)");
  await page.getByTestId("story-count").waitFor();
  await page.locator("h3 a").first().click();
  await expect(page).toHaveURL(/\/article\/[0-9a-f]{12}\?lang=en/);
  await expect(page.getByRole("heading", { name: /Numbers in the story/ })).toBeVisible();
  await expectNoAxeViolations(page, "/article (en)");
  await page.goto("/about?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About and method");
  await expectNoAxeViolations(page, "/about (en)");

  // In Chinese the map's own controls speak Chinese.
  await page.goto("/");
  await waitForMapIdle(page);
  await expect(page.getByRole("button", { name: "放大" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("a cluster click lists its stories and separates its pins in one click; the tooltip goes", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  const cluster = await page.evaluate(() => {
    const f = window.__map!.queryRenderedFeatures({ layers: ["story-clusters"] }).find((x) => x.properties?.cluster && Number(x.properties?.point_count) >= 5);
    return f ? { at: (f.geometry as GeoJSON.Point).coordinates, count: Number(f.properties!.point_count), bounds: String(f.properties!.bounds) } : null;
  });
  expect(cluster, "the Hangzhou stories cluster at the starting zoom").not.toBeNull();
  const zoomBefore = await page.evaluate(() => window.__map!.getZoom());
  // Hover first: the tooltip shows, and must not outlive the click.
  const pt = await page.evaluate(([lon, lat]) => {
    const p = window.__map!.project([lon!, lat!]);
    const r = window.__map!.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, cluster!.at);
  await page.mouse.move(pt.x, pt.y);
  await expect(page.getByTestId("map-tooltip")).toBeVisible();
  await clickLonLat(page, cluster!.at[0]!, cluster!.at[1]!);
  const list = page.getByTestId("cluster-list");
  await expect(list.getByRole("heading", { level: 2 })).toContainText(String(cluster!.count));
  await expect(list.getByTestId("story-card")).toHaveCount(cluster!.count);
  expect(await focusedHeading(page)).toContain(String(cluster!.count));
  await waitForMapIdle(page);
  await expect(page.getByTestId("map-tooltip")).toBeHidden();
  // One click fitted all of its places: no multi-place cluster remains inside its box.
  const left = await page.evaluate((b) => {
    const [w, s, e, n] = b.split(",").map(Number) as [number, number, number, number];
    return window.__map!.queryRenderedFeatures({ layers: ["story-clusters"] }).filter((f) => {
      const [x, y] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      return f.properties?.cluster && x >= w && x <= e && y >= s && y <= n;
    }).length;
  }, cluster!.bounds);
  expect(left).toBe(0);
  expect(await page.evaluate(() => window.__map!.getZoom())).toBeGreaterThan(zoomBefore + 1);
  await saveShot(page, "cluster-click");
  // Esc closes the list.
  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(page.getByTestId("overview")).toBeVisible();
});

test("a county stays clickable next to its pin at the starting zoom (玉环市)", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  await clickCounty(page, "331083");
  const panel = page.getByTestId("county-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toContainText("玉环市");
  expect(await focusedHeading(page)).toContain("玉环市");
});

test("focus moves to what was opened, Esc closes an article, chips are not tab stops", async ({ page }) => {
  await page.goto("/?county=330624");
  await waitForMapIdle(page);
  await expectNoAxeViolations(page, "county (zh)");
  const card = page.getByTestId("county-panel").getByTestId("story-card").first();
  await card.getByRole("link").click();
  const article = page.getByTestId("article-panel");
  await expect(article.getByRole("heading", { level: 2 })).toBeVisible();
  await expect.poll(() => focusedHeading(page)).not.toBeNull();
  await expectNoAxeViolations(page, "article (zh)");
  // A chip in a story card does nothing, so Tab passes over it.
  await page.keyboard.press("Escape");
  await expect(article).toBeHidden();
  await expect(page.getByTestId("county-panel")).toBeVisible();
  const chipTabStops = await page.evaluate(() => [...document.querySelectorAll("[data-testid=story-card] [data-testid=metric-chip]")].filter((el) => (el as HTMLElement).tabIndex >= 0).length);
  expect(chipTabStops).toBe(0);
});

test("a bad article id in a link says so; unknown paths get the site's 404", async ({ page }) => {
  await page.goto("/?article=nope");
  await expect(page.getByTestId("overview")).toContainText("找不到链接中的报道");
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
  await expect(page.getByRole("link", { name: "返回地图" })).toBeVisible();
  await expectNoAxeViolations(page, "404");
  await page.goto("/article/ffffffffffff");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这篇报道");
});

test("a failed request says what failed and retries", async ({ page }) => {
  await page.goto("/?county=330624");
  await waitForMapIdle(page);
  await page.route("**/api/stories?**", (r) => r.abort("internetdisconnected"));
  await page.goto("/?county=330108");
  const panel = page.getByTestId("county-panel");
  const alert = panel.getByRole("alert").first();
  await expect(alert).toContainText("无法加载滨江区的报道");
  await expect(alert).toContainText("网络连接失败");
  await page.unroute("**/api/stories?**");
  await alert.getByRole("button", { name: "重试" }).click();
  await expect(panel.getByTestId("story-card").first()).toBeVisible();
});

test("without WebGL the map area says why and the list view takes over", async ({ page }) => {
  await page.addInitScript(() => {
    const orig = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/.test(type)) return null;
      return (orig as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof orig;
  });
  await page.goto("/");
  await expect(page.getByTestId("map-unavailable")).toContainText("地图无法显示");
  await expect(page.getByTestId("browse-lists")).toBeVisible();
  await expect(page.getByTestId("county-list").getByRole("link").first()).toBeVisible();
  await saveShot(page, "no-webgl");
  await expectNoAxeViolations(page, "no WebGL (list view)");
  await page.getByTestId("county-list").getByRole("link", { name: /新昌县/ }).click();
  await expect(page.getByTestId("county-panel").getByRole("heading", { level: 2 })).toContainText("新昌县");
});

for (const lang of ["", "&lang=en"]) {
  test(`compare and list views pass axe${lang ? " in English" : ""}`, async ({ page }) => {
    await page.goto(`/?view=compare&compare=330102,330108,330624${lang}`);
    await expect(page.getByTestId("compare-view")).toBeVisible();
    await waitForMapIdle(page);
    await expectNoAxeViolations(page, `compare${lang}`);
    await page.goto(`/?view=list${lang}`);
    await expect(page.getByTestId("browse-lists").getByTestId("story-list").getByRole("link").first()).toBeVisible();
    await expectNoAxeViolations(page, `list${lang}`);
  });
}

test("the readable pages pass axe in Chinese", async ({ page }) => {
  const id = await someArticleId(page);
  await page.goto(`/article/${id}`);
  await expectNoAxeViolations(page, "/article (zh)");
  await page.goto("/county/330624");
  await expectNoAxeViolations(page, "/county (zh)");
});

for (const size of [
  { width: 700, height: 450 },
  { width: 600, height: 400 },
]) {
  test(`an embed at ${size.width}×${size.height} shows the whole province with the panel folded`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto("/?embed=1");
    await waitForMapIdle(page);
    await expect(page.getByRole("button", { name: "展开" })).toBeVisible();
    const b = await page.evaluate(() => window.__map!.getBounds().toArray());
    // Zhejiang spans 118.0–123.2°E, 27.0–31.2°N: all of it is in view.
    expect(b[0][0]).toBeLessThanOrEqual(118.2);
    expect(b[1][0]).toBeGreaterThanOrEqual(122.9);
    expect(b[0][1]).toBeLessThanOrEqual(27.1);
    expect(b[1][1]).toBeGreaterThanOrEqual(31.1);
    await expect(page.getByRole("button", { name: "缩小" })).toBeEnabled();
    await saveShot(page, `embed-${size.width}x${size.height}`);
    await expectNoAxeViolations(page, `embed ${size.width}×${size.height}`);
  });
}
