import { benchCrawl } from "../crawl";
import type { Scenario } from "../types";

/** The crawler against a local fixture site (issue 17): its own pace, CPU and memory, politeness off. */
export const crawl: Scenario = {
  id: "crawl",
  title: "Crawler: fetch, read, extract and store from a local site",
  method:
    "A generated site on loopback with a sitemap of articles (10,000; 1,000 with --quick), crawled once into a fresh " +
    "SQLite database with politeness delays off: first the fetcher alone over up to 2,000 pages, then the full crawl " +
    "(discovery, fetch, Readability, extraction, ingest, crawl state); then many sources on a few hosts whose feeds " +
    "come back 304 on the second pass. With the default 1 s delay per host, politeness, not this pace, sets the speed.",
  sizes: "once",
  async run(ctx) {
    const r = await benchCrawl({ articles: ctx.quick ? 1_000 : 10_000, sources: ctx.quick ? 0 : undefined, log: ctx.log });
    const rows = [
      { label: "fetch only", value: r.fetchOnlyPagesPerSec, unit: "pages/s", digits: 0 },
      { label: "full crawl", value: r.crawlPagesPerSec, unit: "pages/s", digits: 0, target: { min: 10, text: "≥ 10 pages/s (10 × the polite pace of one host)" } },
      { label: "articles stored", value: r.ingestedPerSec, unit: "articles/s", digits: 0 },
      { label: "CPU per page", value: r.cpuMsPerPage, unit: "ms", digits: 1 },
      { label: "peak RSS", value: r.peakRssMb, unit: "MB", digits: 0 },
    ];
    const m = r.manySources;
    if (m) rows.push({ label: `${m.sources} sources, second pass (all 304)`, value: m.secondPassSeconds, unit: "s", digits: 0 });
    return { rows };
  },
};
