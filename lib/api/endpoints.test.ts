import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOWNLOADS, ENDPOINTS, exampleUrl, FEEDS } from "./endpoints";
import { EXPORT_FILES } from "../export/files";

/** Route files under a folder as URL patterns: [id] -> {id}; catch-alls are not endpoints. */
function routes(dir: string, base: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (e.name.startsWith("[...")) continue;
      out.push(...routes(path.join(dir, e.name), `${base}/${e.name.replace(/^\[(.+)\]$/, "{$1}")}`));
    } else if (e.name === "route.ts") out.push(base);
  }
  return out;
}

describe("the endpoint list the docs page shows", () => {
  it("documents every JSON route under /api/v1, and every download file", () => {
    const documented = new Set(ENDPOINTS.map((e) => e.path));
    for (const r of routes("app/api/v1", "/api/v1").filter((r) => !r.startsWith("/api/v1/export"))) expect(documented, r).toContain(r);
    expect(DOWNLOADS.map((d) => d.path.split("/").pop()).sort()).toEqual([...EXPORT_FILES].sort());
  });

  it("documents the feed routes", () => {
    const feeds = routes("app/feeds", "/feeds").map((r) => r.replace(/\{[a-z]+\}$/, "{x}"));
    expect(feeds.sort()).toEqual(["/feeds/city/{x}", "/feeds/county/{x}", "/feeds/search.xml", "/feeds/theme/{x}"]);
    expect(FEEDS).toHaveLength(4);
  });

  it("gives every endpoint a runnable example of its own path", () => {
    for (const e of [...ENDPOINTS, ...DOWNLOADS, ...FEEDS]) {
      const url = exampleUrl(e.example, { article: "0123456789ab", county: "330102" });
      expect(url).not.toMatch(/[{}]/);
      const pattern = new RegExp(`^${e.path.replace(/\{[a-z]+\}/g, "[^/?]+").replace(/\./g, "\\.")}(\\?|$)`);
      expect(url, e.path).toMatch(pattern);
    }
  });
});
