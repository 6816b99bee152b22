import fs from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { expectNoErrors, saveShot, waitForMapIdle, watchErrors } from "./helpers";
import { clickCounty, jumpTo } from "./map-helpers";

const NO_DATA_FILL = "#e9ecef";

/** A county's fill as the map paints it: its entry in the county-fill match expression, or the fallback. */
async function fillOf(page: Page, adcode: string): Promise<string> {
  return page.evaluate((code) => {
    const expr = window.__map!.getPaintProperty("county-fill", "fill-color") as unknown;
    if (!Array.isArray(expr)) return String(expr);
    for (let i = 2; i < expr.length - 1; i += 2) if (expr[i] === code) return String(expr[i + 1]);
    return String(expr[expr.length - 1]);
  }, adcode);
}

async function readDownload(d: Download): Promise<Buffer> {
  const file = await d.path();
  return fs.readFileSync(file);
}

test.describe("compare view", () => {
  test("滨江区 (from the map) and 上城区 (from the picker) on enterprises served: chart, table, ranking and map shading", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/");
    await waitForMapIdle(page);

    // 滨江区 is added from the map, through its county panel.
    await jumpTo(page, 120.19, 30.22, 11);
    await clickCounty(page, "330108");
    const county = page.getByTestId("county-panel");
    await expect(county.getByRole("heading", { level: 2 })).toContainText("滨江区");
    await county.getByRole("button", { name: /加入比较/ }).click();
    await expect(county.getByRole("button", { name: "已在比较中" })).toBeDisabled();
    await expect(page).toHaveURL(/compare=330108/);
    await county.getByRole("link", { name: /比较 \(1\)/ }).click();

    // One county is not a comparison: the view explains and offers picks.
    const view = page.getByTestId("compare-view");
    await expect(view).toBeVisible();
    await expect(page).toHaveURL(/view=compare/);
    await expect(view.getByTestId("compare-empty")).toContainText("至少 2 个区县");

    // 上城区 is added with the picker, by keyboard.
    const picker = view.getByRole("combobox", { name: "添加区县" });
    await picker.fill("上城");
    await expect(view.getByRole("option", { name: /上城区/ })).toBeVisible();
    await picker.press("Enter");
    await expect(view.getByTestId("compare-chips")).toContainText("滨江区");
    await expect(view.getByTestId("compare-chips")).toContainText("上城区");
    await expect(page).toHaveURL(/compare=330108,330102/);
    await picker.press("Escape");

    // On stories (the default) 上城区 leads with its three stories, and the map shades it.
    const ranking = view.getByTestId("ranking");
    await expect(ranking.locator("tbody tr").first()).toContainText("上城区");
    await expect(ranking.locator("tbody tr").first()).toContainText("3篇");
    await expect(page.getByTestId("legend")).toContainText("报道数");
    const before = { binjiang: await fillOf(page, "330108"), shangcheng: await fillOf(page, "330102") };
    expect(before.shangcheng).not.toBe(NO_DATA_FILL);
    await saveShot(page, "compare-stories");

    // Switch the measure to the indicator "enterprises served".
    await view.getByTestId("compare-measure").selectOption("enterprises_served");
    await expect(page).toHaveURL(/measure=enterprises_served/);
    await expect(page.getByTestId("legend")).toContainText("服务企业（家）");
    await expect.poll(() => fillOf(page, "330102")).toBe(NO_DATA_FILL);
    const after = { binjiang: await fillOf(page, "330108"), shangcheng: await fillOf(page, "330102") };
    expect(after.binjiang).not.toBe(before.binjiang);
    expect(after.binjiang).not.toBe(NO_DATA_FILL);

    // The chart: titled with what it counts, its unit and its stories; 上城区 is a no-data row, not a 0 bar.
    const chart = view.getByTestId("compare-chart");
    await expect(chart.getByRole("heading", { level: 3 })).toHaveText("服务企业（家）");
    await expect(chart).toContainText("来自 1 篇报道");
    const svg = chart.locator("svg.recharts-surface");
    await expect(svg).toContainText("1520家");
    await expect(svg.getByTestId("chart-no-data")).toHaveText("暂无数据");
    await expect(svg.locator('rect[stroke="#08519c"]')).toHaveCount(1);

    // The table says the same, with the map's colour beside each county.
    const table = view.getByTestId("compare-table");
    const bj = table.locator('tr[data-adcode="330108"]');
    await expect(bj.getByTestId("compare-value")).toHaveText("1520家");
    // One story: its value and the story, no rank.
    await expect(bj.getByTestId("compare-rank")).toHaveText("不排名");
    await expect(bj.getByTestId("single-story")).toContainText("充电提能");
    await expect(table.locator('tr[data-adcode="330102"]').getByTestId("compare-value")).toHaveText("暂无数据");
    const swatch = await bj.locator("span[aria-hidden]").evaluate((el) => getComputedStyle(el).backgroundColor);
    const hex = after.binjiang.replace("#", "");
    expect(swatch).toBe(`rgb(${parseInt(hex.slice(0, 2), 16)}, ${parseInt(hex.slice(2, 4), 16)}, ${parseInt(hex.slice(4, 6), 16)})`);

    // The ranking now follows the indicator: 滨江区 is listed with its value but, on one story, not ranked; 上城区 has no data.
    await expect(ranking.locator("tbody tr")).toHaveCount(1);
    await expect(ranking.locator("tbody tr").nth(0)).toContainText("不排名滨江区");
    await expect(ranking.locator("tbody tr").nth(0)).toContainText("1520家");
    await expect(view.getByTestId("evidence-rule")).toContainText("至少 3 篇报道或 2 个来源");
    await expect(ranking.locator('tr[data-adcode="330102"]')).toHaveCount(0);
    await waitForMapIdle(page);
    await saveShot(page, "compare-enterprises-served");
    await expectNoErrors(errors);
  });

  test("exports the comparison (CSV for Excel, chart as SVG), switches to per capita and links to the county", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/?view=compare&compare=330108,330102&measure=enterprises_served");
    const view = page.getByTestId("compare-view");
    const chart = view.getByTestId("compare-chart");
    const bj = view.getByTestId("compare-table").locator('tr[data-adcode="330108"]');
    await expect(chart.locator("svg.recharts-surface")).toContainText("1520家");

    // CSV for Excel: BOM, header, CRLF, one row per chosen county; numbers only, empty for no data.
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), view.getByTestId("export-csv").click()]);
    expect(csvDownload.suggestedFilename()).toBe("浙江区县比较-服务企业.csv");
    const csv = await readDownload(csvDownload);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvLines = csv.toString("utf8").slice(1).split("\r\n");
    expect(csvLines[0]).toBe("区县,所属城市,区划代码,指标ID,指标,单位,合计,含约数,常住人口,人口年份,每万人,每万人单位,排名,报道数,来源数,计入数字数,未计入数字数,报道ID,来源");
    // 665 + 105 + 750 家 added; 2653家次 (visits, not firms) left out; 1520 / 503,859 × 10,000 = 30
    expect(csvLines[1]).toMatch(/^滨江区,杭州市,330108,enterprises_served,服务企业,家,1520,0,503859,2020,30,家\/万人,,1,1,3,1,[0-9a-f]{12},/);
    expect(csvLines[2]).toMatch(/^上城区,杭州市,330102,enterprises_served,服务企业,家,,,\d+,2020,,家\/万人,,0,0,0,0,,$/);
    expect(csvLines).toHaveLength(4);
    const [rankDownload] = await Promise.all([page.waitForEvent("download"), view.getByTestId("export-ranking-csv").click()]);
    expect(rankDownload.suggestedFilename()).toBe("浙江区县排名-服务企业.csv");
    const rank = (await readDownload(rankDownload)).toString("utf8").slice(1).split("\r\n");
    expect(rank[1]).toMatch(/^滨江区,杭州市,330108,enterprises_served,服务企业,家,1520,0,/);
    expect(rank).toHaveLength(3);

    // The chart as a standalone SVG file.
    const [svgDownload] = await Promise.all([page.waitForEvent("download"), view.getByTestId("export-svg").click()]);
    expect(svgDownload.suggestedFilename()).toBe("浙江区县比较-服务企业.svg");
    const svgText = (await readDownload(svgDownload)).toString("utf8");
    expect(svgText).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    expect(svgText).toContain("Noto Sans SC");
    for (const s of ["服务企业（家）", "来自 1 篇报道", "滨江区", "1520家", "上城区", "暂无数据", "来源：浙江基层动态地图", "@font-face"]) expect(svgText).toContain(s);

    // Per 10,000 residents: 1520 / 503,859 × 10,000 = 30.17, shown to two significant figures.
    await view.getByTestId("compare-per-capita").check();
    await expect(page).toHaveURL(/per=pop/);
    await expect(chart.getByRole("heading", { level: 3 })).toHaveText("服务企业 · 每万常住人口（家/万人）");
    await expect(bj.getByTestId("compare-value")).toHaveText("30家/万人");
    await expect(page.getByTestId("legend")).toContainText("每万常住人口");
    await saveShot(page, "compare-enterprises-served-per-capita");
    await page.goBack();
    await expect(bj.getByTestId("compare-value")).toHaveText("1520家");

    // A county in the table opens its panel; its numbers show where 1520 comes from: 665 + 105 + 750.
    await bj.getByRole("link", { name: "滨江区" }).click();
    await expect(page).toHaveURL(/county=330108/);
    await expect(page).not.toHaveURL(/view=compare/);
    const summary = page.getByTestId("county-panel").getByTestId("kind-summary");
    const enterprises = summary.locator("li").filter({ has: page.locator("summary", { hasText: "企业数" }) }).first();
    await expect(enterprises.locator("summary")).toContainText("1520家");
    await enterprises.locator("summary").click();
    for (const n of ["665家", "105家", "750家"]) await expect(enterprises.locator("mark", { hasText: n })).toBeVisible();
    await expectNoErrors(errors);
  });

  test("with fewer than two counties, quick picks start a comparison", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/?view=compare");
    const view = page.getByTestId("compare-view");
    const empty = view.getByTestId("compare-empty");
    await expect(empty).toContainText("数据最多的区县 · 报道数");
    await expect(empty.getByRole("button", { name: /上城区/ })).toBeVisible();
    await expect(empty.getByRole("button", { name: /天台县/ })).toBeVisible();
    await empty.getByRole("button", { name: "一次加入这 4 个" }).click();
    await expect(page).toHaveURL(/compare=330102,331023,/);
    await expect(view.getByTestId("compare-chart").locator("svg.recharts-surface")).toContainText("3篇");
    await expectNoErrors(errors);
  });

  test("article and county charts: one kind per chart, each bar leads to its sentence", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/?county=330108");
    const county = page.getByTestId("county-panel");
    const enterprises = county.getByTestId("kind-summary").locator("li").filter({ has: page.locator("summary", { hasText: "企业数" }) }).first();
    await enterprises.locator("summary").click();
    const countyChart = enterprises.getByTestId("county-kind-chart");
    await expect(countyChart).toContainText("企业数（家） · 来自 1 篇报道");
    const countyBars = countyChart.locator('svg.recharts-surface rect[fill="#3182bd"]');
    await expect(countyBars).toHaveCount(3);
    await countyBars.nth(1).click();
    const active = enterprises.locator("li[id^='trace-']:focus");
    await expect(active).toContainText("105家");
    await expect(active.locator("mark")).toHaveText("105家");
    await saveShot(page, "county-kind-chart");

    await county.getByTestId("story-card").getByRole("link").first().click();
    const article = page.getByTestId("article-panel");
    const groups = article.getByTestId("article-kind-group");
    // 人数 (3 numbers) and 企业数 (3) are charts; 人次, 家次, 件 and % stand alone as chips.
    await expect(groups.locator("svg.recharts-surface")).toHaveCount(2);
    const entGroup = groups.filter({ has: page.locator("h4", { hasText: "企业数（家）" }) });
    await expect(entGroup.locator("svg.recharts-surface")).toContainText("750家");
    await entGroup.locator('svg.recharts-surface rect[fill="#3182bd"]').nth(2).click();
    await expect(article.getByTestId("metric-mark").filter({ hasText: "750家" })).toBeFocused();
    await saveShot(page, "article-kind-charts");
    await expectNoErrors(errors);
  });
});

test.describe("compare view on a phone", () => {
  test.use({ viewport: { width: 412, height: 839 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  test("the chart and table fit the bottom sheet", async ({ page }) => {
    await page.goto("/?view=compare&compare=330108,330102,330604&measure=enterprises_served");
    await waitForMapIdle(page);
    const chart = page.getByTestId("compare-chart");
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator("svg.recharts-surface")).toContainText("1520家");
    const box = (await chart.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(412);
    const overflow = await page.getByTestId("compare-table").evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveShot(page, "phone-compare");
  });
});
