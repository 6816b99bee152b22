/**
 * What data is loaded, said plainly: how many pages, from which sources and dates, how many
 * stories and counties they cover, and how many stories have no date or no place. The first-visit
 * line on the map and the /about page read it; it is cached per data version (one ingest changes it).
 */
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { num, query, sql } from "./sql";

export type InventorySource = {
  name: string;
  /** YYYY-MM-DD as the page or the ingester gave it; null when nobody said. */
  publishedOn: string | null;
  fileName: string | null;
  stories: number;
  counties: number;
};

export type DataInventory = {
  pages: number;
  stories: number;
  /** Stories placed in a Zhejiang county. */
  located: number;
  counties: number;
  metrics: number;
  /** Stories with a date, and the first and last of those dates. */
  dated: number;
  firstDate: string | null;
  lastDate: string | null;
  /** The newest pages (undated ones last), at most SOURCES_LISTED. */
  sources: InventorySource[];
};

export const SOURCES_LISTED = 20;

export async function getInventory(db: Db): Promise<DataInventory> {
  return cachedRead(db, "inventory", async () => {
    const [totals, pages, metrics, sources] = await Promise.all([
      query<{ stories: unknown; located: unknown; counties: unknown; dated: unknown; first: string | null; last: string | null }>(
        db,
        sql`SELECT COUNT(*) AS stories, COUNT(a."countyCode") AS located, COUNT(DISTINCT a."countyCode") AS counties,
                   COUNT(a."publishedOn") AS dated, MIN(a."publishedOn") AS first, MAX(a."publishedOn") AS last
            FROM "Article" a`,
      ),
      query<{ n: unknown }>(db, sql`SELECT COUNT(*) AS n FROM "Source"`),
      query<{ n: unknown }>(db, sql`SELECT COUNT(*) AS n FROM "Metric"`),
      query<{ name: string; publishedOn: string | null; fileName: string | null; stories: unknown; counties: unknown }>(
        db,
        // The newest pages first, then the counts of just those (not of every page, then sorted).
        sql`SELECT s."name" AS name, s."publishedOn" AS "publishedOn", s."fileName" AS "fileName",
                   COUNT(a."id") AS stories, COUNT(DISTINCT a."countyCode") AS counties
            FROM (SELECT "id", "name", "publishedOn", "fileName" FROM "Source" ORDER BY COALESCE("publishedOn", '') DESC, "name" ASC LIMIT ${SOURCES_LISTED}) s
            LEFT JOIN "Article" a ON a."sourceId" = s."id"
            GROUP BY s."id", s."name", s."publishedOn", s."fileName"
            ORDER BY COALESCE(s."publishedOn", '') DESC, s."name" ASC`,
      ),
    ]);
    const t = totals[0]!;
    return {
      pages: num(pages[0]?.n),
      stories: num(t.stories),
      located: num(t.located),
      counties: num(t.counties),
      metrics: num(metrics[0]?.n),
      dated: num(t.dated),
      firstDate: t.first ?? null,
      lastDate: t.last ?? null,
      sources: sources.map((s) => ({ name: s.name, publishedOn: s.publishedOn ?? null, fileName: s.fileName ?? null, stories: num(s.stories), counties: num(s.counties) })),
    };
  });
}

/** The few numbers the map's first-visit line needs. */
export type InventorySummary = Pick<DataInventory, "pages" | "stories" | "counties">;

export function inventorySummary(inv: DataInventory): InventorySummary {
  return { pages: inv.pages, stories: inv.stories, counties: inv.counties };
}
