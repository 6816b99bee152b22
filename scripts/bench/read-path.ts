// Read-path scenarios (issue 10), measured side by side against two running servers: one on the
// seed database, one on a 100,000-story database. Each scenario returns rows of
// { measure, seed, big, ratio?, target, ok } so a runner can print or write them.
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";

export type Servers = { seed: string; big: string; chromiumPath: string };
export type Row = { measure: string; seed: number; big: number; unit: string; target: string; ok: boolean };
export type Scenario = { name: string; run: (s: Servers, log: (s: string) => void) => Promise<Row[]> };

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const median = (xs: number[]) => percentile(xs, 50);

async function timeGet(url: string): Promise<{ ms: number; status: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  return { ms: performance.now() - t0, status: res.status, body };
}

/** The home page's HTML, which carries its data inline (React Server Components payload), gzipped. */
export const homeSize: Scenario = {
  name: "home page HTML + inline data (gzip)",
  async run(s) {
    const size = async (base: string) => gzipSync((await timeGet(`${base}/`)).body).length / 1024;
    const [seed, big] = [await size(s.seed), await size(s.big)];
    return [{ measure: "home HTML + inline data, gzip", seed, big, unit: "kB", target: "≤ 150 kB at 100k", ok: big <= 150 }];
  },
};

/** p95 of a set of URLs requested one after another, every URL once cold (first request after start) then warm. */
async function p95Of(urls: string[]): Promise<{ cold: number; warm: number; errors: number }> {
  const cold: number[] = [];
  const warm: number[] = [];
  let errors = 0;
  for (const u of urls) {
    const r = await timeGet(u);
    if (r.status !== 200) errors++;
    cold.push(r.ms);
  }
  for (let round = 0; round < 3; round++)
    for (const u of urls) {
      const r = await timeGet(u);
      if (r.status !== 200) errors++;
      warm.push(r.ms);
    }
  return { cold: percentile(cold, 95), warm: percentile(warm, 95), errors };
}

const COUNTIES_SAMPLE = ["330102", "330108", "330624", "331083", "330604", "330226", "330302", "330424", "330523", "330782", "330881", "330903", "331002", "331121", "330110", "330681", "330185", "330327", "330481", "331024"];

/** The county panel's two requests (its first page of stories, its metrics summary) and the county page. */
export const countyPanel: Scenario = {
  name: "county panel, county metrics API, county page",
  async run(s) {
    const rows: Row[] = [];
    const each = async (make: (base: string, c: string) => string, label: string, target: number) => {
      const seed = await p95Of(COUNTIES_SAMPLE.map((c) => make(s.seed, c)));
      const big = await p95Of(COUNTIES_SAMPLE.map((c) => make(s.big, c)));
      rows.push({ measure: `${label} p95, first request per county`, seed: seed.cold, big: big.cold, unit: "ms", target: `≤ ${target} ms`, ok: big.cold <= target && big.errors === 0 });
      rows.push({ measure: `${label} p95, repeated`, seed: seed.warm, big: big.warm, unit: "ms", target: `≤ ${target} ms`, ok: big.warm <= target && big.errors === 0 });
    };
    await each((b, c) => `${b}/api/stories?county=${c}`, "county panel stories (/api/stories?county=)", 50);
    await each((b, c) => `${b}/api/counties/${c}/metrics`, "county metrics API", 50);
    await each((b, c) => `${b}/county/${c}`, "county page /county/…", 1000);
    return rows;
  },
};

export const SEARCH_QUERIES: Record<2 | 3 | 4, string[]> = {
  2: ["滨江", "亚运", "共富", "治理", "企业", "培训", "村民", "志愿"],
  3: ["滨江区", "亚运会", "志愿者", "营商环", "新昌县", "监督员", "优质水", "数字化"],
  4: ["共同富裕", "营商环境", "基层治理", "生态环境", "亚运场馆", "干部队伍", "一号工程", "群众喝上"],
};

export const searchLatency: Scenario = {
  name: "search p95 by query length",
  async run(s) {
    const rows: Row[] = [];
    for (const len of [2, 3, 4] as const) {
      const qs = SEARCH_QUERIES[len].map((q) => `/api/search?q=${encodeURIComponent(q)}`);
      const seed = await p95Of(qs.map((q) => s.seed + q));
      const big = await p95Of(qs.map((q) => s.big + q));
      rows.push({ measure: `search p95, ${len}-character queries (first / repeated)`, seed: Math.max(seed.cold, seed.warm), big: Math.max(big.cold, big.warm), unit: "ms", target: "≤ 150 ms", ok: Math.max(big.cold, big.warm) <= 150 && big.errors === 0 });
    }
    return rows;
  },
};

type Load = (b: Browser, url: string) => Promise<number>;

/** Navigation start -> MapLibre idle with pins drawn (the page sets window.__mapIdle). */
const mapIdle: Load = async (browser, url) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => window.__mapIdle === true && (window.__map?.queryRenderedFeatures({ layers: ["story-pins", "story-clusters"] }).length ?? 0) > 0,
    null,
    { timeout: 60_000, polling: 10 },
  );
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
};

/** Navigation start -> the compare chart of five counties drawn. */
const compareChart: Load = async (browser, url) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-testid="compare-chart"] svg.recharts-surface').first().waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="ranking"] tbody tr').first().waitFor({ timeout: 60_000 });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
};

/** Alternates seed and 100k loads (one warm-up each, then five), so machine load hits both alike. */
async function sideBySide(s: Servers, path: string, load: Load): Promise<{ seed: number; big: number }> {
  const browser = await chromium.launch({ executablePath: s.chromiumPath, args: ["--disable-quic", "--disable-dev-shm-usage", "--no-sandbox"] });
  try {
    const seed: number[] = [];
    const big: number[] = [];
    for (let i = 0; i < 6; i++) {
      const a = await load(browser, s.seed + path);
      const b = await load(browser, s.big + path);
      if (i > 0) {
        seed.push(a);
        big.push(b);
      }
    }
    return { seed: median(seed), big: median(big) };
  } finally {
    await browser.close();
  }
}

export const mapLoad: Scenario = {
  name: "navigation -> map idle with pins",
  async run(s) {
    const r = await sideBySide(s, "/", mapIdle);
    return [{ measure: "navigation → map idle with pins (median of 5)", seed: r.seed, big: r.big, unit: "ms", target: "100k ≤ 1.3 × seed", ok: r.big <= 1.3 * r.seed }];
  },
};

export const compareView: Scenario = {
  name: "compare view of 5 counties",
  async run(s) {
    const r = await sideBySide(s, "/?view=compare&compare=330102,330108,330624,331083,330604&measure=people", compareChart);
    return [{ measure: "compare view of 5 counties, navigation → chart and ranking (median of 5)", seed: r.seed, big: r.big, unit: "ms", target: "100k ≤ 1.3 × seed", ok: r.big <= 1.3 * r.seed }];
  },
};

export const READ_PATH_SCENARIOS: Scenario[] = [homeSize, countyPanel, searchLatency, mapLoad, compareView];
