/**
 * A durable job queue in the app's own database (the Job and JobKey tables), the same on SQLite and
 * PostgreSQL. Every state change is one conditional write or one transaction, so several processes
 * (or app instances sharing PostgreSQL) can enqueue and claim at once:
 *
 * - a key (for example `crawl:<source id>`) is held in JobKey while its job is queued or running,
 *   so at most one job per key exists and only its holder runs it;
 * - claiming is `UPDATE ... WHERE id = ? AND status = 'queued'`: exactly one claimer wins;
 * - a running job carries a lease (lockedBy + heartbeatAt). A worker that stops heartbeating (it
 *   crashed, or its machine did) loses the job to the next one after the lease; on the same host a
 *   dead holder is noticed at once (see owner.ts).
 *
 * Progress (done/total/message) is stored on the row, so a page that reloads reads it again.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { ownerIsDead } from "./owner";

export type JobStatus = "queued" | "running" | "done" | "failed" | "cancelled";

export type JobView = {
  id: string;
  kind: string;
  key: string | null;
  payload: unknown;
  status: JobStatus;
  progress: { done: number; total: number | null; message: string | null };
  result: unknown;
  error: string | null;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lockedBy: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

type JobRow = {
  id: string;
  kind: string;
  key: string | null;
  payload: string;
  status: string;
  progressDone: number;
  progressTotal: number | null;
  message: string | null;
  result: string | null;
  error: string | null;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lockedBy: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function toJobView(r: JobRow): JobView {
  return {
    id: r.id,
    kind: r.kind,
    key: r.key,
    payload: parseJson(r.payload),
    status: r.status as JobStatus,
    progress: { done: r.progressDone, total: r.progressTotal, message: r.message },
    result: parseJson(r.result),
    error: r.error,
    attempts: r.attempts,
    maxAttempts: r.maxAttempts,
    runAt: r.runAt,
    lockedBy: r.lockedBy,
    createdAt: r.createdAt,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
  };
}

export type EnqueueOptions = {
  kind: string;
  payload?: unknown;
  /** One queued-or-running job per key; enqueueing again returns the existing job. */
  key?: string;
  runAt?: Date;
  maxAttempts?: number;
};

const ACTIVE: JobStatus[] = ["queued", "running"];

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return err?.code === "P2002" || /unique constraint/i.test(err?.message ?? "");
}

/** Adds a job, or returns the active job already holding `key`. */
export async function enqueueJob(db: Db, opts: EnqueueOptions): Promise<{ job: JobView; created: boolean }> {
  if (!/^[a-z][a-z0-9-]{0,63}$/.test(opts.kind)) throw new Error(`job kind must be lower-case letters, digits and dashes: "${opts.kind}"`);
  const payload = JSON.stringify(opts.payload ?? {});
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        if (opts.key) {
          const held = await tx.jobKey.findUnique({ where: { key: opts.key } });
          if (held) {
            const job = await tx.job.findUnique({ where: { id: held.jobId } });
            if (job && ACTIVE.includes(job.status as JobStatus)) return { job: toJobView(job), created: false };
            // A key left behind by a job that ended (it cannot happen through this module, but a
            // hand-edited database should not block the key for ever).
            await tx.jobKey.delete({ where: { key: opts.key } });
          }
        }
        const job = await tx.job.create({
          data: {
            id: randomUUID(),
            kind: opts.kind,
            key: opts.key ?? null,
            payload,
            runAt: opts.runAt ?? new Date(),
            maxAttempts: opts.maxAttempts ?? 3,
          },
        });
        if (opts.key) await tx.jobKey.create({ data: { key: opts.key, jobId: job.id } });
        return { job: toJobView(job), created: true };
      });
    } catch (e) {
      // Another process took the key between our read and our insert: read what it made.
      if (!opts.key || !isUniqueViolation(e)) throw e;
    }
  }
  const held = await db.jobKey.findUnique({ where: { key: opts.key! } });
  const job = held && (await db.job.findUnique({ where: { id: held.jobId } }));
  if (!job) throw new Error(`could not enqueue a job for key ${opts.key}`);
  return { job: toJobView(job), created: false };
}

/** Claims the next due queued job of one of `kinds` for `owner`, or null when there is none. */
export async function claimJob(db: Db, kinds: string[], owner: string, opts: { now?: Date; ids?: string[] } = {}): Promise<JobView | null> {
  const now = opts.now ?? new Date();
  const candidates = await db.job.findMany({
    where: { status: "queued", kind: { in: kinds }, runAt: { lte: now }, ...(opts.ids ? { id: { in: opts.ids } } : {}) },
    orderBy: [{ runAt: "asc" }, { createdAt: "asc" }],
    select: { id: true },
    take: 20,
  });
  for (const { id } of candidates) {
    const won = await db.job.updateMany({
      where: { id, status: "queued" },
      data: { status: "running", lockedBy: owner, heartbeatAt: now, startedAt: now, attempts: { increment: 1 } },
    });
    if (won.count === 1) {
      const job = await db.job.findUnique({ where: { id } });
      if (job) return toJobView(job);
    }
  }
  return null;
}

