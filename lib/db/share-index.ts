/** Every readable page worth listing in the sitemap, with when its content last changed. */
import type { Db } from "./client";

export type ShareIndex = {
  articles: { id: string; lastModified: Date }[];
  /** Only counties with at least one story: empty county pages are not worth a crawler's visit. */
  counties: { adcode: string; lastModified: Date }[];
};

export async function getShareIndex(db: Db): Promise<ShareIndex> {
  const rows = await db.article.findMany({
    select: { id: true, countyCode: true, source: { select: { createdAt: true } } },
    orderBy: { id: "asc" },
  });
  const counties = new Map<string, Date>();
  for (const r of rows) {
    if (!r.countyCode) continue;
    const seen = counties.get(r.countyCode);
    if (!seen || seen < r.source.createdAt) counties.set(r.countyCode, r.source.createdAt);
  }
  return {
    articles: rows.map((r) => ({ id: r.id, lastModified: r.source.createdAt })),
    counties: [...counties].sort(([a], [b]) => a.localeCompare(b)).map(([adcode, lastModified]) => ({ adcode, lastModified })),
  };
}
