/**
 * The crawl state in the database: sources, the URL queue with validators and outcomes, and the
 * crawled pages linked to their ingested Source. Each change that must not be half-done (a page's
 * validators with the links it listed; a page with its queue entry) is one transaction, so a crash
 * at any point leaves a state the next run continues from.
 */
import type { Db } from "../db/client";
import { crawlSourceId, DEFAULT_EVERY_MINUTES, type SourceConfig } from "./sources";

export type UrlRole = "index" | "listing" | "sitemap" | "article";
export type UrlState = "queued" | "done" | "duplicate" | "robots" | "failed";

const CHUNK = 400;

function chunks<T>(xs: T[], n = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** Upserts the sources of a file (one transaction); returns their ids in file order. */
export async function syncSources(db: Db, sources: SourceConfig[]): Promise<string[]> {
  const ids = sources.map(crawlSourceId);
  await db.$transaction(async (tx) => {
    for (const [i, s] of sources.entries()) {
      const data = { name: s.name, url: s.url, kind: s.kind, config: JSON.stringify(s), county: s.county ?? null, everyMinutes: s.every ?? DEFAULT_EVERY_MINUTES };
      await tx.crawlSource.upsert({ where: { id: ids[i]! }, create: { id: ids[i]!, ...data }, update: data });
    }
  });
  return ids;
}

/** Makes sure `url` is in the source's queue with `role`; returns its row. */
export async function ensureUrl(db: Db, sourceId: string, url: string, role: UrlRole) {
  const found = await db.crawlUrl.findUnique({ where: { crawlSourceId_url: { crawlSourceId: sourceId, url } } });
  if (found) return found;
  return db.$transaction(async (tx) => {
    const again = await tx.crawlUrl.findUnique({ where: { crawlSourceId_url: { crawlSourceId: sourceId, url } } });
    if (again) return again;
    const seq = await nextSeq(tx as unknown as Db, sourceId);
    return tx.crawlUrl.create({ data: { crawlSourceId: sourceId, url, role, seq } });
  });
}

async function nextSeq(db: Db, sourceId: string): Promise<number> {
  const agg = await db.crawlUrl.aggregate({ where: { crawlSourceId: sourceId }, _max: { seq: true } });
  return (agg._max.seq ?? 0) + 1;
}

export type Discovery = {
  articles: { url: string; date: string | null }[];
  /** Listing or sitemap pages to read next (queued again even when read before). */
  children: { url: string; role: "listing" | "sitemap" }[];
};

/**
 * An index-like page was read: its validators and status, the articles it lists (new ones queued in
 * discovery order) and the pages below it, in one transaction.
 */
export async function recordIndexPage(
  db: Db,
  sourceId: string,
  pageUrlId: number,
  page: { etag: string | null; lastModified: string | null; httpStatus: number },
  found: Discovery,
): Promise<{ queuedArticles: number }> {
  return db.$transaction(
    async (tx) => {
      let seq = await nextSeq(tx as unknown as Db, sourceId);
      let queuedArticles = 0;
      const articleUrls = [...new Map(found.articles.map((a) => [a.url, a])).values()];
      for (const part of chunks(articleUrls)) {
        const existing = new Set(
          (await tx.crawlUrl.findMany({ where: { crawlSourceId: sourceId, url: { in: part.map((a) => a.url) } }, select: { url: true } })).map((r) => r.url),
        );
        const fresh = part.filter((a) => !existing.has(a.url));
        if (fresh.length) {
          await tx.crawlUrl.createMany({ data: fresh.map((a) => ({ crawlSourceId: sourceId, url: a.url, role: "article", seq: seq++, hintDate: a.date })) });
          queuedArticles += fresh.length;
        }
      }
      const childUrls = [...new Map(found.children.map((c) => [c.url, c])).values()];
      for (const part of chunks(childUrls)) {
        const existing = await tx.crawlUrl.findMany({ where: { crawlSourceId: sourceId, url: { in: part.map((c) => c.url) } }, select: { url: true } });
        const known = new Set(existing.map((r) => r.url));
        const fresh = part.filter((c) => !known.has(c.url));
        if (fresh.length) await tx.crawlUrl.createMany({ data: fresh.map((c) => ({ crawlSourceId: sourceId, url: c.url, role: c.role, seq: seq++ })) });
        if (known.size) {
          await tx.crawlUrl.updateMany({
            where: { crawlSourceId: sourceId, url: { in: [...known] }, role: { in: ["listing", "sitemap"] } },
            data: { state: "queued" },
          });
        }
      }
      await tx.crawlUrl.update({
        where: { id: pageUrlId },
        data: { state: "done", etag: page.etag, lastModified: page.lastModified, httpStatus: page.httpStatus, fetchedAt: new Date(), error: null, attempts: 0 },
      });
      return { queuedArticles };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

export async function markUrl(db: Db, id: number, data: { state: UrlState; httpStatus?: number | null; error?: string | null; countAttempt?: boolean }) {
  await db.crawlUrl.update({
    where: { id },
    data: {
      state: data.state,
      ...(data.httpStatus !== undefined ? { httpStatus: data.httpStatus } : {}),
      error: data.error ?? null,
      fetchedAt: new Date(),
      ...(data.countAttempt ? { attempts: { increment: 1 } } : {}),
    },
  });
}

export type CrawledPageData = {
  sourceId: string;
  crawlSourceId: string;
  url: string;
  canonicalUrl: string;
  outlet: string;
  countyHint: string | null;
  publishedOn: string | null;
  title: string;
  byline: string | null;
  rawGzip: Uint8Array;
  contentType: string | null;
  charset: string;
  etag: string | null;
  lastModified: string | null;
};

/**
 * The crawl facts of an ingested page and its queue entry marked done, in one transaction. Returns
 * false (and marks the entry duplicate) when another page already holds the canonical URL or Source.
 */
export async function recordArticlePage(db: Db, urlId: number, page: CrawledPageData, pageId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const clash = await tx.crawledPage.findFirst({ where: { OR: [{ canonicalUrl: page.canonicalUrl }, { sourceId: page.sourceId }] }, select: { id: true } });
    if (clash) {
      await tx.crawlUrl.update({ where: { id: urlId }, data: { state: "duplicate", httpStatus: 200, fetchedAt: new Date(), error: null } });
      return false;
    }
    await tx.crawledPage.create({ data: { id: pageId, ...page, rawGzip: Buffer.from(page.rawGzip) } });
    await tx.crawlUrl.update({ where: { id: urlId }, data: { state: "done", httpStatus: 200, fetchedAt: new Date(), error: null } });
    return true;
  });
}
