import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mainRoutes, runReaders } from "./load";
import type { BenchServer } from "./types";

describe("runReaders", () => {
  let httpServer: http.Server;
  let server: BenchServer;
  beforeAll(async () => {
    httpServer = http.createServer((req, res) => {
      res.writeHead(req.url === "/fail" ? 500 : 200);
      setTimeout(() => res.end("ok"), 2);
    });
    await new Promise<void>((r) => httpServer.listen(0, "127.0.0.1", r));
    const origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    server = { origin, pid: process.pid, rss: () => 0, peakRss: () => 0, exited: () => null };
  });
  afterAll(() => new Promise<void>((r) => httpServer.close(() => r())));

  const routes = [
    { name: "ok", path: () => "/a" },
    { name: "fail", path: () => "/fail" },
  ];
  const sample = { articleIds: ["a"], countyCodes: ["330102"] };

  it("stops at the request cap and counts errors per route", async () => {
    const r = await runReaders({ server, sample, concurrency: 4, stop: new Promise(() => undefined), maxRequests: 40, routes });
    expect(r.requests).toBe(40);
    expect(r.byRoute.get("ok")!.errors).toBe(0);
    expect(r.byRoute.get("fail")!.errors).toBe(r.byRoute.get("fail")!.latencies.length);
    expect(r.errors).toBe(20);
    expect(r.serverErrors).toBe(20);
    expect([...r.errorKinds.keys()]).toEqual(["HTTP 500 on fail"]);
  });

  it("stops when told to", async () => {
    const r = await runReaders({ server, sample, concurrency: 2, stop: Promise.resolve(), routes });
    expect(r.requests).toBeLessThanOrEqual(2);
  });

  it("refuses any target but loopback", async () => {
    await expect(runReaders({ server: { ...server, origin: "http://192.0.2.1:3000" }, sample, concurrency: 1, stop: Promise.resolve(), routes })).rejects.toThrow(/loopback only/);
  });

  it("builds every main route from the sample's ids", () => {
    const paths = mainRoutes(sample).map((r) => r.path(0));
    expect(paths).toContain("/county/330102");
    expect(paths).toContain("/article/a");
    expect(new Set(paths).size).toBe(paths.length);
  });
});
