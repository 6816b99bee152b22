// The production server as `npm start` runs it: one JSON log line per request, 400 for bad
// %-encoding, 405 for TRACE, 429 with Retry-After on search, a 500 logged with its cause, share
// images drawn once, and a graceful exit on SIGTERM that finishes requests in flight and leaves
// no process behind. Needs the production build (`npm test` builds before this runs).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isCi } from "@/lib/db/test-postgres";
import { buildIsFresh, ROOT } from "./lib/run";

const fresh = buildIsFresh();
if (!fresh && isCi()) throw new Error("scripts/server.test.ts needs a fresh production build under CI (npm test builds first)");
if (!fresh) console.warn("server tests skipped: no fresh production build (run `npm run build` or `npm test`)");

type Line = Record<string, unknown> & { msg?: string; level?: number };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Every process below `pid` (children, grandchildren ...). */
function descendants(pid: number): number[] {
  const out = spawnSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" }).stdout;
  const pairs = out.trim().split("\n").map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const visit = (p: number) => pairs.filter(([, pp]) => pp === p).forEach(([c]) => (found.push(c), visit(c)));
  visit(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.skipIf(!fresh)("the production server (npm start)", () => {
  let dir: string;
  let port: number;
  let base: string;
  let npm: ChildProcess;
  let exit: Promise<number | null>;
  const lines: Line[] = [];
  let text = "";

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-server-"));
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    npm = spawn("npm", ["start"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: `file:${path.join(dir, "app.sqlite")}`,
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "info",
        RATE_LIMIT_SEARCH: "5/60",
        NODE_ENV: "production",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const take = (d: Buffer) => {
      text += d;
      for (const l of String(d).split("\n")) {
        if (l.startsWith("{")) {
          try {
            lines.push(JSON.parse(l));
          } catch {
            // a line split across chunks: the text is kept whole in `text`
          }
        }
      }
    };
    npm.stdout!.on("data", take);
    npm.stderr!.on("data", take);
    exit = new Promise((resolve) => npm.on("exit", (code) => resolve(code)));
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(`${base}/api/ready`)).status === 200) return;
      } catch {
        // not listening yet
      }
      if (npm.exitCode !== null) throw new Error(`npm start exited early:\n${text}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`npm start did not become ready:\n${text}`);
  }, 180_000);

  afterAll(() => {
    if (npm?.exitCode === null) npm.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const requestLines = () => lines.filter((l) => l.msg === "request");

  it("logs one JSON line per request with route, status and duration", async () => {
    const count = (route: string) => requestLines().filter((l) => l.route === route).length;
    const before = { page: count("/county/[adcode]"), health: count("/api/health") };
    expect((await fetch(`${base}/county/330624`)).status).toBe(200);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    await expect.poll(() => [count("/county/[adcode]"), count("/api/health")]).toEqual([before.page + 1, before.health + 1]);
    const page = requestLines().findLast((l) => l.route === "/county/[adcode]");
    expect(page).toMatchObject({ method: "GET", status: 200, client: "127.0.0.1", app: "zjmap" });
    expect(typeof page!.durationMs).toBe("number");
    expect(typeof page!.time).toBe("string");
  });

  it("answers bad %-encoding with 400 and logs it; TRACE with 405", async () => {
    expect((await fetch(`${base}/article/%E0%A4%A`)).status).toBe(400);
    await expect.poll(() => lines.some((l) => l.msg === "bad %-encoding in request path")).toBe(true);
    const trace = await new Promise<string>((resolve, reject) => {
      const s = net.connect(port, "127.0.0.1", () => s.write(`TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
      let got = "";
      s.on("data", (d) => (got += d));
      s.on("end", () => resolve(got));
      s.on("error", reject);
    });
    expect(trace).toMatch(/^HTTP\/1\.1 405/);
    expect(trace).toMatch(/\r\nAllow: GET, HEAD, OPTIONS\r\n/i);
  });

  it("rate-limits search with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 7; i++) {
      const r = await fetch(`${base}/api/search?q=${encodeURIComponent("亚运")}`);
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get("retry-after");
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it("logs a 500 with its cause", async () => {
    const db = new Database(path.join(dir, "app.sqlite"));
    db.exec(`ALTER TABLE "Metric" RENAME TO "Metric_away"`);
    try {
      expect((await fetch(`${base}/api/counties/330624/metrics`)).status).toBe(500);
    } finally {
      db.exec(`ALTER TABLE "Metric_away" RENAME TO "Metric"`);
      db.close();
    }
    await expect.poll(() => lines.find((l) => l.msg === "request failed")).toBeTruthy();
    const failure = lines.find((l) => l.msg === "request failed")!;
    expect(failure.level).toBe(50);
    expect(failure.route).toBe("/api/counties/[adcode]/metrics");
    expect(JSON.stringify(failure.err)).toMatch(/Metric/);
    await expect.poll(() => requestLines().some((l) => l.route === "/api/counties/[adcode]/metrics" && l.status === 500 && l.level === 50)).toBe(true);
  });

  it("draws a share image once and serves it from the cache afterwards", async () => {
    const drawn = () => lines.filter((l) => l.msg === "share image drawn").length;
    const before = drawn();
    const url = `${base}/county/330624/opengraph-image`;
    const [a, b, c] = await Promise.all([fetch(url), fetch(url), fetch(url)]);
    const d = await fetch(url);
    for (const r of [a, b, c, d]) expect(r.headers.get("content-type")).toBe("image/png");
    expect(new Set([a, b, c, d].map((r) => r.headers.get("etag"))).size).toBe(1);
    const bytes = await Promise.all([a, d].map(async (r) => Buffer.from(await r.arrayBuffer()).toString("base64")));
    expect(bytes[0]).toBe(bytes[1]);
    await expect.poll(drawn).toBe(before + 1);
  });

  it("on SIGTERM finishes requests in flight, closes down and leaves no process running", async () => {
    const tree = descendants(npm.pid!);
    expect(tree.length).toBeGreaterThan(0);
    // Eight requests on the wire (each on its own connection, fully sent) when the signal arrives.
    let sent = 0;
    const inFlight = Array.from(
      { length: 8 },
      (_, i) =>
        new Promise<number | string>((resolve) => {
          const req = http.get(`${base}/county/${i % 2 ? "330624" : "330102"}`, { agent: false }, (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode!));
          });
          req.on("finish", () => sent++);
          req.on("error", (e) => resolve(e.message));
        }),
    );
    await expect.poll(() => sent).toBe(8);
    npm.kill("SIGTERM");
    expect(await Promise.all(inFlight)).toEqual(Array(8).fill(200));
    expect(await exit).toBe(0);
    expect(lines.some((l) => l.msg === "shutdown complete")).toBe(true);
    await expect.poll(() => tree.filter(alive), { timeout: 10_000 }).toEqual([]);
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
  }, 60_000);
});
