import { describe, expect, it } from "vitest";
import { routeOf } from "../http/routes";
import { requestLine } from "./request-log";

describe("routeOf", () => {
  it("maps paths to route patterns", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/article/0123456789ab")).toBe("/article/[id]");
    expect(routeOf("/article/0123456789ab/opengraph-image")).toBe("/article/[id]/opengraph-image");
    expect(routeOf("/county/330102/twitter-image-1x2y")).toBe("/county/[adcode]/twitter-image");
    expect(routeOf("/api/counties/330102/metrics")).toBe("/api/counties/[adcode]/metrics");
    expect(routeOf("/_next/static/chunks/x.js")).toBe("/_next/static");
    expect(routeOf("/api/search")).toBe("/api/search");
  });
});

describe("requestLine", () => {
  it("keeps the query string (search text) out of the line", () => {
    const line = requestLine("GET", "/api/search?q=%E4%BA%9A%E8%BF%90", 200, 12.345, { client: "127.0.0.1" });
    expect(line).toEqual({ msg: "request", method: "GET", route: "/api/search", status: 200, durationMs: 12.3, client: "127.0.0.1" });
  });
});
