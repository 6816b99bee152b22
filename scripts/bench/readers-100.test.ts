import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchLoad } from "./readers-100";

describe("benchLoad", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      res.writeHead(req.url === "/fail" ? 500 : 200);
      setTimeout(() => res.end("ok"), 5);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("runs bounded loops and reports requests, errors and percentiles per route", async () => {
    const r = await benchLoad({ baseUrl: base, routes: ["/a", "/fail"], readers: 4, seconds: 1 });
    expect(r.requests).toBeGreaterThan(10);
    const [a, fail] = r.routes;
    expect(a!.errors).toBe(0);
    expect(fail!.errors).toBe(fail!.requests);
    expect(r.errors).toBe(fail!.requests);
    expect(r.errorSamples[0]).toMatch(/HTTP 500/);
    expect(a!.p50).toBeGreaterThan(0);
    expect(a!.p95).toBeGreaterThanOrEqual(a!.p50);
  });

  it("stops at the request cap", async () => {
    const r = await benchLoad({ baseUrl: base, routes: ["/a"], readers: 3, seconds: 30, maxRequests: 20 });
    expect(r.requests).toBeLessThanOrEqual(22);
  });

  it("refuses any target but loopback", async () => {
    await expect(benchLoad({ baseUrl: "http://192.0.2.1:3000", routes: ["/"], seconds: 1 })).rejects.toThrow(/loopback only/);
  });
});
