/**
 * One run of one source: read its index (feed, sitemap or list page, with sitemap children and
 * 版面 pages below it) with conditional GETs, queue the articles it lists, then fetch queued
 * articles one by one, take out their text and ingest each through ingestSource, recording the crawl
 * facts beside it. Everything it knows is in the database, so a run stopped anywhere (Ctrl-C between
 * pages, or kill -9 mid-page) is continued by the next one without losing or doubling anything.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Db } from "../db/client";
import { IngestError, ingestSource } from "../db/ingest-write";
import type { Gazetteer } from "../geo/gazetteer";
import type { CrawlConfig } from "./config";
import { decodeBody } from "./decode";
import { discoverFeed, discoverLinks, discoverSitemap, DiscoverError, type Discovered } from "./discover";
import { extractArticle } from "./extract-article";
import { Stopped, type Fetcher, type FetchOk } from "./fetcher";
import { expandUrlTemplate, type SourceConfig } from "./sources";
import { ensureUrl, markUrl, recordArticlePage, recordIndexPage, type Discovery } from "./store";
import { isHttpUrl, normalizeUrl } from "./url";

export type SourceRunCounts = {
  /** Pages downloaded (HTTP 200). */
  fetched: number;
  /** Articles stored for the first time. */
  added: number;
  /** 304s and articles already stored (same canonical URL or same text). */
  unchanged: number;
  robots: number;
  failed: number;
};

export type SourceRunResult = SourceRunCounts & {
  name: string;
  /** ok; failing: the index could not be read; interrupted: stopped, the next run resumes. */
  status: "ok" | "failing" | "interrupted";
  /** Why the index failed, or the first article failures. */
  problems: string[];
  /** Articles still queued (left for the next run). */
  queued: number;
};

export type CrawlDeps = {
  db: Db;
  fetcher: Fetcher;
  config: CrawlConfig;
  gazetteer?: Gazetteer;
  stopping: AbortSignal;
  progress?: (done: number, total: number, message: string) => Promise<void>;
};

const MAX_BACKOFF_MS = 24 * 3600_000;

export function formatRun(r: SourceRunResult): string {
  const parts = [`fetched ${r.fetched}`, `${r.added} new`, `${r.unchanged} unchanged`, `${r.robots} skipped by robots.txt`, `${r.failed} failed`];
  const head = r.status === "failing" ? "FAILING" : r.status === "interrupted" ? "stopped" : "ok";
  let line = `${head.padEnd(7)} ${r.name}: ${parts.join(", ")}`;
  if (r.status === "interrupted") line += ` (${r.queued} left queued for the next run)`;
  if (r.problems.length) line += ` — ${r.problems.slice(0, 3).join("; ")}${r.problems.length > 3 ? `; +${r.problems.length - 3} more` : ""}`;
  return line;
}

function summaryWhen(kind: SourceConfig["kind"]): "xml" | "html" {
  return kind === "links" ? "html" : "xml";
}

/** Runs one source; resolves with its counts (never throws for a bad site; Stopped -> interrupted). */
export async function crawlSource(deps: CrawlDeps, crawlSourceId: string): Promise<SourceRunResult> {
  const { db } = deps;
  const row = await db.crawlSource.findUnique({ where: { id: crawlSourceId } });
  if (!row) throw new Error(`no crawl source ${crawlSourceId}`);
  const cfg = JSON.parse(row.config) as SourceConfig;
  const r: SourceRunResult = { name: row.name, fetched: 0, added: 0, unchanged: 0, robots: 0, failed: 0, status: "ok", problems: [], queued: 0 };
  let indexError: string | null = null;
  try {
    indexError = await readIndexes(deps, row.id, cfg, r);
    if (indexError === null) await readArticles(deps, row.id, cfg, r);
  } catch (e) {
    if (!(e instanceof Stopped)) throw e;
    r.status = "interrupted";
  }
  if (deps.stopping.aborted && r.status === "ok") r.status = "interrupted";
  r.queued = await db.crawlUrl.count({ where: { crawlSourceId: row.id, state: "queued", role: "article", attempts: { lt: deps.config.maxUrlAttempts } } });
  if (r.status !== "interrupted") {
    const now = Date.now();
    if (indexError !== null) {
      r.status = "failing";
      r.problems.unshift(indexError);
      const failures = row.failures + 1;
      const backoff = Math.min(MAX_BACKOFF_MS, row.everyMinutes * 60_000 * 2 ** Math.min(failures, 10));
      await db.crawlSource.update({
        where: { id: row.id },
        data: { health: "failing", failures, lastError: indexError, lastRunAt: new Date(now), nextRunAt: new Date(now + backoff), lastSummary: formatRun(r) },
      });
    } else {
      await db.crawlSource.update({
        where: { id: row.id },
        data: { health: "ok", failures: 0, lastError: null, lastRunAt: new Date(now), nextRunAt: new Date(now + row.everyMinutes * 60_000), lastSummary: formatRun(r) },
      });
    }
  }
  return r;
}

