/**
 * The sitemap as an index of files of at most 50,000 URLs each (the sitemaps.org limit): one file
 * for the map, the fixed pages (数据, API documentation, about), the county pages and the Atom feeds
 * (a few hundred URLs at most: there are 90 counties), then the articles in id order, 50,000 per file.
 */
import { cityFeedPath, countyFeedPath, themeFeedPath } from "../feeds/paths";
import { articlePath, countyPath } from "./links";
import { absoluteUrl } from "./site";

export const MAX_URLS_PER_SITEMAP = 50_000;

export type SitemapEntry = {
  url: string;
  lastModified?: Date;
  changeFrequency: "daily" | "weekly" | "monthly";
  priority: number;
};

/** The index's files: "pages" (map and counties) and "articles-N" for N = 0, 1, … */
export function sitemapFileNames(articleCount: number): string[] {
  const files = Math.ceil(articleCount / MAX_URLS_PER_SITEMAP);
  return ["pages", ...Array.from({ length: files }, (_, i) => `articles-${i}`)];
}

/** Which file a name is: null when it is not one of ours. */
export function parseSitemapFile(name: string): { kind: "pages" } | { kind: "articles"; page: number } | null {
  if (name === "pages") return { kind: "pages" };
  const m = /^articles-(\d{1,6})$/.exec(name);
  return m ? { kind: "articles", page: Number(m[1]) } : null;
}

export function sitemapFilePath(name: string): string {
  return `/sitemaps/${name}.xml`;
}

/** Pages that exist whatever the data: the downloads, the API documentation, what the map is. */
export const FIXED_PAGES = ["/data", "/api-docs", "/about"];

/**
 * The "pages" file: the map, the fixed pages, every county with a story and its Atom feed, the feeds
 * of the cities those counties are in, and one feed per theme (so a reader or crawler finds them).
 */
export function pageEntries(index: { newest: Date | null; counties: { adcode: string; lastModified: Date }[] }, base: URL, themes: readonly string[] = []): SitemapEntry[] {
  const newest = index.newest ?? undefined;
  const cities = new Map<string, Date>();
  for (const c of index.counties) {
    const city = `${c.adcode.slice(0, 4)}00`;
    const seen = cities.get(city);
    if (!seen || seen < c.lastModified) cities.set(city, c.lastModified);
  }
  return [
    { url: absoluteUrl("/", base), lastModified: newest, changeFrequency: "daily", priority: 1 },
    ...FIXED_PAGES.map((p): SitemapEntry => ({ url: absoluteUrl(p, base), lastModified: p === "/data" ? newest : undefined, changeFrequency: p === "/data" ? "daily" : "monthly", priority: 0.6 })),
    ...index.counties.map((c): SitemapEntry => ({ url: absoluteUrl(countyPath(c.adcode), base), lastModified: c.lastModified, changeFrequency: "weekly", priority: 0.7 })),
    ...index.counties.map((c): SitemapEntry => ({ url: absoluteUrl(countyFeedPath(c.adcode), base), lastModified: c.lastModified, changeFrequency: "daily", priority: 0.4 })),
    ...[...cities].sort().map(([code, t]): SitemapEntry => ({ url: absoluteUrl(cityFeedPath(code), base), lastModified: t, changeFrequency: "daily", priority: 0.4 })),
    ...themes.map((t): SitemapEntry => ({ url: absoluteUrl(themeFeedPath(t), base), lastModified: newest, changeFrequency: "daily", priority: 0.4 })),
  ];
}

export function articleEntries(articles: { id: string; lastModified: Date }[], base: URL): SitemapEntry[] {
  // an article's text never changes under its id (the id hashes its page and title)
  return articles.map((a) => ({ url: absoluteUrl(articlePath(a.id), base), lastModified: a.lastModified, changeFrequency: "monthly", priority: 0.5 }));
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

export function urlsetXml(entries: SitemapEntry[]): string {
  const rows = entries.map(
    (e) =>
      `<url><loc>${xmlEscape(e.url)}</loc>${e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : ""}<changefreq>${e.changeFrequency}</changefreq><priority>${e.priority}</priority></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join("\n")}\n</urlset>\n`;
}

export function sitemapIndexXml(files: { url: string; lastModified: Date | null }[]): string {
  const rows = files.map((f) => `<sitemap><loc>${xmlEscape(f.url)}</loc>${f.lastModified ? `<lastmod>${f.lastModified.toISOString()}</lastmod>` : ""}</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join("\n")}\n</sitemapindex>\n`;
}
