import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/client";
import { TEST_BACKENDS } from "../db/test-backends";
import { loadApiTestData } from "../api/test-data";
import { QueryError } from "../search/query";
import { atomXml, xmlEscape } from "./atom";
import { parseAtom } from "./atom-check";
import { entryId, feedResponse, feedSpec, feedXml, searchFeedSpec } from "./feeds";

describe("Atom writing", () => {
  it("escapes text and drops characters XML forbids, so any article text gives a valid feed", () => {
    expect(xmlEscape(`a<b>&"c'\u0001\uFFFE`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
    const xml = atomXml({
      id: "tag:x,2026:f",
      title: "<script>alert(1)</script> & 标题",
      selfUrl: "http://h/feeds/x.xml?q=a&b=c",
      alternateUrl: "http://h/",
      updated: "2023-01-01T00:00:00+08:00",
      author: "作者",
      entries: [{ id: "tag:x,2026:e", title: "]]> \u0000 标题", url: "http://h/a?x=1&y=2", updated: "2023-01-01T00:00:00Z", summary: "<b>不是标记</b>", authors: [], categories: [] }],
    });
    const feed = parseAtom(xml);
    expect(feed.title).toBe("<script>alert(1)</script> & 标题");
    expect(feed.entries[0]!.summary).toBe("<b>不是标记</b>");
    expect(feed.entries[0]!.link).toBe("http://h/a?x=1&y=2");
    expect(() => parseAtom("<feed>")).toThrow();
  });
});

describe.each(TEST_BACKENDS.filter((b) => !b.skip))("feeds from the database on $name", ({ open }) => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await open());
    await loadApiTestData(db);
  }, 120_000);
  afterAll(() => cleanup?.());

  it("lists a county's stories newest first (undated last) with stable entry ids", async () => {
    const spec = (await feedSpec(db, "county", "330102.xml"))!;
    const feed = parseAtom(await feedXml(db, spec));
    expect(feed.title).toContain("上城区");
    expect(feed.selfHref).toMatch(/\/feeds\/county\/330102\.xml$/);
    expect(feed.entries.map((e) => e.title).slice(0, 3)).toEqual(["四月", "三月", "一月甲"]);
    const published = feed.entries.map((e) => e.published ?? null);
    expect(published.slice(0, 3)).toEqual(["2023-04-01T00:00:00+08:00", "2023-03-31T00:00:00+08:00", "2023-01-05T00:00:00+08:00"]);
    expect(published.slice(3).every((p) => p === null)).toBe(true);
    expect(feed.entries).toHaveLength(7);
    expect(feed.entries.every((e) => e.categories.includes("330102"))).toBe(true);
    const again = parseAtom(await feedXml(db, spec));
    expect(again.entries.map((e) => e.id)).toEqual(feed.entries.map((e) => e.id));
    expect(feed.entries[0]!.id).toBe(entryId(feed.entries[0]!.link.split("/").pop()!));
    // The feed changed when its newest entry did (an undated story counts from when it was stored).
    expect(Date.parse(feed.updated)).toBe(Math.max(...feed.entries.map((e) => Date.parse(e.updated))));
  });

  it("has city, theme and search feeds, and refuses what does not exist", async () => {
    const city = parseAtom(await feedXml(db, (await feedSpec(db, "city", "330100.xml"))!));
    expect(city.entries.length).toBeGreaterThanOrEqual(9);
    const theme = parseAtom(await feedXml(db, (await feedSpec(db, "theme", "business.xml"))!));
    expect(theme.entries.map((e) => e.title)).toContain("三月");
    const search = parseAtom(await feedXml(db, searchFeedSpec("亚运")!));
    expect(search.entries.length).toBeGreaterThanOrEqual(3);
    expect(search.selfHref).toContain(`q=${encodeURIComponent("亚运")}`);
    expect(await feedSpec(db, "county", "339999.xml")).toBeNull();
    expect(await feedSpec(db, "county", "330102")).toBeNull();
    expect(await feedSpec(db, "city", "330102.xml")).toBeNull();
    expect(await feedSpec(db, "theme", "nope.xml")).toBeNull();
    expect(searchFeedSpec("")).toBeNull();
    expect(() => searchFeedSpec("\u0000")).toThrow(QueryError);
    expect((await feedResponse(db, null)).status).toBe(404);
  });
});