/**
 * The source's own page, then the sitemap or 版面 pages below it that are queued. Returns the reason
 * the source's index failed, or null.
 */
async function readIndexes(deps: CrawlDeps, sourceId: string, cfg: SourceConfig, r: SourceRunResult): Promise<string | null> {
  const { db } = deps;
  const rootUrl = normalizeUrl(expandUrlTemplate(cfg.url));
  if (!rootUrl) return `unusable url ${cfg.url}`;
  const root = await ensureUrl(db, sourceId, rootUrl, "index");
  const rootError = await readIndexPage(deps, sourceId, cfg, root, r, true);
  if (rootError === "robots") return null;
  if (rootError) return rootError;
  // Pages below the index: queued by this run's index, or left over by a run that stopped.
  for (;;) {
    if (deps.stopping.aborted) throw new Stopped();
    const next = await db.crawlUrl.findFirst({
      where: { crawlSourceId: sourceId, state: "queued", role: { in: ["listing", "sitemap"] }, attempts: { lt: deps.config.maxUrlAttempts } },
      orderBy: { seq: "asc" },
    });
    if (!next) return null;
    const err = await readIndexPage(deps, sourceId, cfg, next, r, false);
    if (err && err !== "robots") r.problems.push(`${next.url}: ${err}`);
  }
}

type UrlRow = { id: number; url: string; role: string; etag: string | null; lastModified: string | null; attempts: number };

async function readIndexPage(deps: CrawlDeps, sourceId: string, cfg: SourceConfig, page: UrlRow, r: SourceRunResult, isRoot: boolean): Promise<string | null | "robots"> {
  const { db, fetcher, config } = deps;
  const res = await fetcher.fetch(page.url, { validators: { etag: page.etag, lastModified: page.lastModified }, expect: summaryWhen(cfg.kind) });
  if (res.kind === "robots") {
    r.robots++;
    await markUrl(db, page.id, { state: "robots", error: "disallowed by robots.txt" });
    return "robots";
  }
  if (res.kind === "not-modified") {
    r.unchanged++;
    await markUrl(db, page.id, { state: "done", httpStatus: 304 });
    return null;
  }
  if (res.kind === "failed") {
    if (!isRoot) r.failed++;
    const giveUp = res.permanent || page.attempts + 1 >= config.maxUrlAttempts;
    await markUrl(db, page.id, { state: isRoot || !giveUp ? "queued" : "failed", httpStatus: res.status ?? null, error: res.reason, countAttempt: !isRoot });
    return res.reason;
  }
  r.fetched++;
  let found: Discovered;
  try {
    found = discover(res, cfg, page.role);
  } catch (e) {
    if (!(e instanceof DiscoverError)) throw e;
    if (!isRoot) r.failed++;
    await markUrl(db, page.id, { state: isRoot ? "queued" : "failed", httpStatus: 200, error: e.message, countAttempt: !isRoot });
    return e.message;
  }
  const discovery: Discovery = {
    articles: found.articles,
    children: [...found.sitemaps.map((url) => ({ url, role: "sitemap" as const })), ...found.listings.map((url) => ({ url, role: "listing" as const }))],
  };
  await recordIndexPage(db, sourceId, page.id, { etag: res.etag, lastModified: res.lastModified, httpStatus: res.status }, discovery);
  return null;
}

function discover(res: FetchOk, cfg: SourceConfig, role: string): Discovered {
  const { text } = decodeBody(res.bytes, { contentType: res.contentType, configured: cfg.encoding });
  if (cfg.kind === "feed") return discoverFeed(text, res.url);
  if (cfg.kind === "sitemap") return discoverSitemap(text, res.url);
  // A 版面 page lists articles; it does not lead further down.
  return discoverLinks(text, res.url, cfg.match!, role === "index" ? cfg.follow : undefined);
}

