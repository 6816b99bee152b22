/** Read side: the web address a crawled article was taken from (null for pasted pages). */
import type { Db } from "../db/client";
import { isHttpUrl } from "./url";

export async function articleSourceUrl(db: Db, articleId: string): Promise<string | null> {
  const row = await db.article.findUnique({ where: { id: articleId }, select: { source: { select: { crawled: { select: { canonicalUrl: true } } } } } });
  const url = row?.source.crawled?.canonicalUrl ?? null;
  // Only http(s) is ever linked to readers, whatever the database holds.
  return isHttpUrl(url) ? url : null;
}
