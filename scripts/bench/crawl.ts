// Bench scenario: the crawler against a local fixture site of 10,000 articles (a sitemap index of
// ten sitemaps) with politeness delays off, into a fresh SQLite database. Measured side by side in
// one run: pages/s the fetcher alone reaches, pages/s fetched and ingested by the full crawl, and
// the crawler's memory (peak RSS and heap while crawling). With the default 1 s delay a host gets at
// most 1 page/s, so the headroom ratio says how far the crawl is from being CPU- or memory-bound.
// `npx tsx scripts/bench/crawl.ts [ARTICLES]` runs it alone; the bench runner imports benchCrawl.
import path from "node:path";
import { crawlConfigFromEnv } from "@/lib/crawl/config";
import { crawlOnce } from "@/lib/crawl/crawler";
import { Fetcher } from "@/lib/crawl/fetcher";
import { startGeneratedSite } from "@/lib/crawl/testing/sites";
import { crawlTestDb } from "@/lib/crawl/testing/test-db";

export type CrawlBenchResult = {
  articles: number;
  fetchOnlyPagesPerSec: number;
  crawlPagesPerSec: number;
  ingestedPerSec: number;
  stored: number;
  seconds: number;
  peakRssMb: number;
  peakHeapMb: number;
  rssBeforeMb: number;
  /** Pages/s of the full crawl divided by the 1 page/s the default politeness delay allows per host. */
  headroomOverPoliteness: number;
};

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

export async function benchCrawl(opts: { articles?: number; log?: (s: string) => void; root?: string } = {}): Promise<CrawlBenchResult> {
  const n = opts.articles ?? 10_000;
  const log = opts.log ?? (() => {});
  const root = opts.root ?? path.resolve(import.meta.dirname, "../..");
  const config = { ...crawlConfigFromEnv({}), agent: "ZJMapBench/1.0 (+mailto:bench@example.org)", delayMs: 0 };
  const site = await startGeneratedSite(n, { kind: "sitemap" });
  const t = await crawlTestDb(root);
  try {
    // 1. The fetcher alone, one request at a time to the host, as the crawl does.
    log(`• crawl: fetch-only pass over ${Math.min(n, 2000)} pages…`);
    const fetcher = new Fetcher(config);
    const sample = Math.min(n, 2000);
    const f0 = performance.now();
    for (let i = 1; i <= sample; i++) {
      const r = await fetcher.fetch(`${site.origin}/a/${i}.html`, { expect: "html" });
      if (r.kind !== "ok") throw new Error(`fixture page ${i}: ${r.kind}`);
    }
    const fetchOnlyPagesPerSec = sample / ((performance.now() - f0) / 1000);

    // 2. The full crawl: discover, fetch, extract, ingest, record.
    log(`• crawl: ${n} articles, fetched and ingested…`);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    let peakHeap = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 200);
    const requestsBefore = site.log.length;
    const c0 = performance.now();
    const report = await crawlOnce({
      db: t.db,
      sources: [site.source],
      config,
      gazetteer: t.gazetteer,
      stopping: new AbortController().signal,
      print: (line) => log(`  ${line.slice(0, 160)}`),
    }).finally(() => clearInterval(sampler));
    const seconds = (performance.now() - c0) / 1000;
    const stored = await t.db.crawledPage.count();
    if (stored !== n) throw new Error(`expected ${n} stored articles, got ${stored} (${report.results.map((r) => r.problems[0]).join("; ")})`);
    const pages = site.log.length - requestsBefore;
    const crawlPagesPerSec = pages / seconds;
    return {
      articles: n,
      fetchOnlyPagesPerSec,
      crawlPagesPerSec,
      ingestedPerSec: stored / seconds,
      stored,
      seconds,
      peakRssMb: mb(peakRss),
      peakHeapMb: mb(peakHeap),
      rssBeforeMb: mb(rssBefore),
      headroomOverPoliteness: crawlPagesPerSec / (1000 / 1000),
    };
  } finally {
    await site.close();
    await t.cleanup();
  }
}

/** Lines for docs/benchmarks.md. */
export function formatCrawlBench(r: CrawlBenchResult): string[] {
  const f = (x: number) => (x >= 100 ? Math.round(x).toString() : x.toFixed(1));
  return [
    `## Crawler (${r.articles.toLocaleString("en")} articles from a local fixture site, politeness delays off)`,
    "",
    "| measure | value |",
    "|---|---|",
    `| fetch only (robots.txt, one request at a time to the host, size/type checks) | ${f(r.fetchOnlyPagesPerSec)} pages/s |`,
    `| full crawl: fetch, Readability, extraction, ingest, crawl state in SQLite | ${f(r.crawlPagesPerSec)} pages/s, ${f(r.ingestedPerSec)} articles stored/s (${Math.round(r.seconds)} s) |`,
    `| crawler memory: RSS before → peak, peak JS heap | ${r.rssBeforeMb} → ${r.peakRssMb} MB, ${r.peakHeapMb} MB |`,
    `| headroom over the default politeness delay (1 page/s per host) | ×${f(r.headroomOverPoliteness)} |`,
    "",
    "With the default ZJ_CRAWL_DELAY_MS=1000 a host is asked for at most one page a second, so one",
    `crawler process could keep about ${Math.floor(r.crawlPagesPerSec)} hosts busy at once before CPU or memory, not politeness, set the pace.`,
  ];
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const n = process.argv[2] ? Number(process.argv[2]) : undefined;
  benchCrawl({ articles: n, log: console.log }).then(
    (r) => {
      console.log(formatCrawlBench(r).join("\n"));
      process.exit(0);
    },
    (e: unknown) => {
      console.error(`bench crawl failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
