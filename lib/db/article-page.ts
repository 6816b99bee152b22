/** What the readable article page (/article/[id]) and its share image need. */
import type { ArticleDetail } from "../view-models";
import type { Db } from "./client";
import { getArticleDetail } from "./read-models";

export type PlaceRef = { code: string; name: string };

export type ArticlePage = {
  article: ArticleDetail;
  city: PlaceRef | null;
  county: PlaceRef | null;
  township: PlaceRef | null;
};

export async function getArticlePage(db: Db, id: string): Promise<ArticlePage | null> {
  const article = await getArticleDetail(db, id);
  if (!article) return null;
  const codes = [article.cityCode, article.countyCode, article.townshipCode].filter((c): c is string => !!c);
  const places = codes.length ? await db.place.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } }) : [];
  const ref = (code: string | null): PlaceRef | null => places.find((p) => p.code === code) ?? null;
  return { article, city: ref(article.cityCode), county: ref(article.countyCode), township: ref(article.townshipCode) };
}