/** Renews the lease; false when the job is no longer ours (reclaimed after a stall, or cancelled). */
export async function heartbeatJob(db: Db, id: string, owner: string): Promise<boolean> {
  const r = await db.job.updateMany({ where: { id, status: "running", lockedBy: owner }, data: { heartbeatAt: new Date() } });
  return r.count === 1;
}

export async function reportProgress(
  db: Db,
  id: string,
  owner: string,
  p: { done: number; total?: number | null; message?: string | null },
): Promise<boolean> {
  const r = await db.job.updateMany({
    where: { id, status: "running", lockedBy: owner },
    data: {
      progressDone: p.done,
      ...(p.total !== undefined ? { progressTotal: p.total } : {}),
      ...(p.message !== undefined ? { message: p.message } : {}),
      heartbeatAt: new Date(),
    },
  });
  return r.count === 1;
}

/** Ends a job: status and the release of its key in one transaction. */
async function finish(db: Db, id: string, owner: string | null, data: { status: JobStatus; result?: string | null; error?: string | null }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const r = await tx.job.updateMany({
      where: owner ? { id, status: "running", lockedBy: owner } : { id, status: { in: ACTIVE } },
      data: { ...data, lockedBy: null, heartbeatAt: null, finishedAt: new Date() },
    });
    if (r.count !== 1) return false;
    await tx.jobKey.deleteMany({ where: { jobId: id } });
    return true;
  });
}

export function completeJob(db: Db, id: string, owner: string, result?: unknown): Promise<boolean> {
  return finish(db, id, owner, { status: "done", result: result === undefined ? null : JSON.stringify(result) });
}

/**
 * A failed attempt: queued again after `retryDelayMs` while attempts remain, else failed for good
 * (and its key released).
 */
export async function failJob(db: Db, id: string, owner: string, error: string, retryDelayMs = 30_000): Promise<"retry" | "failed" | "lost"> {
  const job = await db.job.findUnique({ where: { id } });
  if (!job || job.status !== "running" || job.lockedBy !== owner) return "lost";
  if (job.attempts < job.maxAttempts) {
    const r = await db.job.updateMany({
      where: { id, status: "running", lockedBy: owner },
      data: { status: "queued", lockedBy: null, heartbeatAt: null, error, runAt: new Date(Date.now() + retryDelayMs) },
    });
    return r.count === 1 ? "retry" : "lost";
  }
  return (await finish(db, id, owner, { status: "failed", error })) ? "failed" : "lost";
}

/**
 * Hands a running job back to the queue without counting the attempt: the worker was asked to
 * stop and left the job resumable (its handler keeps its own place, e.g. the crawl queue).
 */
export async function releaseJob(db: Db, id: string, owner: string): Promise<boolean> {
  const r = await db.job.updateMany({
    where: { id, status: "running", lockedBy: owner },
    data: { status: "queued", lockedBy: null, heartbeatAt: null, attempts: { decrement: 1 } },
  });
  return r.count === 1;
}

export function cancelJob(db: Db, id: string): Promise<boolean> {
  return finish(db, id, null, { status: "cancelled" });
}

/**
 * Puts running jobs whose holder is gone back in the queue: a lease not renewed for `leaseMs`, or a
 * holder on this host whose process no longer exists. Returns how many were requeued.
 */
export async function reclaimStaleJobs(db: Db, opts: { leaseMs: number; kinds?: string[]; now?: Date }): Promise<number> {
  const now = opts.now ?? new Date();
  const running = await db.job.findMany({
    where: { status: "running", ...(opts.kinds ? { kind: { in: opts.kinds } } : {}) },
    select: { id: true, lockedBy: true, heartbeatAt: true },
  });
  let n = 0;
  for (const j of running) {
    const expired = !j.heartbeatAt || now.getTime() - j.heartbeatAt.getTime() > opts.leaseMs;
    if (!expired && !ownerIsDead(j.lockedBy)) continue;
    const r = await db.job.updateMany({
      where: { id: j.id, status: "running", lockedBy: j.lockedBy },
      data: { status: "queued", lockedBy: null, heartbeatAt: null, runAt: now },
    });
    n += r.count;
  }
  return n;
}

export async function getJob(db: Db, id: string): Promise<JobView | null> {
  const job = await db.job.findUnique({ where: { id } });
  return job ? toJobView(job) : null;
}

export async function listJobs(db: Db, filter: { kind?: string; status?: JobStatus[]; limit?: number } = {}): Promise<JobView[]> {
  const rows = await db.job.findMany({
    where: { ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.status ? { status: { in: filter.status } } : {}) },
    orderBy: { createdAt: "desc" },
    take: Math.min(filter.limit ?? 100, 1000),
  });
  return rows.map(toJobView);
}

/** The active job holding a key, if any. */
export async function jobForKey(db: Db, key: string): Promise<JobView | null> {
  const held = await db.jobKey.findUnique({ where: { key } });
  return held ? getJob(db, held.jobId) : null;
}
