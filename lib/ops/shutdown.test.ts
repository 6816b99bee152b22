import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { shutdownGracefully, trackInFlight } from "./shutdown";

/** A server that takes `ms` to answer each request, like a page render. */
async function slowServer(ms: number) {
  const server = http.createServer((_req, res) => {
    setTimeout(() => res.end("done"), ms);
  });
  const tracker = trackInFlight(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, tracker, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("shutdownGracefully", () => {
  // (scripts/server.test.ts does the same against the real server, from another process.)
  it("finishes every request in flight, on new and on reused keep-alive connections", async () => {
    const { server, tracker, base } = await slowServer(1500);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
    const get = () =>
      new Promise<number>((resolve, reject) => {
        http.get(`${base}/`, { agent }, (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode!));
        }).on("error", reject);
      });
    await get(); // leaves an idle keep-alive connection in the pool
    const sent = Array.from({ length: 8 }, get);
    // All eight are in flight (read by the server, not answered yet) when shutdown starts.
    await expect.poll(() => tracker.inFlight, { interval: 5 }).toBe(8);
    const events: string[] = [];
    let cleaned = false;
    const result = await shutdownGracefully(server, tracker, {
      graceMs: 10_000,
      cleanups: [async () => void (cleaned = true)],
      log: (e) => events.push(e),
    });
    expect(await Promise.all(sent)).toEqual(Array(8).fill(200));
    expect(result.timedOut).toBe(false);
    expect(cleaned).toBe(true);
    expect(events).toEqual(["shutdown started", "shutdown complete"]);
    expect(server.listening).toBe(false);
    agent.destroy();
  });

  it("gives up on a request that outlives the grace period", async () => {
    const server = http.createServer(() => {
      // never answers
    });
    const tracker = trackInFlight(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const hanging = new Promise((resolve) => http.get(base, resolve).on("error", (e) => resolve(e.message)));
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    const result = await shutdownGracefully(server, tracker, { graceMs: 300, cleanups: [], log: () => {} });
    expect(result.timedOut).toBe(true);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(await hanging).toMatch(/socket hang up|ECONNRESET/);
  });
});
