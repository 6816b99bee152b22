import { describe, expect, it } from "vitest";
import { checkMethod } from "./methods";
import { routeOf } from "./routes";

const h = (init: Record<string, string> = {}) => new Headers(init);

describe("checkMethod", () => {
  it("lets pages and files answer GET, HEAD and OPTIONS", () => {
    for (const m of ["GET", "HEAD", "OPTIONS", "get"]) expect(checkMethod(m, "/county/330102", h())).toEqual({ ok: true, write: false });
  });

  it("refuses other methods on pages and /geo with 405 and Allow", () => {
    for (const p of ["/", "/article/0123456789ab", "/geo/counties", "/sitemap.xml"]) {
      for (const m of ["POST", "PUT", "DELETE", "PATCH", "TRACE"]) {
        expect(checkMethod(m, p, h())).toEqual({ ok: false, status: 405, allow: "GET, HEAD, OPTIONS" });
      }
    }
  });

  it("passes server actions (POST with Next-Action) as writes", () => {
    expect(checkMethod("POST", "/desk", h({ "next-action": "abc" }))).toEqual({ ok: true, write: true });
    expect(checkMethod("PUT", "/desk", h({ "next-action": "abc" })).ok).toBe(false);
  });

  it("refuses writes to the read-only API routes with Allow", () => {
    for (const p of ["/api/search", "/api/health", "/api/ready", "/api/articles/0123456789ab", "/api/counties/330102/metrics"]) {
      expect(checkMethod("POST", p, h())).toEqual({ ok: false, status: 405, allow: "GET, HEAD, OPTIONS" });
    }
  });

  it("leaves other API routes to their handlers, as writes, but never TRACE", () => {
    expect(checkMethod("POST", "/api/pages", h())).toEqual({ ok: true, write: true });
    expect(checkMethod("DELETE", "/api/desk/articles/x", h())).toEqual({ ok: true, write: true });
    expect(checkMethod("TRACE", "/api/pages", h()).ok).toBe(false);
  });
});

describe("the public read API v1", () => {
  it("answers only reads, with the route named for ids and files", () => {
    for (const p of ["/api/v1", "/api/v1/articles", "/api/v1/articles/0123456789ab", "/api/v1/counties/330102", "/api/v1/export/articles.csv", "/api/v1/months"]) {
      expect(checkMethod("GET", p, h()), p).toEqual({ ok: true, write: false });
      expect(checkMethod("POST", p, h()), p).toMatchObject({ ok: false, status: 405 });
    }
    expect(routeOf("/api/v1/export/metrics.csv")).toBe("/api/v1/export/[file]");
    expect(routeOf("/feeds/county/330102.xml")).toBe("/feeds/county/[file]");
  });
});
