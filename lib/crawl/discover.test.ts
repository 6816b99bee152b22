import { describe, expect, it } from "vitest";
import { discoverFeed, discoverLinks, discoverSitemap, DiscoverError, isoDay } from "./discover";

const base = "https://news.example.cn/feed.xml";

describe("feeds", () => {
  it("RSS 2.0: links with their dates (in China time), relative links resolved", () => {
    const d = discoverFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>a</title><link>https://news.example.cn/a.html?utm_source=rss</link><pubDate>Fri, 01 Mar 2024 17:30:00 GMT</pubDate></item>
      <item><title>b</title><link>/b.html</link></item>
      <item><title>c</title><guid isPermaLink="true">https://news.example.cn/c.html</guid></item></channel></rss>`,
      base,
    );
    expect(d.format).toBe("RSS 2.0");
    expect(d.articles).toEqual([
      { url: "https://news.example.cn/a.html", date: "2024-03-02" },
      { url: "https://news.example.cn/b.html", date: null },
      { url: "https://news.example.cn/c.html", date: null },
    ]);
  });

  it("Atom: the alternate link of each entry", () => {
    const d = discoverFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="self" href="/self"/><link rel="alternate" type="text/html" href="/x.html"/><published>2024-03-02T08:00:00+08:00</published></entry></feed>`,
      base,
    );
    expect(d).toMatchObject({ format: "Atom", articles: [{ url: "https://news.example.cn/x.html", date: "2024-03-02" }] });
  });

  it("RSS 1.0 (RDF)", () => {
    const d = discoverFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="https://n.example/1"><link>https://n.example/1</link></item></rdf:RDF>`, base);
    expect(d).toMatchObject({ format: "RSS 1.0", articles: [{ url: "https://n.example/1" }] });
  });

  it("says clearly when a feed is not one", () => {
    expect(() => discoverFeed("<html><body>hi</body></html>", base)).toThrow(DiscoverError);
    // A truncated feed gives what it has rather than nothing: real feeds are often sloppy.
    expect(discoverFeed("<rss><channel><item><link>https://n.example/1</link></item><item>", base).articles).toEqual([{ url: "https://n.example/1", date: null }]);
  });
});

describe("sitemaps", () => {
  it("reads a sitemap index and a urlset (news:publication_date before lastmod)", () => {
    expect(discoverSitemap(`<sitemapindex><sitemap><loc>https://s.example/1.xml</loc></sitemap><sitemap><loc>/2.xml</loc></sitemap></sitemapindex>`, "https://s.example/sitemap.xml").sitemaps).toEqual([
      "https://s.example/1.xml",
      "https://s.example/2.xml",
    ]);
    const d = discoverSitemap(
      `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://s.example/a</loc><lastmod>2024-01-01</lastmod><news:news><news:publication_date>2024-03-02</news:publication_date></news:news></url><url><loc>https://s.example/b</loc><lastmod>2024-02-29</lastmod></url></urlset>`,
      "https://s.example/sitemap.xml",
    );
    expect(d.articles).toEqual([
      { url: "https://s.example/a", date: "2024-03-02" },
      { url: "https://s.example/b", date: "2024-02-29" },
    ]);
  });
});

describe("list pages", () => {
  it("articles match `match`, 版面 pages match `follow`; each address once, in page order", () => {
    const html = `<base href="https://p.example/html/2024-03/02/"><a href="node_1.htm">第01版</a><a href="content_1.htm">一</a>
      <a href="content_2.htm#x">二</a><a href="content_1.htm?from=rss">一again</a><a href="javascript:void(0)">js</a><a href="/about.html">关于</a>`;
    const d = discoverLinks(html, "https://p.example/index.htm", "content_\\d+\\.htm$", "node_\\d+\\.htm$");
    expect(d.articles.map((a) => a.url)).toEqual(["https://p.example/html/2024-03/02/content_1.htm", "https://p.example/html/2024-03/02/content_2.htm"]);
    expect(d.listings).toEqual(["https://p.example/html/2024-03/02/node_1.htm"]);
  });

  it("reads the links Zhejiang's government CMS keeps in a <script type=text/xml> datastore", () => {
    const html = `<div id="list"></div><script type="text/xml"><datastore><recordset>
      <record><![CDATA[<li><a href="/art/2024/3/2/art_1229_1.html" target="_blank">一</a></li>]]></record>
      <record><![CDATA[<li><a href="/art/2024/3/1/art_1229_2.html">二</a></li>]]></record></recordset></datastore></script>`;
    const d = discoverLinks(html, "https://www.county.example/col/col1229/index.html", "/art/\\d{4}/\\d+/\\d+/art_\\d+_\\d+\\.html$");
    expect(d.articles.map((a) => a.url)).toEqual(["https://www.county.example/art/2024/3/2/art_1229_1.html", "https://www.county.example/art/2024/3/1/art_1229_2.html"]);
  });
});

it("isoDay keeps plain dates and refuses impossible ones", () => {
  expect(isoDay("2024-02-30")).toBeNull();
  expect(isoDay("2024-02-29")).toBe("2024-02-29");
  expect(isoDay("garbage")).toBeNull();
});
