import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { crawlSourceId, expandUrlTemplate, parseSources, SourcesFileError } from "./sources";

describe("the sources file", () => {
  it("accepts an array or {sources: [...]}, with every field", () => {
    const one = { name: "丽水日报", url: "https://example.org/paper/index.htm", kind: "links", match: "content_\\d+", follow: "node_\\d+", county: "331100", encoding: "GBK", every: 30 };
    expect(parseSources(JSON.stringify([one]))).toEqual([{ ...one, encoding: "gbk" }]);
    expect(parseSources(JSON.stringify({ sources: [one] }))).toHaveLength(1);
  });

  it("names each problem by source and field", () => {
    const bad = [
      { name: "ok", url: "https://a.example/feed", kind: "feed" },
      { name: "", url: "ftp://x", kind: "rss", county: "110000", every: 0 },
      { name: "list", url: "https://b.example/", kind: "links", match: "([" },
      { name: "list2", url: "https://c.example/", kind: "links" },
      { name: "x", url: "https://d.example/", kind: "feed", extra: 1 },
    ];
    let message = "";
    try {
      parseSources(JSON.stringify(bad), "my.json");
    } catch (e) {
      expect(e).toBeInstanceOf(SourcesFileError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/^my\.json is invalid:/);
    for (const part of [
      "source 2 (name): name must not be empty",
      "source 2 (url)",
      'source 2 (kind): kind must be "feed", "sitemap" or "links"',
      "source 2 (county): county must be the adcode of a Zhejiang county or city",
      "source 2 (every): every must be at least 1 minute",
      "source 3 (match): match is not a valid regular expression",
      'source 4 (match): a "links" source needs match',
      "source 5",
    ])
      expect(message).toContain(part);
  });

  it("refuses invalid JSON, a non-list and the same source twice", () => {
    expect(() => parseSources("{ nope")).toThrow(/not valid JSON/);
    expect(() => parseSources('{"feeds": []}')).toThrow(/must be a JSON array of sources/);
    const s = { name: "a", url: "https://a.example/feed", kind: "feed" };
    expect(() => parseSources(JSON.stringify([s, { ...s, name: "b" }]))).toThrow(/source 2: same kind and url as source 1/);
  });

  it("fills e-paper date placeholders with today's date in China", () => {
    // 2024-03-01 20:00 UTC is already 2 March in Zhejiang.
    expect(expandUrlTemplate("https://x.example/html/{YYYY}-{MM}/{DD}/node_1.htm", new Date("2024-03-01T20:00:00Z"))).toBe("https://x.example/html/2024-03/02/node_1.htm");
    expect(expandUrlTemplate("https://x.example/{YYYY}{MM}{DD}.html", new Date("2024-12-31T03:00:00Z"))).toBe("https://x.example/20241231.html");
  });

  it("gives a source the same id whatever its name", () => {
    expect(crawlSourceId({ kind: "feed", url: "https://a.example/feed" })).toBe(crawlSourceId({ kind: "feed", url: "https://a.example/feed" }));
    expect(crawlSourceId({ kind: "feed", url: "https://a.example/feed" })).not.toBe(crawlSourceId({ kind: "sitemap", url: "https://a.example/feed" }));
  });

  it("sources.example.json is valid", () => {
    const sources = parseSources(fs.readFileSync("sources.example.json", "utf8"));
    expect(sources.length).toBeGreaterThan(5);
  });
});
