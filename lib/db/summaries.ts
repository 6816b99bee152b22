/** Article summaries (cards) for a page of ids: one include and one mapper for every story list. */
import type { ArticleSummary } from "../view-models";
import type { Db } from "./client";
import { toArticleSummary, type ArticleRow } from "./mappers";

export const summaryInclude = {
  source: { select: { name: true, publishedOn: true } },
  metrics: { orderBy: { position: "asc" as const } },
};

/** Names of just the given places, not the whole gazetteer. */
export async function placeNames(db: Db, codes: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes.filter((c): c is string => !!c))];
  if (wanted.length === 0) return new Map();
  const rows = await db.place.findMany({ where: { code: { in: wanted } }, select: { code: true, name: true } });
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Summaries of the given articles, in the order of `ids` (missing ids are skipped). */
export async function summariesOf(db: Db, ids: string[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.article.findMany({ where: { id: { in: ids } }, include: summaryInclude });
  const names = await placeNames(db, rows.flatMap((r) => [r.cityCode, r.countyCode, r.townshipCode]));
  const byId = new Map(rows.map((r) => [r.id, toArticleSummary(r as ArticleRow, names)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
