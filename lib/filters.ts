import type { ViewState } from "./url-state";
import type { ArticleSummary } from "./view-models";

export type ArticleFilter = Pick<ViewState, "city" | "tag" | "from" | "to">;

/**
 * Articles that pass the city, theme and date filters and, when a search is active, the search
 * (matchIds from the server; null means no search). Articles without a date are kept unless a date
 * range is set.
 */
export function filterArticles(articles: ArticleSummary[], f: ArticleFilter, matchIds: ReadonlySet<string> | null): ArticleSummary[] {
  return articles.filter((a) => {
    if (matchIds && !matchIds.has(a.id)) return false;
    if (f.city && a.cityCode !== f.city) return false;
    if (f.tag && !a.tags.includes(f.tag)) return false;
    if (f.from && (!a.publishedOn || a.publishedOn < f.from)) return false;
    if (f.to && (!a.publishedOn || a.publishedOn > f.to)) return false;
    return true;
  });
}

export function hasActiveFilters(s: ViewState): boolean {
  return Boolean(s.q || s.city || s.tag || s.from || s.to);
}
