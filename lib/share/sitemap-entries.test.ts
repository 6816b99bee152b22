import { describe, expect, it } from "vitest";
import { sitemapEntries } from "./sitemap-entries";
import { siteUrl } from "./site";

describe("sitemapEntries", () => {
  const base = siteUrl({ SITE_URL: "https://map.example.cn" });
  const d1 = new Date("2024-01-01T00:00:00Z");
  const d2 = new Date("2024-03-01T00:00:00Z");

  it("lists home, then counties, then articles, as absolute URLs", () => {
    const rows = sitemapEntries(
      { articles: [{ id: "003e111294b1", lastModified: d1 }, { id: "6a3dd2523980", lastModified: d2 }], counties: [{ adcode: "330624", lastModified: d1 }] },
      base,
    );
    expect(rows.map((r) => r.url)).toEqual([
      "https://map.example.cn/",
      "https://map.example.cn/county/330624",
      "https://map.example.cn/article/003e111294b1",
      "https://map.example.cn/article/6a3dd2523980",
    ]);
    expect(rows[0]!.lastModified).toEqual(d2);
  });

  it("still lists the home page of an empty database", () => {
    expect(sitemapEntries({ articles: [], counties: [] }, base)).toEqual([
      { url: "https://map.example.cn/", lastModified: undefined, changeFrequency: "daily", priority: 1 },
    ]);
  });
});
