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

  it("writes absolute URLs: home, the fixed pages, counties and their feeds, then articles", () => {
    const pages = pageEntries({ newest: d2, counties: [{ adcode: "330624", lastModified: d1 }] }, base);
    expect(pages.map((r) => r.url)).toEqual([
      "https://map.example.cn/",
      "https://map.example.cn/data",
      "https://map.example.cn/api-docs",
      "https://map.example.cn/about",
      "https://map.example.cn/county/330624",
      "https://map.example.cn/feeds/county/330624.xml",
      "https://map.example.cn/feeds/city/330600.xml",
    ]);
    expect(pages[0]!.lastModified).toEqual(d2);
    const arts = articleEntries([{ id: "003e111294b1", lastModified: d1 }], base);
    expect(arts[0]!.url).toBe("https://map.example.cn/article/003e111294b1");
    const xml = urlsetXml([...pages, ...arts]);
    expect(xml).toContain("<loc>https://map.example.cn/county/330624</loc><lastmod>2024-01-01T00:00:00.000Z</lastmod>");
    expect(xml.match(/<url>/g)).toHaveLength(pages.length + 1);
  });

  it("lists each city's feed once, dated by its newest county, and one feed per theme", () => {
    const counties = [
      { adcode: "330108", lastModified: d1 },
      { adcode: "330102", lastModified: d2 },
      { adcode: "330624", lastModified: d1 },
    ];
    const pages = pageEntries({ newest: d2, counties }, base, ["integrity", "business"]);
    const feeds = pages.filter((p) => p.url.includes("/feeds/"));
    expect(feeds.map((p) => new URL(p.url).pathname)).toEqual([
      "/feeds/county/330108.xml",
      "/feeds/county/330102.xml",
      "/feeds/county/330624.xml",
      "/feeds/city/330100.xml",
      "/feeds/city/330600.xml",
      "/feeds/theme/integrity.xml",
      "/feeds/theme/business.xml",
    ]);
    expect(feeds.find((p) => p.url.endsWith("/feeds/city/330100.xml"))!.lastModified).toEqual(d2);
    // The pages file stays small whatever the data: 90 counties at most.
    expect(pages.length).toBeLessThan(MAX_URLS_PER_SITEMAP);
  });

  it("still lists the home page of an empty database, and escapes XML", () => {
    expect(pageEntries({ newest: null, counties: [] }, base)[0]).toEqual({ url: "https://map.example.cn/", lastModified: undefined, changeFrequency: "daily", priority: 1 });
    expect(pageEntries({ newest: null, counties: [] }, base).map((p) => new URL(p.url).pathname)).toEqual(["/", "/data", "/api-docs", "/about"]);
    const index = sitemapIndexXml([{ url: "https://x.cn/sitemaps/pages.xml?a=1&b=2", lastModified: null }]);
    expect(index).toContain("<sitemapindex");
    expect(index).toContain("<loc>https://x.cn/sitemaps/pages.xml?a=1&amp;b=2</loc>");
  });
});
