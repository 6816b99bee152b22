// Read-path scenarios of issue 10 in the bench runner's shape: each runs once per database size on
// that size's `next start`, so the report shows seed and 100,000 stories side by side with the ratio.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { median, quantile } from "../stats";
import type { BenchContext, Row, Scenario } from "../types";

async function timeGet(url: string): Promise<{ ms: number; status: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  const body = await res.text();
  return { ms: performance.now() - t0, status: res.status, body };
}

/** p95 of URLs requested one after another: each once cold (first request after start), then three rounds warm. */
async function p95Of(urls: string[], rounds: number): Promise<{ cold: number; warm: number; errors: number }> {
  const cold: number[] = [];
  const warm: number[] = [];
  let errors = 0;
  for (const u of urls) {
    const r = await timeGet(u);
    if (r.status !== 200) errors++;
    cold.push(r.ms);
  }
  for (let round = 0; round < rounds; round++)
    for (const u of urls) {
      const r = await timeGet(u);
      if (r.status !== 200) errors++;
      warm.push(r.ms);
    }
  return { cold: quantile(cold, 0.95), warm: quantile(warm, 0.95), errors };
}

const errorsNote = (errors: number, what: string) => (errors ? [`${errors} ${what} requests did not answer 200.`] : []);

export const homeSize: Scenario = {
  id: "home-size",
  title: "Home page: HTML with its inline data",
  method:
    "One GET of `/` from the production server; the size of the HTML (which carries the page's data inline as the " +
    "React Server Components payload) after gzip. The target is that it stays the same size whatever the number of stories.",
  sizes: "each",
  server: true,
  async run(ctx) {
    const { origin } = await ctx.server();
    const r = await timeGet(`${origin}/`);
    if (r.status !== 200) throw new Error(`/ answered HTTP ${r.status}`);
    return { rows: [{ label: "home HTML + inline data, gzip", value: gzipSync(r.body).length / 1024, unit: "kB", digits: 1, target: { max: 150, ratioMax: 1.5, text: "≤ 150 kB, ≤ 1.5 × seed" } }] };
  },
};

/** The county panel's requests and the county page, over counties that exist in this size's database. */
export const countyPanel: Scenario = {
  id: "county-panel",
  title: "County panel, county metrics API and county page",
  method:
    "For up to 20 counties that have stories: each URL once right after the server's first requests (\"first\"), then " +
    "three more rounds (\"repeated\", 1 with --quick); p95 over the requests, one at a time, on loopback.",
  sizes: "each",
  server: true,
  async run(ctx) {
    const { origin } = await ctx.server();
    const counties = ctx.sample().countyCodes.slice(0, 20);
    const rows: Row[] = [];
    const notes: string[] = [];
    const each = async (make: (c: string) => string, label: string, max: number) => {
      const r = await p95Of(counties.map((c) => origin + make(c)), ctx.quick ? 1 : 3);
      rows.push({ label: `${label} p95, first`, value: r.cold, unit: "ms", digits: 0, target: { max, text: `≤ ${max} ms` } });
      rows.push({ label: `${label} p95, repeated`, value: r.warm, unit: "ms", digits: 0, target: { max, text: `≤ ${max} ms` } });
      notes.push(...errorsNote(r.errors, label));
    };
    await each((c) => `/api/stories?county=${c}`, "county panel stories", 50);
    await each((c) => `/api/counties/${c}/metrics`, "county metrics API", 50);
    await each((c) => `/county/${c}`, "county page", 1000);
    return { rows, notes };
  },
};

export const SEARCH_QUERIES: Record<2 | 3 | 4, string[]> = {
  2: ["滨江", "亚运", "共富", "治理", "企业", "培训", "村民", "志愿"],
  3: ["滨江区", "亚运会", "志愿者", "营商环", "新昌县", "监督员", "优质水", "数字化"],
  4: ["共同富裕", "营商环境", "基层治理", "生态环境", "亚运场馆", "干部队伍", "一号工程", "群众喝上"],
};

export const searchLatency: Scenario = {
  id: "search",
  title: "Search by query length",
  method:
    "Eight queries of 2, 3 and 4 characters each against `/api/search`, each once first then repeated; the larger " +
    "of the first and repeated p95 per length. The search rate limit applies per address; 429s count as errors.",
  sizes: "each",
  server: true,
  async run(ctx) {
    const { origin } = await ctx.server();
    const rows: Row[] = [];
    const notes: string[] = [];
    for (const len of [2, 3, 4] as const) {
      const r = await p95Of(SEARCH_QUERIES[len].map((q) => `${origin}/api/search?q=${encodeURIComponent(q)}`), ctx.quick ? 1 : 3);
      rows.push({ label: `search p95, ${len}-character queries`, value: Math.max(r.cold, r.warm), unit: "ms", digits: 0, target: { max: 150, text: "≤ 150 ms" } });
      notes.push(...errorsNote(r.errors, `${len}-character search`));
    }
    return { rows, notes };
  },
};

