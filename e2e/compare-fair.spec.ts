import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { parse } from "papaparse";
import { expect, test, type Page } from "@playwright/test";
import { expectNoErrors, saveShot, watchErrors } from "./helpers";

// Invented training stories (e2e/fixtures/fair-*.txt), ingested through the real pipeline for this
// spec and removed after it: 德清县 three stories of one paper (2400人次 of which 900 are a part,
// 1500, 800余), 安吉县 two stories of two papers (1200, 600), 长兴县 one story (3000).
const DEQING = "330521";
const ANJI = "330523";
const CHANGXING = "330522";
const fixtures = (action: "add" | "remove") =>
  execFileSync("node_modules/.bin/tsx", ["e2e/fixtures/fair-db.ts", action], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "file:.local/e2e.sqlite" },
    stdio: "inherit",
  });

test.beforeAll(() => fixtures("add"));
test.afterAll(() => fixtures("remove"));

const row = (page: Page, adcode: string) => page.getByTestId("compare-table").locator(`tr[data-adcode="${adcode}"]`);

async function explain(page: Page, adcode: string) {
  await row(page, adcode).getByTestId("explain-button").click();
  const panel = page.locator(`[data-testid="explain-panel"][data-adcode="${adcode}"]`);
  await expect(panel.getByTestId("explain-evidence")).toBeVisible();
  const used = await panel.getByTestId("explain-used").locator("li").evaluateAll((lis) => lis.map((li) => Number(li.getAttribute("data-value"))));
  const stories = await panel.getByTestId("explain-stories").locator("li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-story")!));
  return { panel, used, stories };
}

