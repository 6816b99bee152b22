// The crawl command's contract for bad input: a clear message and exit 2, before anything is fetched
// or any database is touched. (Crawling itself: lib/crawl/*.test.ts.)
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScript, tmpFile } from "./cli-test-helpers";

describe("npm run crawl", () => {
  it("exits 2 with the problems of an invalid sources file, writing no database", () => {
    const file = tmpFile("sources.json", JSON.stringify([{ name: "某县新闻网", url: "not a url", kind: "rss" }]));
    const dbFile = path.join(path.dirname(file), "never.sqlite");
    const r = runScript("crawl.ts", ["--sources", file, "--once"], { DATABASE_URL: `file:${dbFile}` });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is invalid:");
    expect(r.stderr).toContain("source 1 (url)");
    expect(r.stderr).toContain('source 1 (kind): kind must be "feed", "sitemap" or "links"');
    expect(fs.existsSync(dbFile)).toBe(false);
  });

  it("exits 2 for a missing file, bad JSON, or no mode", () => {
    expect(runScript("crawl.ts", ["--sources", "/nonexistent/sources.json", "--once"])).toMatchObject({ code: 2, stderr: expect.stringContaining("no such file") });
    expect(runScript("crawl.ts", ["--sources", tmpFile("s.json", "[{"), "--once"])).toMatchObject({ code: 2, stderr: expect.stringContaining("not valid JSON") });
    expect(runScript("crawl.ts", ["--sources", tmpFile("s.json", "[]")])).toMatchObject({ code: 2, stderr: expect.stringContaining("usage: npm run crawl") });
    expect(runScript("crawl.ts", ["--sources", tmpFile("s.json", "[]"), "--once", "--watch"]).code).toBe(2);
    expect(runScript("crawl.ts", ["--once", "--bogus"])).toMatchObject({ code: 2, stderr: expect.stringContaining("usage") });
  });

  it("exits 2 when a crawl setting is not a number", () => {
    const r = runScript("crawl.ts", ["--sources", tmpFile("s.json", "[]"), "--once"], { ZJ_CRAWL_DELAY_MS: "soon" });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining("ZJ_CRAWL_DELAY_MS must be a number") });
  });
});
