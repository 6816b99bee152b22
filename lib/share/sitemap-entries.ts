/** The sitemap's rows: the map itself, counties that have stories, and every article. */
import { articlePath, countyPath } from "./links";
import { absoluteUrl } from "./site";

export type SitemapEntry = {
  url: string;
  lastModified?: Date;
  changeFrequency: "daily" | "weekly" | "monthly";
  priority: number;
};

type Index = {
  articles: { id: string; lastModified: Date }[];
  counties: { adcode: string; lastModified: Date }[];
};

export function sitemapEntries(index: Index, base: URL): SitemapEntry[] {
  const newest = index.articles.map((a) => a.lastModified).sort((a, b) => b.getTime() - a.getTime())[0];
  return [
    { url: absoluteUrl("/", base), lastModified: newest, changeFrequency: "daily", priority: 1 },
    ...index.counties.map((c): SitemapEntry => ({
      url: absoluteUrl(countyPath(c.adcode), base),
      lastModified: c.lastModified,
      changeFrequency: "weekly",
      priority: 0.7,
    })),
    // an article's text never changes under its id (the id hashes its page and title)
    ...index.articles.map((a): SitemapEntry => ({
      url: absoluteUrl(articlePath(a.id), base),
      lastModified: a.lastModified,
      changeFrequency: "monthly",
      priority: 0.5,
    })),
  ];
}