test("compare 3 counties on an indicator: the numbers, their explanation and the CSV agree; one story, no rank", async ({ page }) => {
  // Many steps (three explanations, two downloads, per capita): 50-60 s on a busy machine.
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await page.goto(`/?view=compare&compare=${DEQING},${ANJI},${CHANGXING}&measure=trainees`);
  const view = page.getByTestId("compare-view");
  await expect(view.getByTestId("compare-measure")).toHaveValue("trainees");
  await expect(view.getByTestId("compare-chart").getByRole("heading", { level: 3 })).toHaveText("培训人次（人次）");
  await expect(view.getByTestId("measure-definition")).toContainText("指标定义");

  // The table: totals by indicator; ranks only with evidence (3 stories, or 2 sources); 长兴县's one story is shown instead of a rank.
  await expect(row(page, DEQING).getByTestId("compare-value")).toHaveText("≈4700人次");
  await expect(row(page, DEQING).getByTestId("compare-rank")).toHaveText("1");
  await expect(row(page, ANJI).getByTestId("compare-value")).toHaveText("1800人次");
  await expect(row(page, ANJI).getByTestId("compare-rank")).toHaveText("2");
  await expect(row(page, CHANGXING).getByTestId("compare-value")).toHaveText("3000人次");
  await expect(row(page, CHANGXING).getByTestId("compare-rank")).toHaveText("不排名");
  await expect(row(page, CHANGXING).getByTestId("single-story")).toHaveText("长兴县开展新能源产业工人培训");
  await expect(view.getByTestId("compare-chart").locator("svg.recharts-surface")).toContainText("≈4700人次");

  // The province ranking: the same ranks, 长兴县 listed with its value but not placed, and the rule said.
  const ranking = view.getByTestId("ranking");
  await expect(ranking.locator(`tr[data-adcode="${DEQING}"] td`).first()).toHaveText("1");
  await expect(ranking.locator(`tr[data-adcode="${ANJI}"] td`).first()).toHaveText("2");
  await expect(ranking.locator(`tr[data-adcode="${CHANGXING}"] td`).first()).toHaveText("不排名");
  await expect(view.getByTestId("evidence-rule")).toContainText("至少 3 篇报道或 2 个来源");

  // How 德清县's figure was computed: three figures added, the part under its whole left out.
  const deqing = await explain(page, DEQING);
  expect(deqing.used.reduce((a, b) => a + b, 0)).toBe(4700);
  expect(deqing.used).toHaveLength(3);
  expect(deqing.stories).toHaveLength(3);
  await expect(deqing.panel.getByTestId("explain-total")).toContainText("= ≈4700人次");
  await expect(deqing.panel.getByTestId("explain-left-out").locator('li[data-reason="part"]')).toContainText("900人次");
  await expect(deqing.panel.getByTestId("explain-left-out")).toContainText("「2400人次」的一部分");
  await expect(deqing.panel.getByTestId("explain-evidence")).toContainText("3 篇报道、1 个来源");
  await saveShot(page, "compare-fair-explain");
  const anji = await explain(page, ANJI);
  expect(anji.used.reduce((a, b) => a + b, 0)).toBe(1800);
  await expect(anji.panel.getByTestId("explain-evidence")).toContainText("2 篇报道、2 个来源");
  const changxing = await explain(page, CHANGXING);
  expect(changxing.used).toEqual([3000]);
  await expect(changxing.panel.getByTestId("explain-evidence")).toContainText("因此不排名");

  // The CSV: numbers only, the same totals, ranks, stories and sources as the screen and the explanation.
  const [download] = await Promise.all([page.waitForEvent("download"), view.getByTestId("export-csv").click()]);
  expect(download.suggestedFilename()).toBe("浙江区县比较-培训人次.csv");
  const text = fs.readFileSync(await download.path(), "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  const col = (name: string) => header!.indexOf(name);
  const byCounty = new Map(lines.map((l) => [l[col("区划代码")]!, l]));
  const expected: [string, string, string, string, string, string, string[]][] = [
    // adcode, total, approx, rank, stories, sources, story ids
    [DEQING, "4700", "1", "1", "3", "1", deqing.stories],
    [ANJI, "1800", "0", "2", "2", "2", anji.stories],
    [CHANGXING, "3000", "0", "", "1", "1", changxing.stories],
  ];
  for (const [adcode, total, approx, rank, stories, sources, ids] of expected) {
    const l = byCounty.get(adcode)!;
    expect([l[col("指标ID")], l[col("单位")], l[col("合计")], l[col("含约数")], l[col("排名")], l[col("报道数")], l[col("来源数")]]).toEqual(["trainees", "人次", total, approx, rank, stories, sources]);
    expect(l[col("报道ID")]!.split(" ").sort()).toEqual([...ids].sort());
    expect(l[col("人口年份")]).toBe("2020");
    // numeric columns hold numbers only
    for (const c of ["合计", "常住人口", "每万人", "报道数", "来源数"]) expect(l[col(c)]).toMatch(/^\d+(\.\d+)?$/);
  }
  expect(byCounty.get(DEQING)![col("未计入数字数")]).toBe("1");

  // Per 10,000 residents, to two significant figures: the table shows what the CSV has (4700 / 548,568 × 10,000 = 85.7 -> 86).
  await view.getByTestId("compare-per-capita").check();
  await expect(page).toHaveURL(/per=pop/);
  for (const [adcode] of expected) {
    const perCapita = byCounty.get(adcode)![col("每万人")]!;
    await expect(row(page, adcode).getByTestId("compare-value")).toHaveText(new RegExp(`^≈?${perCapita}人次/万人$`));
  }
  await expect(row(page, DEQING).getByTestId("compare-value")).toHaveText("≈86人次/万人");

  // The chart as SVG: title, source line and the embedded font subsets.
  const [svgDownload] = await Promise.all([page.waitForEvent("download"), view.getByTestId("export-svg").click()]);
  const svg = fs.readFileSync(await svgDownload.path(), "utf8");
  expect(svg).toContain("培训人次 · 每万常住人口（人次/万人）");
  expect(svg).toMatch(/来源：浙江基层动态地图，据(安吉新闻、)?湖州日报报道/);
  expect(svg).toContain("@font-face");
  expect(svg).toContain("data:font/woff2;base64,");
  await expectNoErrors(errors);
});

test("old compare links by unit kind open on an indicator", async ({ page }) => {
  await page.goto(`/?view=compare&compare=${DEQING},${ANJI}&measure=people_times`);
  await expect(page.getByTestId("compare-measure")).toHaveValue("tourist_visits");
  await expect(page.getByTestId("compare-chart").getByRole("heading", { level: 3 })).toHaveText("游客人次（人次）");
});
