// Time, data and feeds end to end: two invented dated pages are ingested beside the (undated) seed
// page; the time control moves through their months and the map and counts follow; every
// download parses with the API's row counts; 上城区's Atom feed lists its seed stories; every
// example on the API documentation page runs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import Papa from "papaparse";
import { expect, test, type Page } from "@playwright/test";
import { DOWNLOADS, ENDPOINTS, FEEDS } from "../lib/api/endpoints";
import { parseAtom } from "../lib/feeds/atom-check";
import { expectNoAxeViolations } from "./axe";
import { expectNoErrors, saveShot, watchErrors } from "./helpers";

// The same database the test server reads (playwright.config.ts).
const DATABASE_URL = process.env.DATABASE_URL ?? "file:.local/e2e.sqlite";
const SEED_SOURCE = "浙江基层报道选页（项目种子页）";

// Invented reports (no real news text), one page in March and one in May 2023: April has none.
const PAGES = [
  {
    name: "时间轴测试页·三月",
    date: "2023-03-15",
    text: [
      "# 上城区湖滨街道举办邻里节",
      "",
      "本报讯 3月12日，杭州市上城区湖滨街道在社区广场举办邻里节，组织志愿者120人，为居民提供义诊、理发和家电维修等服务，惠及群众800余人次。",
      "",
      "# 滨江区长河街道开设青年夜校",
      "",
      "本报讯 杭州市滨江区长河街道近日开设青年夜校，首期开设插花、茶艺等课程12门，报名人数超过300人。",
    ].join("\n"),
  },
  {
    name: "时间轴测试页·五月",
    date: "2023-05-20",
    text: ["# 上城区小营街道建成老年食堂", "", "本报讯 杭州市上城区小营街道新建的老年食堂近日投入使用，每天可供应午餐200份，辖区60周岁以上老人凭卡就餐享受优惠。"].join("\n"),
  },
];

function dbFile(): string {
  return path.resolve(DATABASE_URL.replace(/^file:/, ""));
}

