import type { Db } from "./client";

export type CountyStoryCount = { countyCode: string; stories: number };

/** Stories per county-level division (articles whose primary place has a county). */
export async function countStoriesByCounty(db: Db): Promise<CountyStoryCount[]> {
  const rows = await db.article.groupBy({
    by: ["countyCode"],
    where: { countyCode: { not: null } },
    _count: { _all: true },
  });
  return rows
    .filter((r): r is typeof r & { countyCode: string } => r.countyCode !== null)
    .map((r) => ({ countyCode: r.countyCode, stories: r._count._all }));
}
