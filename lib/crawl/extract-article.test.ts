import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { articleHtml, FEED_STORIES } from "./testing/sites";

describe("taking an article out of its page", () => {
  const story = FEED_STORIES["1002"]!;
  const page = extractArticle(articleHtml("湖州新闻网", story, { canonical: "/news/1002.html?from=rss" }), "https://n.example/copy/1002.html", { siteNames: ["湖州新闻网"] });

  it("title without the site name, byline and date from the meta line, canonical URL", () => {
    expect(page.title).toBe(story.title);
    expect(page.byline).toBe("沈晓岚");
    expect(page.date).toBe("2024-03-02");
    expect(page.canonicalUrl).toBe("https://n.example/news/1002.html");
  });

  it("keeps the paragraphs and drops furniture", () => {
    expect(page.body).toContain("620余名老年人");
    expect(page.body.split("\n\n").length).toBeGreaterThanOrEqual(2);
    for (const junk of ["首页", "分享到", "相关新闻", "版权所有", "浙ICP备"]) expect(page.text).not.toContain(junk);
    expect(page.text.startsWith(`## ${story.title}\n\n`)).toBe(true);
  });

  it("dates from article:published_time or JSON-LD when the page has no 发布时间 line", () => {
    const html = (head: string) => `<html><head>${head}<title>x</title></head><body><article><h1>某县新建公园</h1><p>${"某县新建城市公园一座，占地面积120亩。".repeat(5)}</p></article></body></html>`;
    expect(extractArticle(html('<meta property="article:published_time" content="2024-03-01T23:30:00Z">'), "https://a.example/x").date).toBe("2024-03-02");
    expect(extractArticle(html('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-12-05"}</script>'), "https://a.example/x").date).toBe("2023-12-05");
    expect(extractArticle(html(""), "https://a.example/x").date).toBeNull();
  });

  it("never returns markup, even from script-laden or broken pages", () => {
    const p = extractArticle(`<body><h1>标题<script>alert(1)</script></h1><p>正文<img src=x onerror=alert(1)>第一段。${"内容。".repeat(40)}<p>第二段<`, "https://a.example/x");
    expect(p.text).not.toMatch(/<script|onerror|<img/);
    expect(p.body).toContain("第一段");
  });
});
