import { describe, expect, it } from "vitest";
import { articleEntries, MAX_URLS_PER_SITEMAP, pageEntries, parseSitemapFile, sitemapFileNames, sitemapIndexXml, urlsetXml } from "./sitemap-entries";
import { siteUrl } from "./site";

describe("sitemap files", () => {
  const base = siteUrl({ SITE_URL: "https://map.example.cn" });
  const d1 = new Date("2024-01-01T00:00:00Z");
  const d2 = new Date("2024-03-01T00:00:00Z");

  it("lists home and counties in one file, articles in files of at most 50,000", () => {
    expect(sitemapFileNames(0)).toEqual(["pages"]);
    expect(sitemapFileNames(11)).toEqual(["pages", "articles-0"]);
    expect(sitemapFileNames(MAX_URLS_PER_SITEMAP)).toEqual(["pages", "articles-0"]);
    expect(sitemapFileNames(100_001)).toEqual(["pages", "articles-0", "articles-1", "articles-2"]);
    expect(parseSitemapFile("articles-2")).toEqual({ kind: "articles", page: 2 });
    expect(parseSitemapFile("pages")).toEqual({ kind: "pages" });
    expect(parseSitemapFile("articles-x")).toBeNull();
    expect(parseSitemapFile("../etc")).toBeNull();
  });

  it("writes absolute URLs: home, counties, then articles", () => {
    const pages = pageEntries({ newest: d2, counties: [{ adcode: "330624", lastModified: d1 }] }, base);
    expect(pages.map((r) => r.url)).toEqual(["https://map.example.cn/", "https://map.example.cn/county/330624"]);
    expect(pages[0]!.lastModified).toEqual(d2);
    const arts = articleEntries([{ id: "003e111294b1", lastModified: d1 }], base);
    expect(arts[0]!.url).toBe("https://map.example.cn/article/003e111294b1");
    const xml = urlsetXml([...pages, ...arts]);
    expect(xml).toContain("<loc>https://map.example.cn/county/330624</loc><lastmod>2024-01-01T00:00:00.000Z</lastmod>");
    expect(xml.match(/<url>/g)).toHaveLength(3);
  });

  it("still lists the home page of an empty database, and escapes XML", () => {
    expect(pageEntries({ newest: null, counties: [] }, base)).toEqual([{ url: "https://map.example.cn/", lastModified: undefined, changeFrequency: "daily", priority: 1 }]);
    const index = sitemapIndexXml([{ url: "https://x.cn/sitemaps/pages.xml?a=1&b=2", lastModified: null }]);
    expect(index).toContain("<sitemapindex");
    expect(index).toContain("<loc>https://x.cn/sitemaps/pages.xml?a=1&amp;b=2</loc>");
  });
});
