/**
 * Runs queued jobs (queue.ts) with handlers by kind, a few at a time, keeping each job's lease alive
 * while its handler works. Stopping is graceful: handlers see `stopping` abort, finish the unit of
 * work in hand (a page, a file) and return INTERRUPTED, and the job goes back to the queue to resume.
 * On SQLite one worker process is the intended setup; on PostgreSQL any number may share the queue.
 */
import { setMaxListeners } from "node:events";
import type { Db } from "../db/client";
import { newOwnerId } from "./owner";
import { claimJob, completeJob, failJob, heartbeatJob, reclaimStaleJobs, releaseJob, reportProgress, type JobView } from "./queue";

export const INTERRUPTED = Symbol("job interrupted");

export type JobContext = {
  job: JobView;
  db: Db;
  owner: string;
  /** Aborts when the worker is stopping or the lease was lost: finish what is in hand and return INTERRUPTED. */
  stopping: AbortSignal;
  /** Stores progress on the job row (readable by another process or after a reload). */
  progress: (p: { done: number; total?: number | null; message?: string | null }) => Promise<void>;
};

export type JobHandler = (ctx: JobContext) => Promise<unknown>;

export type WorkerOptions = {
  db: Db;
  handlers: Record<string, JobHandler>;
  /** Jobs run at once by this worker (default 4). */
  concurrency?: number;
  /** How often to look for due jobs when idle (default 500 ms). */
  pollMs?: number;
  /** A running job whose heartbeat is older than this is given to another worker (default 60 s). */
  leaseMs?: number;
  owner?: string;
  /** Wait before retrying a job whose handler threw (default 30 s). */
  retryDelayMs?: number;
  /** Only these job ids (a one-off run over jobs it enqueued itself). */
  onlyIds?: string[];
  onError?: (job: JobView, error: unknown) => void;
};

export class JobWorker {
  readonly owner: string;
  private readonly opts: Required<Omit<WorkerOptions, "onlyIds" | "onError" | "owner">> & Pick<WorkerOptions, "onlyIds" | "onError">;
  private readonly stopController = new AbortController();
  private readonly running = new Map<string, Promise<void>>();
  private wake: (() => void) | null = null;
  private lastReclaim = 0;

  constructor(opts: WorkerOptions) {
    this.owner = opts.owner ?? newOwnerId();
    // Each running job's signal listens on the worker's.
    setMaxListeners(0, this.stopController.signal);
    this.opts = {
      concurrency: 4,
      pollMs: 500,
      leaseMs: 60_000,
      retryDelayMs: 30_000,
      ...opts,
    };
  }

  get stopping(): AbortSignal {
    return this.stopController.signal;
  }

  /** Asks running handlers to finish what they hold; run() then returns once they have. */
  stop(): void {
    this.stopController.abort();
    this.wake?.();
  }

  /**
   * Claims and runs jobs until stopped, or (with `untilIdle`) until no due job is left for this
   * worker and none is running here.
   */
  async run({ untilIdle = false }: { untilIdle?: boolean } = {}): Promise<void> {
    const kinds = Object.keys(this.opts.handlers);
    while (!this.stopping.aborted) {
      await this.maybeReclaim(kinds);
      let claimed = false;
      while (this.running.size < this.opts.concurrency && !this.stopping.aborted) {
        const job = await claimJob(this.opts.db, kinds, this.owner, { ids: this.opts.onlyIds });
        if (!job) break;
        claimed = true;
        const p = this.execute(job).finally(() => {
          this.running.delete(job.id);
          this.wake?.();
        });
        this.running.set(job.id, p);
      }
      if (untilIdle && !claimed && this.running.size === 0) {
        // Nothing due now; jobs waiting for a retry time or held by another (possibly dead) worker
        // still count as work for a one-off run.
        if (!(await this.hasPendingWork(kinds))) break;
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, this.opts.pollMs);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wake = null;
    }
    await Promise.allSettled([...this.running.values()]);
  }

  private async hasPendingWork(kinds: string[]): Promise<boolean> {
    const n = await this.opts.db.job.count({
      where: { kind: { in: kinds }, status: { in: ["queued", "running"] }, ...(this.opts.onlyIds ? { id: { in: this.opts.onlyIds } } : {}) },
    });
    return n > 0;
  }

  private async maybeReclaim(kinds: string[]) {
    const now = Date.now();
    if (now - this.lastReclaim < Math.min(5_000, this.opts.leaseMs / 4)) return;
    this.lastReclaim = now;
    await reclaimStaleJobs(this.opts.db, { leaseMs: this.opts.leaseMs, kinds });
  }

  private async execute(job: JobView): Promise<void> {
    const { db } = this.opts;
    const lost = new AbortController();
    const stopping = AbortSignal.any([this.stopping, lost.signal]);
    const beat = setInterval(() => {
      heartbeatJob(db, job.id, this.owner).then(
        (ours) => {
          if (!ours) lost.abort();
        },
        () => {
          /* a missed beat is retried on the next tick */
        },
      );
    }, Math.max(50, this.opts.leaseMs / 3));
    const handler = this.opts.handlers[job.kind]!;
    try {
      const result = await handler({
        job,
        db,
        owner: this.owner,
        stopping,
        progress: async (p) => {
          if (!(await reportProgress(db, job.id, this.owner, p))) lost.abort();
        },
      });
      if (result === INTERRUPTED) await releaseJob(db, job.id, this.owner);
      else await completeJob(db, job.id, this.owner, result);
    } catch (e) {
      this.opts.onError?.(job, e);
      await failJob(db, job.id, this.owner, e instanceof Error ? e.message : String(e), this.opts.retryDelayMs).catch(() => undefined);
    } finally {
      clearInterval(beat);
    }
  }
}
