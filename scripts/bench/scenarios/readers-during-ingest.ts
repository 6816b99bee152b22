import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { metaPathFor } from "@/lib/ingest/source-meta";
import { synthCorpus } from "@/lib/synth/corpus";
import { quietEnv, ROOT } from "../../lib/run";
import { storiesIn } from "../databases";
import { mainRoutes, p, runReaders, type LoadResult } from "../load";
import { MB } from "../stats";
import type { Row, Scenario } from "../types";

const CONCURRENCY = 100;
const INGEST_NICE = 10;

function summary(prefix: string, load: LoadResult): Row[] {
  return [
    { label: `${prefix}: requests served`, value: load.requests, unit: "" },
    { label: `${prefix}: errors`, value: load.errors, unit: "", target: { max: 0, text: "0" } },
    { label: `${prefix}: of which server errors (HTTP 5xx)`, value: load.serverErrors, unit: "" },
    { label: `${prefix}: latency p50`, value: p(load.latencies, 0.5), unit: "ms" },
    { label: `${prefix}: latency p95`, value: p(load.latencies, 0.95), unit: "ms" },
    { label: `${prefix}: latency max`, value: p(load.latencies, 1), unit: "ms" },
    { label: `${prefix}: throughput`, value: load.requests / load.seconds, unit: "requests/s" },
  ];
}

function errorNote(prefix: string, load: LoadResult): string[] {
  const out: string[] = [];
  if (load.aborted) out.push(`${prefix}: load stopped early: ${load.aborted}.`);
  if (load.retried) out.push(`${prefix}: ${load.retried} requests were sent again once after the server reset a reused keep-alive connection (as browsers do).`);
  if (load.errorKinds.size) out.push(`${prefix}: errors: ${[...load.errorKinds].map(([k, v]) => `${k} (${v}×)`).join("; ")}.`);
  return out;
}

function perRoute(prefix: string, load: LoadResult): Row[] {
  return [...load.byRoute].map(([route, r]) => ({
    label: `${prefix}: p50 / p95 ${route}`,
    value: p(r.latencies, 0.95),
    unit: "ms",
    digits: 0,
    shown: `${Math.round(p(r.latencies, 0.5) ?? 0)} / ${Math.round(p(r.latencies, 0.95) ?? 0)} ms${r.errors ? ` (${r.errors} errors)` : ""}`,
  }));
}

/**
 * The load test of issues 10 and 12, the only one: 100 concurrent readers on the main routes for
 * 60 s on an idle server, then while `npm run ingest` writes 10 MB of pages.
 */
export const readersDuringIngest: Scenario = {
  id: "readers-during-ingest",
  title: "100 concurrent readers, idle and during a 10 MB ingest",
  method:
    `${CONCURRENCY} concurrent readers with no think time (in the bench process, over loopback only) request the main ` +
    "routes in turn — map page, map page with a county panel, county page, article page, article API, county " +
    "metrics API, search, the public articles API, a geo file, the sitemap index — against `next start`, after one warm-up request per route: first for " +
    "60 s on an idle server (15 s with --quick), then for as long as `npm run ingest` (a separate process, " +
    "extraction on its worker threads, at nice 10) stores 10 MB (2 MB with --quick) of new synthetic pages into the same " +
    "database. A request fails on a non-2xx status, a connection error or no answer within 30 s; the load stops " +
    "early if the server passes 4 GB. Search's per-address rate limit is off for loopback only " +
    "(`RATE_LIMIT_EXEMPT_LOOPBACK=1` on the bench's server). With 100 readers and no think time the requests queue " +
    "on the server's cores: latency ≈ readers ÷ throughput. Issues 10 and 12 ask for 0 errors, p50/p95 per route.",
  sizes: "each",
  server: true,
  mutates: true,
  async run(ctx) {
    const megabytes = ctx.quick ? 2 : 10;
    const gazetteer = loadGazetteer(ROOT);
    const files: string[] = [];
    let bytes = 0;
    for (const page of synthCorpus(gazetteer, { seed: 7100, articles: 1_000_000 })) {
      const f = path.join(ctx.tmpDir, page.fileName);
      fs.writeFileSync(f, page.text);
      fs.writeFileSync(metaPathFor(f), JSON.stringify({ name: page.name, date: page.publishedOn, synthetic: true }));
      files.push(f);
      bytes += Buffer.byteLength(page.text);
      if (bytes >= megabytes * 1e6) break;
    }
    const server = await ctx.server();
    const sample = ctx.sample();
    // Warm-up, as after any deploy: each route once, so the first readers do not all queue behind
    // the first computation of every cached aggregate.
    for (const route of mainRoutes(sample)) await (await fetch(server.origin + route.path(0), { signal: AbortSignal.timeout(120_000) })).arrayBuffer();
    const alone = await runReaders({ server, sample, concurrency: CONCURRENCY, stop: new Promise((r) => setTimeout(r, ctx.quick ? 15_000 : 60_000)) });
    const before = storiesIn(ctx.size.target.file);

    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/ingest.ts"), ...files], {
      cwd: ROOT,
      env: quietEnv({ DATABASE_URL: ctx.size.target.url }),
      stdio: ["ignore", "ignore", "pipe"],
    });
    // Readers first: the bulk load runs at a lower CPU priority, as docs/operations.md advises for
    // a machine that also serves (set before its extraction threads start, which inherit it).
    try {
      os.setPriority(child.pid!, INGEST_NICE);
    } catch {
      /* not permitted here: it runs at normal priority */
    }
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const t0 = performance.now();
    const ingestDone = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const load = await runReaders({ server, sample, concurrency: CONCURRENCY, stop: ingestDone });
    if (load.aborted) child.kill("SIGKILL");
    const code = await ingestDone;
    const ingestSeconds = (performance.now() - t0) / 1000;
    if (code !== 0 && !load.aborted) throw new Error(`the ingest failed (exit ${code}): ${stderr.trim().split("\n").slice(-3).join(" / ")}`);
    const stored = storiesIn(ctx.size.target.file) - before;

    return {
      rows: [
        ...summary("readers alone", alone),
        ...summary("during the ingest", load),
        ...perRoute("readers alone", alone),
        ...perRoute("during the ingest", load),
        { label: `ingest: ${(bytes / 1e6).toFixed(1)} MB of pages stored meanwhile`, value: stored, unit: "stories" },
        { label: "ingest speed under this load (process start included)", value: stored / ingestSeconds, unit: "stories/s" },
        { label: "server peak memory during the run", value: Math.max(alone.peakRss, load.peakRss) / MB, unit: "MB" },
      ],
      notes: [...errorNote("readers alone", alone), ...errorNote("during the ingest", load), ...(server.exited() ? [`the server died: ${server.exited()}.`] : [])],
    };
  },
};
