/** What the sitemap lists, read in bounded pieces: a summary for the index, then one file at a time. */
import { MAX_URLS_PER_SITEMAP } from "../share/sitemap-entries";
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { query, sql } from "./sql";

/** Prisma raw queries give SQLite DateTime columns as numbers or text, PostgreSQL's as Date. */
export function toDate(v: unknown): Date {
  if (v instanceof Date) return v;
  if (typeof v === "number" || typeof v === "bigint") return new Date(Number(v));
  return new Date(String(v));
}

export type ShareSummary = {
  articleCount: number;
  newest: Date | null;
  /** Only counties with at least one story: empty county pages are not worth a crawler's visit. */
  counties: { adcode: string; lastModified: Date }[];
};

export async function getShareSummary(db: Db): Promise<ShareSummary> {
  return cachedRead(db, "share-summary", async () => {
    const [count, newest, counties] = await Promise.all([
      db.article.count(),
      db.source.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
      query<{ county: string; t: unknown }>(
        db,
        // Sources first (CROSS JOIN fixes SQLite's join order): their articles are read in storage
        // order, not one random row per article through the county index (4× faster at 100,000).
        sql`SELECT a."countyCode" AS county, MAX(s."createdAt") AS t FROM "Source" s CROSS JOIN "Article" a WHERE a."sourceId" = s."id" AND a."countyCode" IS NOT NULL GROUP BY a."countyCode" ORDER BY a."countyCode"`,
      ),
    ]);
    return { articleCount: count, newest: newest?.createdAt ?? null, counties: counties.map((c) => ({ adcode: c.county, lastModified: toDate(c.t) })) };
  });
}

/** One sitemap file's articles, in id order. */
export async function getArticleSitemapPage(db: Db, page: number): Promise<{ id: string; lastModified: Date }[]> {
  const rows = await query<{ id: string; t: unknown }>(
    db,
    sql`SELECT a."id" AS id, s."createdAt" AS t FROM "Article" a JOIN "Source" s ON s."id" = a."sourceId" ORDER BY a."id" LIMIT ${MAX_URLS_PER_SITEMAP} OFFSET ${page * MAX_URLS_PER_SITEMAP}`,
  );
  return rows.map((r) => ({ id: r.id, lastModified: toDate(r.t) }));
}

