// Bench scenario: the crawler against a local fixture site of 10,000 articles (a sitemap index of
// ten sitemaps) with politeness delays off, into a fresh SQLite database. Measured side by side in
// one run: pages/s the fetcher alone reaches, pages/s fetched and ingested by the full crawl, and
// the crawler's memory (peak RSS and heap while crawling). With the default 1 s delay a host gets at
// most 1 page/s, so the headroom ratio says how far the crawl is from being CPU- or memory-bound.
// Then 1,000 sources on 20 hosts, two --once passes (the second all 304s), for the scale of one machine.
// `npx tsx scripts/bench/crawl.ts [ARTICLES] [SOURCES]` runs it alone; the bench runner imports benchCrawl.
import path from "node:path";
import { crawlConfigFromEnv } from "@/lib/crawl/config";
import { crawlOnce } from "@/lib/crawl/crawler";
import { Fetcher } from "@/lib/crawl/fetcher";
import type { SourceConfig } from "@/lib/crawl/sources";
import { startFixtureSite, type FixtureSite } from "@/lib/crawl/testing/fixture-server";
import { startGeneratedSite } from "@/lib/crawl/testing/sites";
import { crawlTestDb } from "@/lib/crawl/testing/test-db";

export type SourcesBenchResult = { sources: number; hosts: number; firstPassSeconds: number; secondPassSeconds: number; peakRssMb: number };

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
  /** CPU time (user + system) the crawler process spent per article, whatever the machine's load. */
  cpuMsPerPage: number;
  manySources: SourcesBenchResult | null;
};

/**
 * 1,000 sources spread over 20 local hosts, each a feed with one new article: one --once pass
 * (1,000 jobs, 1,000 feeds, 1,000 articles) and a second pass where every feed answers 304.
 */
export async function benchManySources(opts: { sources?: number; hosts?: number; root: string; log?: (s: string) => void }): Promise<SourcesBenchResult> {
  const nSources = opts.sources ?? 1000;
  const nHosts = opts.hosts ?? 20;
  const config = { ...crawlConfigFromEnv({}), agent: "ZJMapBench/1.0 (+mailto:bench@example.org)", delayMs: 0, concurrency: 16 };
  const hosts: FixtureSite[] = [];
  for (let h = 0; h < nHosts; h++) {
    const origin = () => hosts[h]!.origin;
    hosts.push(
      await startFixtureSite((p, req) => {
        const feed = /^\/s(\d+)\/feed\.xml$/.exec(p);
        if (feed) {
          if (req.headers["if-none-match"] === `"s${feed[1]}"`) return { status: 304 };
          return { headers: { "content-type": "application/rss+xml", etag: `"s${feed[1]}"` }, body: `<rss version="2.0"><channel><item><link>${origin()}/s${feed[1]}/a.html</link></item></channel></rss>` };
        }
        const a = /^\/s(\d+)\/a\.html$/.exec(p);
        if (a) {
          const i = Number(a[1]);
          return { headers: { "content-type": "text/html; charset=utf-8" }, body: `<html><head><meta charset="utf-8"><title>t</title></head><body><article><h1>淳安县第${i}号便民服务点启用</h1><p>本报讯 淳安县第${i}号便民服务点日前启用，可办理事项${(i % 50) + 10}项，服务群众${i + 200}人。编号${i}。</p></article></body></html>` };
        }
        return p === "/robots.txt" ? { status: 404 } : null;
      }),
    );
  }
  const t = await crawlTestDb(opts.root);
  try {
    const sources: SourceConfig[] = Array.from({ length: nSources }, (_, i) => ({ name: `来源${i}`, url: `${hosts[i % nHosts]!.origin}/s${i}/feed.xml`, kind: "feed" as const }));
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
    const pass = async () => {
      const t0 = performance.now();
      const r = await crawlOnce({ db: t.db, sources, config, gazetteer: t.gazetteer, stopping: new AbortController().signal, print: () => {} });
      if (r.results.length !== nSources) throw new Error(`${r.results.length} of ${nSources} sources ran`);
      return (performance.now() - t0) / 1000;
    };
    opts.log?.(`• crawl: ${nSources} sources on ${nHosts} hosts, two passes…`);
    const firstPassSeconds = await pass().finally(() => undefined);
    const stored = await t.db.crawledPage.count();
    if (stored !== nSources) throw new Error(`expected ${nSources} articles, got ${stored}`);
    const secondPassSeconds = await pass().finally(() => clearInterval(sampler));
    return { sources: nSources, hosts: nHosts, firstPassSeconds, secondPassSeconds, peakRssMb: mb(peakRss) };
  } finally {
    for (const h of hosts) await h.close();
    await t.cleanup();
  }
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

export async function benchCrawl(opts: { articles?: number; sources?: number; log?: (s: string) => void; root?: string } = {}): Promise<CrawlBenchResult> {
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
    const cpu0 = process.cpuUsage();
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
    const cpu = process.cpuUsage(cpu0);
    const stored = await t.db.crawledPage.count();
    if (stored !== n) throw new Error(`expected ${n} stored articles, got ${stored} (${report.results.map((r) => r.problems[0]).join("; ")})`);
    const pages = site.log.length - requestsBefore;
    const crawlPagesPerSec = pages / seconds;
    const manySources = opts.sources === 0 ? null : await benchManySources({ sources: opts.sources, root, log });
    return {
      manySources,
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
      cpuMsPerPage: (cpu.user + cpu.system) / 1000 / pages,
    };
  } finally {
    await site.close();
    await t.cleanup();
  }
}

/** Lines for docs/benchmarks.md. */
export function formatCrawlBench(r: CrawlBenchResult): string[] {
  const f = (x: number) => (x >= 100 ? Math.round(x).toString() : x.toFixed(1));
  const m = r.manySources;
  return [
    `## Crawler (${r.articles.toLocaleString("en")} articles from a local fixture site, politeness delays off)`,
    "",
    "| measure | value |",
    "|---|---|",
    `| fetch only (robots.txt, one request at a time to the host, size/type checks) | ${f(r.fetchOnlyPagesPerSec)} pages/s |`,
    `| full crawl: fetch, Readability, extraction, ingest, crawl state in SQLite | ${f(r.crawlPagesPerSec)} pages/s, ${f(r.ingestedPerSec)} articles stored/s (${Math.round(r.seconds)} s) |`,
    `| crawler CPU per page (user + system) | ${f(r.cpuMsPerPage)} ms, i.e. ${f(1000 / r.cpuMsPerPage)} pages/s per core |`,
    `| crawler memory: RSS before → peak, peak JS heap | ${r.rssBeforeMb} → ${r.peakRssMb} MB, ${r.peakHeapMb} MB |`,
    ...(m ? [`| ${m.sources} sources on ${m.hosts} hosts, a feed with one new article each: first pass / second pass (all 304) | ${Math.round(m.firstPassSeconds)} s / ${Math.round(m.secondPassSeconds)} s, peak RSS ${m.peakRssMb} MB |`] : []),
    "",
    "Politeness, not the crawler, sets the pace: with the default ZJ_CRAWL_DELAY_MS=1000 one host gets",
    `at most 1 page/s, while one crawler process ingests ${f(r.crawlPagesPerSec)} pages/s here (×${f(r.headroomOverPoliteness)}). 1,000 sources`,
    "fetched hourly with a handful of new articles each need about 2 pages/s in all.",
  ];
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const n = process.argv[2] ? Number(process.argv[2]) : undefined;
  const sources = process.argv[3] ? Number(process.argv[3]) : undefined;
  benchCrawl({ articles: n, sources, log: console.log }).then(
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
