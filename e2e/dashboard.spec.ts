import { expect, test } from "@playwright/test";
import { expectNoErrors, saveShot, waitForMapIdle, watchErrors } from "./helpers";
import { clickCounty, clickLonLat, jumpTo } from "./map-helpers";

const SHANGCHENG_TITLES = ['走心实访 监督员开展"送上门"服务', "党群连心 推动良好社风民风建设", "生态绿色 崭新篇章"];

test.describe("map dashboard", () => {
  test("clicking the 上城区 polygon lists its three seed stories", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/");
    await waitForMapIdle(page);
    await expect(page.getByTestId("overview")).toBeVisible();
    await saveShot(page, "dashboard-overview");

    await jumpTo(page, 120.19, 30.25, 11.5);
    await clickCounty(page, "330102");
    const panel = page.getByTestId("county-panel");
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("heading", { level: 2 })).toContainText("上城区");
    await expect(panel.getByTestId("county-story-count")).toContainText("3");
    const titles = await panel.getByTestId("story-card").locator("h3").allInnerTexts();
    expect(titles.sort()).toEqual([...SHANGCHENG_TITLES].sort());
    await expect(page).toHaveURL(/county=330102/);
    await waitForMapIdle(page);
    await saveShot(page, "dashboard-county-shangcheng");
    await expectNoErrors(errors);
  });

  test("新昌县 shows the 回山镇 water story and its 13,000-people metric", async ({ page }) => {
    await page.goto("/");
    await waitForMapIdle(page);
    await jumpTo(page, 120.9, 29.45, 9);
    await clickCounty(page, "330624");
    const panel = page.getByTestId("county-panel");
    await expect(panel.getByRole("heading", { level: 2 })).toContainText("新昌县");
    const card = panel.getByTestId("story-card").filter({ hasText: "聚焦重点工程 确保群众喝上优质水" });
    await expect(card).toBeVisible();
    await expect(card).toContainText("回山镇");
    await expect(card.getByText("1.3万名")).toBeVisible();

    // The summary adds up people across the county's stories and traces each number.
    const summary = panel.getByTestId("kind-summary");
    await expect(summary).toContainText("人数");
    await summary.getByText("人数").click();
    await expect(summary.locator("mark").filter({ hasText: "1.3万名" }).first()).toBeVisible();

    await card.getByRole("link").first().click();
    const article = page.getByTestId("article-panel");
    await expect(article.getByRole("heading", { level: 2 })).toHaveText("聚焦重点工程 确保群众喝上优质水");
    const mark = article.getByTestId("metric-mark").filter({ hasText: "1.3万名" }).first();
    await mark.focus();
    await expect(mark.getByRole("tooltip")).toContainText("13,000人");
    await saveShot(page, "dashboard-article-water");
  });

  test("clicking a story pin opens its article with highlighted metrics", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/");
    await waitForMapIdle(page);
    // 玉环市's story sits alone at the county seat.
    const pin = await page.evaluate(() => {
      const f = window.__map!.querySourceFeatures("stories").find((x) => !x.properties?.cluster && String(x.properties?.title).includes("玉环"));
      return f ? (f.geometry as GeoJSON.Point).coordinates : null;
    });
    expect(pin).not.toBeNull();
    await clickLonLat(page, pin![0]!, pin![1]!);
    const article = page.getByTestId("article-panel");
    await expect(article.getByRole("heading", { level: 2 })).toContainText("玉环");
    await expect(article.getByTestId("metric-mark")).toHaveCount(4);
    await expect(article.locator("mark[data-code='331083']").first()).toBeVisible();
    await expect(page).toHaveURL(/article=[0-9a-f]{12}/);
    await waitForMapIdle(page);
    await saveShot(page, "dashboard-pin-article");
    await expectNoErrors(errors);
  });

  test("overlapping pins cluster, and every story in a cluster stays reachable", async ({ page }) => {
    await page.goto("/");
    await waitForMapIdle(page);
    const cluster = await page.evaluate(() => {
      const f = window.__map!.queryRenderedFeatures({ layers: ["story-clusters"] }).find((x) => Number(x.properties?.point_count) >= 5);
      return f ? (f.geometry as GeoJSON.Point).coordinates : null;
    });
    expect(cluster, "the five Hangzhou stories cluster at province zoom").not.toBeNull();
    // Click until the cluster breaks up or lists its stories.
    for (let i = 0; i < 6; i++) {
      if (await page.getByTestId("cluster-list").isVisible()) break;
      const target = await page.evaluate(() => {
        const f = window.__map!.queryRenderedFeatures({ layers: ["story-clusters"] })[0];
        return f ? (f.geometry as GeoJSON.Point).coordinates : null;
      });
      if (!target) break;
      await clickLonLat(page, target[0]!, target[1]!);
      await waitForMapIdle(page);
    }
    const pins = await page.evaluate(() => window.__map!.queryRenderedFeatures({ layers: ["story-pins"] }).length);
    const listed = (await page.getByTestId("cluster-list").isVisible()) ? await page.getByTestId("cluster-list").getByTestId("story-card").count() : 0;
    expect(pins + listed).toBeGreaterThanOrEqual(2);
  });

  test("the same works by keyboard through the county list", async ({ page }) => {
    await page.goto("/");
    await waitForMapIdle(page);
    await page.getByRole("link", { name: "列表", exact: true }).focus();
    await page.keyboard.press("Enter");
    const lists = page.getByTestId("browse-lists");
    await expect(lists).toBeVisible();
    await lists.getByLabel("筛选区县").focus();
    await page.keyboard.type("新昌");
    await page.keyboard.press("Tab");
    await expect(lists.getByTestId("county-list").getByRole("link").first()).toBeFocused();
    await page.keyboard.press("Enter");
    const panel = page.getByTestId("county-panel");
    await expect(panel.getByRole("heading", { level: 2 })).toContainText("新昌县");
    const storyLink = panel.getByTestId("story-card").getByRole("link").first();
    await storyLink.focus();
    await expect(storyLink).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("article-panel").getByTestId("metric-mark").first()).toBeVisible();
    // Focus is visible: the focused element draws an outline.
    const back = page.getByTestId("article-panel").getByRole("link").first();
    await back.focus();
    const outline = await back.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("county-panel")).toBeVisible();
  });

  test("the interface switches to English and the map keeps every layer through re-renders", async ({ page }) => {
    await page.goto("/?county=330102");
    await waitForMapIdle(page);
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("link", { name: "Map", exact: true })).toBeVisible();
    await expect(page.getByTestId("county-panel")).toContainText("3 stories");
    await expect(page).toHaveURL(/lang=en/);
    await page.getByTestId("measure-select").selectOption("green_space");
    await waitForMapIdle(page);
    const layers = await page.evaluate(() => ["county-fill", "county-line", "story-pins", "county-label"].filter((id) => window.__map!.getLayer(id)));
    expect(layers).toEqual(["county-fill", "county-line", "story-pins", "county-label"]);
    await expect(page.getByTestId("legend")).toContainText("New green space");
  });

  test("the map has an accessible name and the panel is real text", async ({ page }) => {
    await page.goto("/?county=330108");
    await expect(page.getByRole("region", { name: /浙江省区县地图/ })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "信息面板" })).toContainText("滨江区");
  });
});
