// Crash safety through the real command: kill -9 mid-crawl and run again, or SIGTERM, must end with
// exactly the database an uninterrupted run makes.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/client";
import type { SourceConfig } from "./sources";
import type { FixtureSite } from "./testing/fixture-server";
import { startGeneratedSite } from "./testing/sites";
import { crawlTestDb, type CrawlTestDb } from "./testing/test-db";

const N = 30;
let site: FixtureSite & { source: SourceConfig };
let sourcesFile: string;
const dbs: CrawlTestDb[] = [];

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** The crawl command as one node process (tsx as a loader, not a wrapper), so signals reach it. */
function startCrawl(db: CrawlTestDb, mode: "--once" | "--watch"): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/crawl.ts", "--sources", sourcesFile, mode], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: `file:${db.file}`, ZJ_CRAWL_DELAY_MS: "0", ZJ_CRAWL_AGENT: "ZJMapTest/1.0 (+mailto:crawler-test@example.org)", CHECKPOINT_DISABLE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<Run>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

const articleHits = () => site.log.filter((r) => r.path.startsWith("/a/")).length;

async function whenArticleHits(n: number, child: ChildProcess): Promise<void> {
  const start = Date.now();
  while (articleHits() < n) {
    if (child.exitCode !== null) throw new Error(`crawler exited before ${n} article requests`);
    if (Date.now() - start > 90_000) throw new Error("crawler made no progress");
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Everything the crawl leaves in the database, in a comparable form. */
async function snapshot(db: Db) {
  const [articles, sources, pages, urls, mentions, metrics, jobs, keys] = await Promise.all([
    db.article.findMany({ select: { id: true, sourceId: true, title: true, countyCode: true, townshipCode: true, publishedOn: true, authors: true, body: true }, orderBy: { id: "asc" } }),
    db.source.findMany({ select: { id: true, name: true, publishedOn: true, contentHash: true }, orderBy: { id: "asc" } }),
    db.crawledPage.findMany({ select: { id: true, sourceId: true, url: true, canonicalUrl: true, outlet: true, publishedOn: true, title: true }, orderBy: { id: "asc" } }),
    db.crawlUrl.findMany({ select: { url: true, role: true, state: true, seq: true }, orderBy: { url: "asc" } }),
    db.mention.count(),
    db.metric.count(),
    db.job.findMany({ select: { status: true } }),
    db.jobKey.count(),
  ]);
  return { articles, sources, pages, urls, mentions, metrics, jobsOpen: jobs.filter((j) => j.status !== "done").length, keys };
}

let clean: Awaited<ReturnType<typeof snapshot>>;

beforeAll(async () => {
  site = await startGeneratedSite(N, { delayMs: 30 });
  for (let i = 0; i < 3; i++) dbs.push(await crawlTestDb());
  sourcesFile = path.join(dbs[0]!.dir, "sources.json");
  fs.writeFileSync(sourcesFile, JSON.stringify([site.source]));
  const run = await startCrawl(dbs[0]!, "--once").done;
  expect(run.code, run.stderr).toBe(0);
  clean = await snapshot(dbs[0]!.db);
}, 180_000);

afterAll(async () => {
  await site?.close();
  for (const d of dbs) await d.cleanup();
});

describe("crash safety", () => {
  it("the uninterrupted run stores every article once", () => {
    expect(clean.articles).toHaveLength(N);
    expect(clean.pages).toHaveLength(N);
    expect(clean.urls.filter((u) => u.state === "done")).toHaveLength(N + 1);
    expect(clean.jobsOpen).toBe(0);
    expect(clean.keys).toBe(0);
  });

  it("kill -9 twice mid-crawl, then a rerun: the same database as the uninterrupted run", async () => {
    const db = dbs[1]!;
    const base = articleHits();
    for (const at of [8, 19]) {
      const { child, done } = startCrawl(db, "--once");
      await whenArticleHits(base + at, child);
      child.kill("SIGKILL");
      const r = await done;
      expect(r.signal).toBe("SIGKILL");
    }
    const partial = await db.db.crawledPage.count();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(N);
    const final = await startCrawl(db, "--once").done;
    expect(final.code, final.stderr).toBe(0);
    expect(final.stdout).toMatch(/^ok +生成新闻网: /m);
    expect(await snapshot(db.db)).toEqual(clean);
  }, 180_000);

  it("SIGTERM finishes the page in hand, exits 0, and the next run completes the crawl", async () => {
    const db = dbs[2]!;
    const base = articleHits();
    const { child, done } = startCrawl(db, "--watch");
    await whenArticleHits(base + 10, child);
    child.kill("SIGTERM");
    const r = await done;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("finishing the page in hand");
    expect(r.stdout).toMatch(/^stopped +生成新闻网: .*left queued for the next run/m);
    // Every article it asked for was stored: nothing in hand was dropped.
    expect(await db.db.crawledPage.count()).toBe(articleHits() - base);
    const job = await db.db.job.findFirst();
    expect(job?.status).toBe("queued");
    const final = await startCrawl(db, "--once").done;
    expect(final.code, final.stderr).toBe(0);
    expect(await snapshot(db.db)).toEqual(clean);
  }, 180_000);
});