/** Removes the invented pages (their articles cascade), so the other specs see exactly the seed page. */
function forgetPages() {
  if (!fs.existsSync(dbFile())) return;
  const db = new Database(dbFile());
  try {
    db.pragma("foreign_keys = ON");
    const del = db.prepare(`DELETE FROM "Source" WHERE "name" = ?`);
    db.transaction(() => PAGES.forEach((p) => del.run(p.name)))();
  } finally {
    db.close();
  }
}

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(() => {
  test.skip(!DATABASE_URL.startsWith("file:"), "the spec adds its pages to the SQLite test database");
  forgetPages();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-time-"));
  const files = PAGES.map((p, i) => {
    const file = path.join(dir, `page-${i}.txt`);
    fs.writeFileSync(file, p.text);
    fs.writeFileSync(path.join(dir, `page-${i}.meta.json`), JSON.stringify({ name: p.name, date: p.date }));
    return file;
  });
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...files], {
    env: { ...process.env, DATABASE_URL, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  fs.rmSync(dir, { recursive: true, force: true });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
});

test.afterAll(() => forgetPages());

type ApiPage<T> = { data: T[]; total: number; nextCursor: string | null };
type ApiArticle = { id: string; title: string; date: string | null; source: string; countyCode: string | null; lon: number | null; lat: number | null };

async function allArticles(page: Page, query = ""): Promise<ApiArticle[]> {
  const out: ApiArticle[] = [];
  let cursor: string | null = "";
  while (cursor !== null) {
    const res = await page.request.get(`/api/v1/articles?limit=100${query}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as ApiPage<ApiArticle>;
    out.push(...body.data);
    cursor = body.nextCursor;
  }
  return out;
}

function csvData(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0), "CSV starts with a BOM for Excel").toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file!, "utf8") };
}

/** The map drawn and idle; more patient than helpers.waitForMapIdle, as several specs' servers share the machine. */
async function mapReady(page: Page) {
  await page.waitForFunction(() => window.__map !== undefined && window.__mapIdle === true && window.__map.loaded() && !!window.__map.getLayer("county-fill"), null, { timeout: 90_000 });
}

const fillColor = (page: Page) => page.evaluate(() => JSON.stringify(window.__map!.getPaintProperty("county-fill", "fill-color")));

test("the time control steps through the months; shading, counts and the URL follow", async ({ page }) => {
  const errors = watchErrors(page);
  const articles = await allArticles(page);
  const total = articles.length;
  const undated = articles.filter((a) => a.date === null).length;
  await page.goto("/");
  await mapReady(page);
  const control = page.getByTestId("time-control");
  await expect(control).toBeVisible();
  await expect(page.getByTestId("time-window")).toContainText("全部时间");
  await expect(page.getByTestId("time-count")).toHaveText(`${total} 篇报道`);
  // The seed page has no date: its stories are counted and said, not dropped.
  await expect(page.getByTestId("time-undated")).toContainText(`${undated} 篇报道没有日期`);
  const allFill = await fillColor(page);

  // Keyboard: the first-month slider to its end selects the last month alone (May 2023).
  const start = page.getByTestId("time-start");
  await start.focus();
  await page.keyboard.press("End");
  await expect(page).toHaveURL(/from=2023-05-01&to=2023-05-31/);
  await expect(page.getByTestId("time-window")).toContainText("2023年5月");
  await expect(page.getByTestId("time-count")).toHaveText("1 篇报道");
  await expect(page.getByTestId("time-undated")).toContainText("不计入所选时间段");
  await mapReady(page);
  await expect.poll(() => fillColor(page)).not.toBe(allFill);
  await saveShot(page, "time-control-may");

  // One month back: April has no story at all.
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/from=2023-04-01&to=2023-05-31/);
  await expect(page.getByTestId("time-count")).toHaveText("1 篇报道");
  // The last-month slider back to March: March alone.
  await page.getByTestId("time-end").focus();
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/from=2023-03-01&to=2023-03-31/);
  await expect(page.getByTestId("time-count")).toHaveText("2 篇报道");
  // Both sliders at the ends are the whole range: no dates in the URL at all.
  await page.keyboard.press("End");
  await expect(page).not.toHaveURL(/from=/);
  await expect(page.getByTestId("time-count")).toHaveText(`${total} 篇报道`);

  // A window, then all time again, then play: the first step is March alone, and pause stops it.
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/from=2023-03-01&to=2023-04-30/);
  await page.getByTestId("time-all").click();
  await expect(page).not.toHaveURL(/from=/);
  // Playing replaces the URL month by month (recorded, as a slow machine may pass a month between
  // two looks) and stops by itself at the last month.
  await page.evaluate(() => {
    const w = window as unknown as { __urls: string[] };
    w.__urls = [];
    const replace = history.replaceState.bind(history);
    history.replaceState = (data, unused, url) => {
      w.__urls.push(String(url));
      replace(data, unused, url);
    };
  });
  await page.getByTestId("time-play").click();
  await expect(page.getByTestId("time-play")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("time-play")).toHaveAttribute("aria-pressed", "false", { timeout: 30_000 });
  const played = (await page.evaluate(() => (window as unknown as { __urls: string[] }).__urls))
    .map((u) => /from=([\d-]+)&to=([\d-]+)/.exec(u)?.slice(1).join("/"))
    .filter(Boolean);
  expect([...new Set(played)]).toEqual(["2023-03-01/2023-03-31", "2023-04-01/2023-04-30", "2023-05-01/2023-05-31"]);
  await expect(page.getByTestId("time-count")).toHaveText("1 篇报道");
  // From the last month, play starts again at the first; pause stops it where it is.
  await page.getByTestId("time-play").click();
  await expect(page).toHaveURL(/from=2023-03-01&to=2023-03-31/);
  await page.getByTestId("time-play").click();
  await expect(page.getByTestId("time-play")).toHaveAttribute("aria-pressed", "false");
  const paused = page.url();
  await page.waitForTimeout(2_500);
  expect(page.url()).toBe(paused);

  // An old link with days inside months keeps its exact dates (and its exact count).
  await page.goto("/?from=2023-03-10&to=2023-05-02");
  await expect(page.getByTestId("time-window")).toContainText("2023-03-10 – 2023-05-02");
  await expect(page.getByTestId("time-count")).toHaveText("2 篇报道");
  await expectNoErrors(errors);
});

test("where no story has a date, the time control is replaced by a sentence that counts them", async ({ page }) => {
  // 绍兴市 has only the seed page's stories, none dated: the control hides and says how many there are.
  const undated = await allArticles(page, "&city=330600");
  expect(undated.length).toBeGreaterThan(0);
  expect(undated.every((a) => a.date === null)).toBe(true);
  await page.goto("/?city=330600");
  await expect(page.getByTestId("time-none")).toContainText(`${undated.length} 篇报道均无日期`);
  await expect(page.getByTestId("time-control")).toHaveCount(0);
  // Back to the whole province: the dated pages bring the control back.
  await page.goto("/");
  await expect(page.getByTestId("time-control")).toBeVisible();
});

test("a county shows its months and its feed; the /county page announces the feed", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/?county=330102");
  await expect(page.getByTestId("county-panel")).toBeVisible();
  // recharts arrives as its own chunk when the chart first shows: slow on a busy machine.
  await expect(page.getByTestId("county-months").locator("svg.recharts-surface")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("county-months-undated")).toContainText("篇没有日期的报道不在图中");
  await expect(page.getByTestId("county-feed")).toHaveAttribute("href", "/feeds/county/330102.xml");
  await page.getByTestId("county-months-measure").selectOption("volunteers");
  await expect(page.getByTestId("county-months-values").locator("svg.recharts-surface")).toBeVisible({ timeout: 30_000 });

  await page.goto("/county/330102");
  const alt = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(alt).toHaveCount(1);
  expect(await alt.getAttribute("href")).toMatch(/\/feeds\/county\/330102\.xml$/);
  await expectNoErrors(errors);
});

test("the Atom feed for 上城区 lists its seed stories, newest first, as valid Atom", async ({ page }) => {
  const res = await page.request.get("/feeds/county/330102.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  const feed = parseAtom(await res.text());
  const inCounty = await allArticles(page, "&county=330102");
  const seed = inCounty.filter((a) => a.source === SEED_SOURCE);
  expect(seed.length).toBeGreaterThan(0);
  const titles = feed.entries.map((e) => e.title);
  for (const a of seed) expect(titles).toContain(a.title);
  // Newest first: the dated invented stories before the undated seed ones.
  expect(titles.slice(0, 2)).toEqual(["上城区小营街道建成老年食堂", "上城区湖滨街道举办邻里节"]);
  expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
});

test("every download of the view and of the 数据 page parses, with the API's row counts", async ({ page }) => {
  const errors = watchErrors(page);
  const articles = await allArticles(page);
  const located = articles.filter((a) => a.lon !== null && a.lat !== null);
  const metricsTotal = ((await (await page.request.get("/api/v1/metrics?limit=1")).json()) as ApiPage<unknown>).total;

  // The map's "get the data": every file for the whole (unfiltered) view.
  await page.goto("/");
  await mapReady(page);
  await page.getByTestId("get-data").click();
  const csv = await downloadText(page, () => page.getByTestId("download-articles.csv").click());
  expect(csv.name).toMatch(/\.csv$/);
  expect(csvData(csv.text).length).toBe(articles.length);
  const metrics = await downloadText(page, () => page.getByTestId("download-metrics.csv").click());
  expect(csvData(metrics.text).length).toBe(metricsTotal);
  const geo = await downloadText(page, () => page.getByTestId("download-stories.geojson").click());
  const fc = JSON.parse(geo.text) as { type: string; features: { type: string; id: string; properties: unknown; geometry: { type: string; coordinates: number[] } }[] };
  expect(fc.type).toBe("FeatureCollection");
  // One feature per located story, each a valid GeoJSON Feature (RFC 7946: type, properties object, Point of two numbers).
  expect(fc.features.map((f) => f.id).sort()).toEqual(located.map((a) => a.id).sort());
  for (const f of fc.features) {
    expect(f.type).toBe("Feature");
    expect(typeof f.properties === "object" && f.properties !== null && !Array.isArray(f.properties)).toBe(true);
    expect(f.geometry.type).toBe("Point");
    expect(f.geometry.coordinates).toHaveLength(2);
    const [lon, lat] = f.geometry.coordinates as [number, number];
    expect(lon).toBeGreaterThan(118);
    expect(lon).toBeLessThan(123.5);
    expect(lat).toBeGreaterThan(27);
    expect(lat).toBeLessThan(31.5);
  }
  const counties = await downloadText(page, () => page.getByTestId("download-counties.csv").click());
  expect(csvData(counties.text).length).toBe(90);

  // A windowed county view gives exactly what it shows.
  await page.goto("/?county=330102&from=2023-03-01&to=2023-03-31");
  await page.getByTestId("get-data").click();
  const windowed = csvData((await downloadText(page, () => page.getByTestId("download-articles.csv").click())).text);
  expect(windowed.map((r) => r.title)).toEqual(["上城区湖滨街道举办邻里节"]);
  const months = csvData((await downloadText(page, () => page.getByTestId("download-months.csv").click())).text);
  expect(months.map((r) => `${r.month}:${r.stories}`).slice(0, 3)).toEqual(["2023-03:1", "2023-04:0", "2023-05:1"]);

  // The 数据 page: each whole-dataset file with its row count, and the file has that many rows.
  await page.goto("/data");
  const items = page.getByTestId("dataset");
  await expect(items).toHaveCount(DOWNLOADS.length);
  for (const file of ["articles.csv", "metrics.csv", "stories.geojson", "counties.csv", "months.csv"]) {
    const item = page.locator(`[data-testid="dataset"][data-file="${file}"]`);
    await expect(item).toContainText("来源与许可");
    const rows = Number(await item.getAttribute("data-rows"));
    const got = await downloadText(page, () => page.getByTestId(`dataset-${file}`).click());
    const n = file.endsWith(".geojson") ? (JSON.parse(got.text) as { features: unknown[] }).features.length : csvData(got.text).length;
    expect(n, file).toBe(rows);
  }
  expect(Number(await page.locator('[data-file="articles.csv"]').getAttribute("data-rows"))).toBe(articles.length);
  await expectNoErrors(errors);
});

test("the map saves as a PNG", async ({ page }) => {
  await page.goto("/");
  await mapReady(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("save-png").click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const png = fs.readFileSync((await download.path())!);
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(300);
  expect(height).toBeGreaterThan(300);
  // A blank canvas (the drawing buffer read after it was cleared) compresses to almost nothing.
  expect(png.length).toBeGreaterThan(20_000);
});

test("the API documentation lists every endpoint, and each example runs", async ({ page }) => {
  await page.goto("/api-docs");
  const listed = await page.getByTestId("endpoint").evaluateAll((els) => els.map((e) => e.getAttribute("data-path")));
  expect(listed).toEqual([...ENDPOINTS, ...DOWNLOADS, ...FEEDS].map((e) => e.path));
  const examples = await page.getByTestId("api-example").evaluateAll((els) => els.map((e) => ({ href: e.getAttribute("href")!, format: e.getAttribute("data-format")! })));
  expect(examples.length).toBe(listed.length);
  for (const { href, format } of examples) {
    const res = await page.request.get(href);
    expect(res.status(), href).toBe(200);
    const text = await res.text();
    if (format === "json") {
      const body = JSON.parse(text) as { data?: unknown };
      expect(body.data, href).toBeTruthy();
      expect(res.headers()["access-control-allow-origin"], href).toBe("*");
    } else if (format === "csv") {
      const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
      expect(parsed.errors, href).toEqual([]);
      expect(parsed.meta.fields?.length, href).toBeGreaterThan(2);
    } else if (format === "geojson") expect((JSON.parse(text) as { type: string }).type, href).toBe("FeatureCollection");
    else expect(parseAtom(text).id, href).toMatch(/^tag:/);
  }
});

type ApiMonths = { data: { months: string[]; series: { countyCode: string; stories: number[]; values: (number | null)[]; undated: number }[]; undated: number } };

test("compare over time: one line per county by month, switched in the URL, with its table and CSV", async ({ page }) => {
  const errors = watchErrors(page);
  const months = async (measure: string) =>
    ((await (await page.request.get(`/api/v1/months?counties=330102,330108&measure=${measure}`)).json()) as ApiMonths).data;
  const stories = await months("stories");
  expect(stories.months).toEqual(["2023-03", "2023-04", "2023-05"]);

  // A compare link written before the lines existed opens the totals; the switch writes chart=time.
  await page.goto("/?view=compare&compare=330102,330108");
  await expect(page.getByTestId("compare-chart")).toBeVisible();
  await expect(page.getByTestId("compare-mode-total")).toHaveAttribute("aria-pressed", "true");
  await page.getByTestId("compare-mode-time").click();
  await expect(page).toHaveURL(/chart=time/);
  await expect(page.getByTestId("compare-mode-time")).toHaveAttribute("aria-pressed", "true");
  const lines = page.getByTestId("compare-lines");
  await expect(lines.locator("svg.recharts-surface")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("compare-chart")).toHaveCount(0);
  // One line per county, named in the legend, in the order chosen.
  await expect(lines.locator(".recharts-line")).toHaveCount(2);
  await expect(page.getByTestId("compare-lines-legend").locator("li")).toHaveText(["上城区", "滨江区"]);
  // Undated stories of the two counties are said under the chart.
  await expect(page.getByTestId("compare-lines-undated")).toContainText(`另有 ${stories.undated} 篇没有日期的报道不在图中`);
  await page.getByTestId("compare-mode").scrollIntoViewIfNeeded();
  await saveShot(page, "compare-lines-stories");

  // The table alternative: one row per month, one column per county, the API's counts.
  await lines.locator("summary").click();
  const table = page.getByTestId("compare-lines-table");
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(table.locator("thead th")).toHaveText(["月份", "上城区", "滨江区"]);
  const byCode = new Map(stories.series.map((s) => [s.countyCode, s]));
  const expected = stories.months.map((m, i) => [`${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`, ...["330102", "330108"].map((c) => `${byCode.get(c)!.values[i]}篇`)]);
  const got = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent!.trim())));
  expect(got).toEqual(expected);
  // WCAG 2.1 AA on the lines view with its table open (switch, legend, chart group, table).
  await expectNoAxeViolations(page, "compare over time");

  // The CSV is exactly the lines: counties × months, numbers as the API sums them.
  const csv = csvData((await downloadText(page, () => page.getByTestId("export-lines-csv").click())).text);
  expect(csv).toHaveLength(2 * stories.months.length);
  expect(csv.map((r) => `${r.区划代码}:${r.月份}:${r.数值}`)).toEqual(
    ["330102", "330108"].flatMap((c) => stories.months.map((m, i) => `${c}:${m}:${byCode.get(c)!.values[i]}`)),
  );

  // An indicator: months without a figure are gaps (empty in the CSV), never zeros.
  await page.getByTestId("compare-measure").selectOption("volunteers");
  await expect(page).toHaveURL(/measure=volunteers/);
  await expect(page).toHaveURL(/chart=time/);
  const volunteers = await months("volunteers");
  await expect(lines.locator(".recharts-line")).toHaveCount(2, { timeout: 30_000 });
  const vcsv = csvData((await downloadText(page, () => page.getByTestId("export-lines-csv").click())).text);
  const vByCode = new Map(volunteers.series.map((s) => [s.countyCode, s]));
  expect(vcsv.map((r) => r.数值)).toEqual(["330102", "330108"].flatMap((c) => volunteers.months.map((_, i) => String(vByCode.get(c)!.values[i] ?? ""))));
  expect(vcsv.some((r) => r.数值 === "")).toBe(true);
  expect(vcsv.some((r) => r.数值 !== "")).toBe(true);
  await saveShot(page, "compare-lines-desktop");

  // Per 10,000 residents: the same lines in 篇/万人; the switch works from the keyboard.
  await page.getByTestId("compare-measure").selectOption("stories");
  await page.getByTestId("compare-per-capita").check();
  await expect(page).toHaveURL(/per=pop/);
  const pcsv = csvData((await downloadText(page, () => page.getByTestId("export-lines-csv").click())).text);
  expect(new Set(pcsv.map((r) => r.单位))).toEqual(new Set(["篇/万人"]));
  await page.getByTestId("compare-mode-total").focus();
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/chart=time/);
  await expect(page.getByTestId("compare-chart")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/chart=time/);
  await expect(lines.locator("svg.recharts-surface")).toBeVisible({ timeout: 30_000 });

  // With the map's time window: every month still drawn, the window shaded and said; the CSV holds all months.
  await page.goto("/?view=compare&compare=330102,330108&chart=time&from=2023-03-01&to=2023-03-31");
  await expect(lines.locator(".recharts-reference-area")).toHaveCount(1, { timeout: 60_000 });
  await expect(lines).toContainText("黄色底纹是地图所选的时间段");
  const windowed = await downloadText(page, () => page.getByTestId("export-lines-csv").click());
  expect(csvData(windowed.text)).toHaveLength(2 * stories.months.length);
  expect(windowed.name).toBe("浙江区县逐月-报道数.csv");

  // In English: the switch, the notes and the table's header speak English.
  await page.goto("/?lang=en&view=compare&compare=330102,330108&chart=time");
  await expect(page.getByTestId("compare-mode-time")).toHaveText("Over time");
  await expect(lines.locator("svg.recharts-surface")).toBeVisible({ timeout: 60_000 });
  await expect(lines).toContainText("One line per county: stories per month.");
  await page.getByTestId("compare-mode").scrollIntoViewIfNeeded();
  await saveShot(page, "compare-lines-en");

  // On a phone width the lines, legend and switch fit the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?view=compare&compare=330102,330108&chart=time&measure=volunteers");
  await expect(lines.locator("svg.recharts-surface")).toBeVisible({ timeout: 60_000 });
  await page.getByTestId("compare-mode").scrollIntoViewIfNeeded();
  const box = (await lines.locator("svg.recharts-surface").boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await saveShot(page, "compare-lines-phone");
  await lines.locator("svg.recharts-surface").scrollIntoViewIfNeeded();
  await saveShot(page, "compare-lines-phone-chart");
  await expectNoErrors(errors);
});

test("the sitemap leads to the data page, the API documentation, the about page and the feeds", async ({ page }) => {
  const index = await (await page.request.get("/sitemap.xml")).text();
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(files[0]).toBe("/sitemaps/pages.xml");
  const pages = [...(await (await page.request.get(files[0]!)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const p of ["/data", "/api-docs", "/about", "/feeds/county/330102.xml", "/feeds/city/330100.xml", "/feeds/theme/integrity.xml"]) expect(pages, p).toContain(p);
  for (const p of pages.filter((u) => !u.startsWith("/county/"))) {
    const res = await page.request.get(p);
    expect(res.status(), p).toBe(200);
    if (p.startsWith("/feeds/")) expect(parseAtom(await res.text()).id, p).toMatch(/^tag:/);
  }
});
