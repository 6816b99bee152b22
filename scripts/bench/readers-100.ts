// Load bench scenario: N concurrent readers (default 100) across the main routes for a fixed time
// (default 60 s), first on an idle server, then while `npm run ingest` writes synthetic pages into
// the same database. Reports requests, errors and p50/p95 per route and overall.
// Bounded and loopback only: the target must be 127.0.0.1/localhost/[::1], every loop stops at the
// deadline, and the total number of requests is capped.
//
// As a module: `benchLoad(...)` runs one phase against a server you started; `loadScenario(...)`
// runs both phases on a fresh database with the production server and returns a Markdown section.
// Standalone: `npx tsx scripts/bench/readers-100.ts [--seconds 60] [--readers 100]` writes that section
// into docs/benchmarks-load.md (between the load-bench markers).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveDatabase } from "@/lib/db/database-url";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { synthCorpus } from "@/lib/synth/corpus";
import { setupDatabase } from "../db-setup";
import { buildIfStale, quietEnv, ROOT } from "../lib/run";

export type LoadOptions = { baseUrl: string; routes: string[]; readers?: number; seconds?: number; maxRequests?: number; timeoutMs?: number };
export type RouteStats = { route: string; requests: number; errors: number; p50: number; p95: number };
export type LoadResult = { readers: number; seconds: number; requests: number; errors: number; errorSamples: string[]; p50: number; p95: number; perSecond: number; routes: RouteStats[] };

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** One phase: `readers` loops, each requesting the routes in turn until the deadline. */
export async function benchLoad(o: LoadOptions): Promise<LoadResult> {
  const url = new URL(o.baseUrl);
  if (!LOOPBACK.has(url.hostname)) throw new Error(`load bench targets loopback only, not ${url.hostname}`);
  const readers = Math.min(o.readers ?? 100, 500);
  const seconds = Math.min(o.seconds ?? 60, 600);
  const maxRequests = o.maxRequests ?? 500_000;
  const timeoutMs = o.timeoutMs ?? 30_000;
  const deadline = performance.now() + seconds * 1000;
  const times = new Map<string, number[]>(o.routes.map((r) => [r, []]));
  const errors = new Map<string, number>(o.routes.map((r) => [r, 0]));
  const samples: string[] = [];
  let total = 0;

  const reader = async (k: number) => {
    for (let i = k; performance.now() < deadline && total < maxRequests; i++) {
      const route = o.routes[i % o.routes.length]!;
      total++;
      const t0 = performance.now();
      try {
        const res = await fetch(new URL(route, url), { signal: AbortSignal.timeout(timeoutMs), headers: { "accept-encoding": "gzip" } });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
        times.get(route)!.push(performance.now() - t0);
      } catch (e) {
        errors.set(route, errors.get(route)! + 1);
        if (samples.length < 10) samples.push(`${route}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: readers }, (_, k) => reader(k)));
  const elapsed = (performance.now() - t0) / 1000;
  const all = [...times.values()].flat().sort((a, b) => a - b);
  const errorCount = [...errors.values()].reduce((s, n) => s + n, 0);
  return {
    readers,
    seconds,
    requests: total,
    errors: errorCount,
    errorSamples: samples,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    perSecond: total / elapsed,
    routes: o.routes.map((route) => {
      const t = times.get(route)!.sort((a, b) => a - b);
      return { route, requests: t.length + errors.get(route)!, errors: errors.get(route)!, p50: percentile(t, 50), p95: percentile(t, 95) };
    }),
  };
}

async function waitReady(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error("the server exited before it was ready");
    try {
      if ((await fetch(`${base}/api/ready`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the server did not become ready");
}

/** The main routes a reader visits, with ids taken from the seed database. */
async function mainRoutes(base: string): Promise<string[]> {
  const html = await (await fetch(`${base}/county/330624`)).text();
  const id = /href="\/article\/([0-9a-f]{12})"/.exec(html)?.[1];
  if (!id) throw new Error("no article link on /county/330624");
  return [
    "/",
    "/?county=330102",
    `/article/${id}`,
    "/county/330624",
    `/api/articles/${id}`,
    "/api/counties/330624/metrics",
    `/api/search?q=${encodeURIComponent("亚运")}`,
    "/geo/counties",
    "/sitemap.xml",
  ];
}

export type LoadScenarioResult = { idle: LoadResult; duringIngest: LoadResult; ingest: { pages: number; seconds: number; exitCode: number | null }; loadAverage: number };

/**
 * Both phases on a fresh SQLite database (or DATABASE_URL when `databaseUrl` is given) with the
 * production server on `port`. Search's rate limit is switched off for the run: all readers share
 * one address, which is exactly what the limit exists to stop.
 */
export async function loadScenario(o: { port: number; readers?: number; seconds?: number; databaseUrl?: string; ingestArticles?: number; log?: (s: string) => void }): Promise<LoadScenarioResult> {
  const log = o.log ?? console.log;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-load-"));
  const target = resolveDatabase({ DATABASE_URL: o.databaseUrl ?? `file:${path.join(dir, "load.sqlite")}` }, ROOT);
  await setupDatabase({ target });
  buildIfStale();
  const base = `http://127.0.0.1:${o.port}`;
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    cwd: ROOT,
    env: quietEnv({ DATABASE_URL: target.url, PORT: String(o.port), HOST: "127.0.0.1", LOG_LEVEL: "warn", RATE_LIMIT_SEARCH: "off", NODE_ENV: "production" }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitReady(base, server);
    const routes = await mainRoutes(base);
    // Warm-up: every route once, so the first measured requests do not pay for compilation.
    for (const r of routes) await (await fetch(`${base}${r}`)).arrayBuffer();

    log(`• load: ${o.readers ?? 100} readers for ${o.seconds ?? 60} s, idle server`);
    const idle = await benchLoad({ baseUrl: base, routes, readers: o.readers, seconds: o.seconds });

    const pagesDir = path.join(dir, "pages");
    fs.mkdirSync(pagesDir);
    const files: string[] = [];
    for (const page of synthCorpus(loadGazetteer(ROOT), { seed: 11, articles: o.ingestArticles ?? 3000 })) {
      const f = path.join(pagesDir, page.fileName);
      fs.writeFileSync(f, page.text);
      files.push(f);
    }
    log(`• load: the same during an ingest of ${files.length} synthetic pages`);
    const ingest = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...files, "--source", "合成压测页（synthetic）"], {
      cwd: ROOT,
      env: quietEnv({ DATABASE_URL: target.url }),
      stdio: "ignore",
    });
    const ingestStart = performance.now();
    const ingestExit = new Promise<number | null>((resolve) => ingest.on("exit", resolve));
    // Readers start once the ingest is under way (its start-up reads the gazetteer, migrates).
    await new Promise((r) => setTimeout(r, 3000));
    const duringIngest = await benchLoad({ baseUrl: base, routes, readers: o.readers, seconds: o.seconds });
    const stillRunning = ingest.exitCode === null;
    if (stillRunning) ingest.kill("SIGTERM");
    const exitCode = await ingestExit;
    return {
      idle,
      duringIngest,
      ingest: { pages: files.length, seconds: (performance.now() - ingestStart) / 1000, exitCode: stillRunning ? null : exitCode },
      loadAverage: os.loadavg()[0]!,
    };
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : "–");

export function loadMarkdown(r: LoadScenarioResult): string {
  const row = (name: string, x: LoadResult) => `| ${name} | ${x.readers} | ${x.requests} | ${x.errors} | ${Math.round(x.perSecond)} | ${ms(x.p50)} | ${ms(x.p95)} |`;
  const routes = r.idle.routes
    .map((a, i) => {
      const b = r.duringIngest.routes[i]!;
      return `| \`${a.route.replace(/\?.*/, "?…")}\` | ${ms(a.p50)} / ${ms(a.p95)} | ${ms(b.p50)} / ${ms(b.p95)} | ${a.errors} / ${b.errors} |`;
    })
    .join("\n");
  const samples = [...new Set([...r.idle.errorSamples, ...r.duringIngest.errorSamples].map((e) => e.replace(/^[^:]*: /, "")))];
  return `## Load: ${r.idle.readers} concurrent readers (issue 12)

\`scripts/bench/readers-100.ts\`: ${r.idle.readers} readers, each requesting the main routes in turn (map, county
panel, article and county pages, the article, county-metrics and search APIs, a geo file, the
sitemap) for ${r.idle.seconds} s against the production server on loopback; then the same while
\`npm run ingest\` stores ${r.ingest.pages} synthetic pages into the same database (${r.ingest.exitCode === null ? "still running when the readers stopped" : `finished in ${Math.round(r.ingest.seconds)} s, exit ${r.ingest.exitCode}`}).
Search's rate limit is off for the run (all readers share one address). Errors are any non-200
answer or a request slower than 30 s. Load average of the machine when the run ended:
${r.loadAverage.toFixed(1)} on ${os.cpus().length} cores (other work on the machine slows every figure here).

| phase | readers | requests | errors | requests/s | p50 | p95 |
|---|---|---|---|---|---|---|
${row("idle server", r.idle)}
${row("during an ingest", r.duringIngest)}

| route | idle p50 / p95 | during ingest p50 / p95 | errors idle / ingest |
|---|---|---|---|
${routes}
${samples.length ? `\nFirst errors seen: ${samples.map((s) => `\`${s}\``).join("; ")}\n` : ""}`;
}

const BEGIN = "<!-- load-bench:begin -->";
const END = "<!-- load-bench:end -->";

/** Puts the section into docs/benchmarks-load.md between its markers (appended the first time). */
export function writeLoadSection(markdown: string, file = path.join(ROOT, "docs/benchmarks-load.md")): void {
  const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks: 100 readers, idle and during an ingest\n";
  const block = `${BEGIN}\n${markdown.trim()}\n${END}`;
  const i = old.indexOf(BEGIN);
  const j = old.indexOf(END);
  const next = i !== -1 && j > i ? old.slice(0, i) + block + old.slice(j + END.length) : `${old.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, next);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { seconds: { type: "string" }, readers: { type: "string" }, port: { type: "string" }, articles: { type: "string" } } });
  loadScenario({
    port: Number(values.port ?? 3160),
    seconds: values.seconds ? Number(values.seconds) : undefined,
    readers: values.readers ? Number(values.readers) : undefined,
    ingestArticles: values.articles ? Number(values.articles) : undefined,
  })
    .then((r) => {
      const md = loadMarkdown(r);
      console.log(md);
      writeLoadSection(md);
      console.log("• wrote the load section of docs/benchmarks-load.md");
      process.exit(0);
    })
    .catch((e) => {
      console.error(`load bench failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