async function readArticles(deps: CrawlDeps, sourceId: string, cfg: SourceConfig, r: SourceRunResult): Promise<void> {
  const { db, config } = deps;
  const where = { crawlSourceId: sourceId, state: "queued", role: "article", attempts: { lt: config.maxUrlAttempts } };
  const total = await db.crawlUrl.count({ where });
  const triedThisRun: number[] = [];
  let done = 0;
  let lastProgress = 0;
  for (;;) {
    if (deps.stopping.aborted) throw new Stopped();
    const next = await db.crawlUrl.findFirst({ where: { ...where, id: { notIn: triedThisRun } }, orderBy: { seq: "asc" } });
    if (!next) return;
    // A URL that failed stays queued for a later run, not for this one.
    if ((await readArticle(deps, sourceId, cfg, next, r)) === "retry-later") triedThisRun.push(next.id);
    done++;
    // Progress is for people watching: at most one write a second.
    if (Date.now() - lastProgress >= 1000 || done === total) {
      lastProgress = Date.now();
      await deps.progress?.(done, total, next.url);
    }
  }
}

function pageIdFor(canonicalUrl: string): string {
  return createHash("sha256").update(canonicalUrl).digest("hex").slice(0, 16);
}

/** Fetches, extracts and ingests one article; "retry-later" when it stays queued for another run. */
async function readArticle(deps: CrawlDeps, sourceId: string, cfg: SourceConfig, u: UrlRow & { hintDate: string | null }, r: SourceRunResult): Promise<"settled" | "retry-later"> {
  const { db, fetcher, config } = deps;
  // Reached before under this address (from another source, or as another page's canonical URL).
  const known = await db.crawledPage.findFirst({ where: { OR: [{ url: u.url }, { canonicalUrl: u.url }] }, select: { id: true } });
  if (known) {
    r.unchanged++;
    await markUrl(db, u.id, { state: "duplicate" });
    return "settled";
  }
  const res = await fetcher.fetch(u.url, { expect: "html" });
  const fail = async (reason: string, permanent: boolean, httpStatus: number | null = null): Promise<"settled" | "retry-later"> => {
    r.failed++;
    r.problems.push(`${u.url}: ${reason}`);
    const giveUp = permanent || u.attempts + 1 >= config.maxUrlAttempts;
    await markUrl(db, u.id, { state: giveUp ? "failed" : "queued", httpStatus, error: reason, countAttempt: true });
    return giveUp ? "settled" : "retry-later";
  };
  if (res.kind === "robots") {
    r.robots++;
    await markUrl(db, u.id, { state: "robots", error: "disallowed by robots.txt" });
    return "settled";
  }
  if (res.kind === "failed") return fail(res.reason, res.permanent, res.status ?? null);
  if (res.kind === "not-modified") return fail("HTTP 304 to an unconditional request", false, 304);
  r.fetched++;

  const decoded = decodeBody(res.bytes, { contentType: res.contentType, configured: cfg.encoding });
  const page = extractArticle(decoded.text, res.url, { siteNames: [cfg.name] });
  if (page.body.replace(/\s/gu, "").length < 20) return fail("no article text found on the page", true, 200);
  const canonicalUrl = page.canonicalUrl && isHttpUrl(page.canonicalUrl) ? page.canonicalUrl : res.url;
  const clash = await db.crawledPage.findUnique({ where: { canonicalUrl }, select: { id: true } });
  if (clash) {
    r.unchanged++;
    await markUrl(db, u.id, { state: "duplicate", httpStatus: 200 });
    return "settled";
  }
  const publishedOn = page.date ?? u.hintDate ?? null;
  let ingested;
  try {
    // countyHint: the outlet's home county from the sources file, weak evidence of place. The
    // extraction does not read it yet; it is validated and carried so the geocoder can.
    ingested = await ingestSource(
      db,
      { rawText: page.text, name: cfg.name, publishedOn, single: true, countyHint: cfg.county ?? null },
      deps.gazetteer,
    );
  } catch (e) {
    if (e instanceof IngestError) return fail(`not stored: ${e.message}`, true, 200);
    throw e;
  }
  const stored = await recordArticlePage(
    db,
    u.id,
    {
      sourceId: ingested.sourceId,
      crawlSourceId: sourceId,
      url: res.url,
      canonicalUrl,
      outlet: cfg.name,
      countyHint: cfg.county ?? null,
      publishedOn,
      title: page.title,
      byline: page.byline,
      rawGzip: gzipSync(res.bytes),
      contentType: res.contentType,
      charset: decoded.charset,
      etag: res.etag,
      lastModified: res.lastModified,
    },
    pageIdFor(canonicalUrl),
  );
  if (stored) r.added++;
  else r.unchanged++;
  return "settled";
}