async function compareLoad(ctx: BenchContext): Promise<number[]> {
  const { origin } = await ctx.server();
  const counties = ctx.sample().countyCodes.slice(0, 5).join(",");
  const browser = await chromium.launch({ executablePath: ctx.chromium(), args: ["--disable-quic", "--disable-dev-shm-usage", "--no-sandbox"] });
  const times: number[] = [];
  try {
    const loads = ctx.quick ? 3 : 6;
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${origin}/?view=compare&compare=${counties}`, { timeout: 120_000 });
      await page.locator('[data-testid="compare-chart"] svg.recharts-surface').first().waitFor({ timeout: 60_000 });
      const ms = await page.evaluate(() => performance.now());
      await context.close();
      if (i > 0) times.push(ms);
    }
  } finally {
    await browser.close();
  }
  return times;
}

export const compareView: Scenario = {
  id: "compare-view",
  title: "Compare view of 5 counties",
  method:
    "Chromium against the production build, 1280×800, a fresh context per load: navigation start to the compare chart " +
    "drawn for five counties that have stories; one warm-up load, then the median of 5 (2 with --quick).",
  sizes: "each",
  server: true,
  async run(ctx) {
    return { rows: [{ label: "navigation → compare chart (median)", value: median(await compareLoad(ctx)), unit: "ms", digits: 0, target: { ratioMax: 1.3, text: "≤ 1.3 × seed" } }] };
  },
};

/** GET a JSON endpoint and return its body (for cursors); throws on a non-200 answer. */
async function getJson(url: string): Promise<{ nextCursor?: string | null }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  if (res.status !== 200) throw new Error(`${url} answered HTTP ${res.status}`);
  return (await res.json()) as { nextCursor?: string | null };
}

/** The public read API of issue 14 (/api/v1), held to issue 10's budgets. */
export const publicApi: Scenario = {
  id: "public-api",
  title: "Public API (/api/v1)",
  method:
    "For up to 10 counties that have stories: the articles list of the county (first page of 20, then the page its " +
    "`nextCursor` names), one article, the county list, the county's detail, its metrics (first page of 50), and a " +
    "search of 2-, 3- and 4-character queries; each URL once right after the server's first requests (\"first\"), " +
    "then three more rounds (\"repeated\", 1 with --quick); p95 over the requests, one at a time, on loopback. " +
    "Issue 14 asks for the API within issue 10's budgets: 50 ms like the county API, 150 ms for search.",
  sizes: "each",
  server: true,
  async run(ctx) {
    const { origin } = await ctx.server();
    const sample = ctx.sample();
    const counties = sample.countyCodes.slice(0, 10);
    // Second pages come from the first pages' cursors, read before the timing starts.
    const second: string[] = [];
    for (const c of counties) {
      const first = await getJson(`${origin}/api/v1/articles?county=${c}&limit=20`);
      if (first.nextCursor) second.push(`${origin}/api/v1/articles?county=${c}&limit=20&cursor=${encodeURIComponent(first.nextCursor)}`);
    }
    const rounds = ctx.quick ? 1 : 3;
    const rows: Row[] = [];
    const notes: string[] = [];
    const each = async (label: string, urls: string[], max: number) => {
      if (!urls.length) {
        notes.push(`${label}: nothing to request at this size.`);
        return;
      }
      const r = await p95Of(urls, rounds);
      rows.push({ label: `${label} p95, first`, value: r.cold, unit: "ms", digits: 0, target: { max, text: `≤ ${max} ms` } });
      rows.push({ label: `${label} p95, repeated`, value: r.warm, unit: "ms", digits: 0, target: { max, text: `≤ ${max} ms` } });
      notes.push(...errorsNote(r.errors, label));
    };
    await each("articles, first page", counties.map((c) => `${origin}/api/v1/articles?county=${c}&limit=20`), 50);
    await each("articles, next page (cursor)", second, 50);
    await each("one article", sample.articleIds.slice(0, 10).map((id) => `${origin}/api/v1/articles/${id}`), 50);
    await each("counties", [`${origin}/api/v1/counties`, `${origin}/api/v1/counties?measure=enterprises`], 50);
    await each("one county", counties.map((c) => `${origin}/api/v1/counties/${c}`), 50);
    await each("metrics, first page", counties.map((c) => `${origin}/api/v1/metrics?county=${c}&limit=50`), 50);
    const queries = [...SEARCH_QUERIES[2].slice(0, 3), ...SEARCH_QUERIES[3].slice(0, 3), ...SEARCH_QUERIES[4].slice(0, 3)];
    await each("search", queries.map((q) => `${origin}/api/v1/search?q=${encodeURIComponent(q)}&limit=20`), 150);
    return { rows, notes };
  },
};
