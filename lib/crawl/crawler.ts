/**
 * `--once` and `--watch` over the job queue (lib/jobs): each source run is a job keyed by the
 * source, so however many crawlers share a database, one source is fetched by one of them at a
 * time, and a crawler that died leaves a job the next one resumes.
 */
import type { Db } from "../db/client";
import type { Gazetteer } from "../geo/gazetteer";
import { ownerIsDead } from "../jobs/owner";
import { enqueueJob, reclaimStaleJobs } from "../jobs/queue";
import { INTERRUPTED, JobWorker, type JobContext } from "../jobs/worker";
import type { CrawlConfig } from "./config";
import { crawlSource, formatRun, type SourceRunResult } from "./crawl-source";
import { Fetcher } from "./fetcher";
import type { SourceConfig } from "./sources";
import { syncSources } from "./store";

export const CRAWL_JOB = "crawl-source";
export const crawlJobKey = (crawlSourceId: string) => `crawl:${crawlSourceId}`;

export type CrawlOptions = {
  db: Db;
  sources: SourceConfig[];
  config: CrawlConfig;
  gazetteer?: Gazetteer;
  /** Abort to stop: the page in hand is finished, then the run returns. */
  stopping: AbortSignal;
  print: (line: string) => void;
  /** Lease of a running crawl job (default 60 s; tests shorten it). */
  leaseMs?: number;
};

export type CrawlReport = { results: SourceRunResult[]; skipped: string[]; requests: number };

/** `results` collects each run's counts (a one-off run); a long --watch keeps none. */
function handlerFor(opts: CrawlOptions, fetcher: Fetcher, results: SourceRunResult[] | null) {
  return async (ctx: JobContext) => {
    const { crawlSourceId } = ctx.job.payload as { crawlSourceId: string };
    const r = await crawlSource(
      {
        db: opts.db,
        fetcher,
        config: opts.config,
        gazetteer: opts.gazetteer,
        stopping: ctx.stopping,
        progress: (done, total, message) => ctx.progress({ done, total, message }),
      },
      crawlSourceId,
    );
    results?.push(r);
    opts.print(formatRun(r));
    return r.status === "interrupted" ? INTERRUPTED : { ...r, problems: r.problems.slice(0, 20) };
  };
}

/** Fetches every source once; one printed line per source. */
export async function crawlOnce(opts: CrawlOptions): Promise<CrawlReport> {
  const { db } = opts;
  const leaseMs = opts.leaseMs ?? 60_000;
  const ids = await syncSources(db, opts.sources);
  // A crawler killed before (kill -9, power cut) left its jobs running: take them back now.
  await reclaimStaleJobs(db, { leaseMs, kinds: [CRAWL_JOB] });
  const mine: string[] = [];
  const skipped: string[] = [];
  for (const [i, id] of ids.entries()) {
    const { job } = await enqueueJob(db, { kind: CRAWL_JOB, key: crawlJobKey(id), payload: { crawlSourceId: id } });
    if (job.status === "running" && !ownerIsDead(job.lockedBy)) {
      const line = `busy    ${opts.sources[i]!.name}: skipped, another crawler is fetching it (${job.lockedBy})`;
      skipped.push(line);
      opts.print(line);
    } else mine.push(job.id);
  }
  const fetcher = new Fetcher(opts.config, opts.stopping);
  const results: SourceRunResult[] = [];
  if (mine.length) {
    const worker = new JobWorker({
      db,
      handlers: { [CRAWL_JOB]: handlerFor(opts, fetcher, results) },
      concurrency: opts.config.concurrency,
      leaseMs,
      pollMs: 200,
      onlyIds: mine,
      onError: (job, e) => opts.print(`error   job ${job.id}: ${e instanceof Error ? e.message : String(e)}`),
    });
    const onStop = () => worker.stop();
    opts.stopping.addEventListener("abort", onStop, { once: true });
    try {
      await worker.run({ untilIdle: true });
    } finally {
      opts.stopping.removeEventListener("abort", onStop);
    }
  }
  return { results, skipped, requests: fetcher.requests };
}

/**
 * Keeps following the sources, each on its own interval (`every`, default 60 min; a failing source
 * waits longer each time), until `stopping` aborts.
 */
export async function crawlWatch(opts: CrawlOptions): Promise<CrawlReport> {
  const { db } = opts;
  const leaseMs = opts.leaseMs ?? 60_000;
  const ids = await syncSources(db, opts.sources);
  const fetcher = new Fetcher(opts.config, opts.stopping);
  const worker = new JobWorker({
    db,
    handlers: { [CRAWL_JOB]: handlerFor(opts, fetcher, null) },
    concurrency: opts.config.concurrency,
    leaseMs,
    pollMs: 500,
    onError: (job, e) => opts.print(`error   job ${job.id}: ${e instanceof Error ? e.message : String(e)}`),
  });
  const onStop = () => worker.stop();
  opts.stopping.addEventListener("abort", onStop, { once: true });
  const scheduling = (async () => {
    while (!opts.stopping.aborted) {
      const due = await db.crawlSource.findMany({
        where: { id: { in: ids }, OR: [{ nextRunAt: null }, { nextRunAt: { lte: new Date() } }] },
        select: { id: true },
      });
      // Sources already queued or running keep their job (one query for all of them).
      const held = new Set(
        (await db.jobKey.findMany({ where: { key: { in: due.map((d) => crawlJobKey(d.id)) } }, select: { key: true } })).map((k) => k.key),
      );
      for (const { id } of due) {
        if (!held.has(crawlJobKey(id))) await enqueueJob(db, { kind: CRAWL_JOB, key: crawlJobKey(id), payload: { crawlSourceId: id } });
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 1000);
        opts.stopping.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: true });
      });
    }
  })();
  try {
    await worker.run();
  } finally {
    opts.stopping.removeEventListener("abort", onStop);
    await scheduling;
  }
  return { results: [], skipped: [], requests: fetcher.requests };
}
