/**
 * The job queue's behaviour as a test suite run against both databases (queue.test.ts on SQLite,
 * queue.pg.test.ts on PostgreSQL): what the desk and the crawler rely on.
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { expect, it } from "vitest";
import type { Db } from "../db/client";
import { claimJob, completeJob, enqueueJob, failJob, getJob, heartbeatJob, jobForKey, reclaimStaleJobs, reportProgress } from "./queue";
import { INTERRUPTED, JobWorker } from "./worker";

export function queueContract(getDbs: () => { a: Db; b: Db }) {
  it("one queued-or-running job per key, even when two instances enqueue at once", async () => {
    const { a, b } = getDbs();
    const results = await Promise.all([a, b, a, b].map((db) => enqueueJob(db, { kind: "test", key: "k:same", payload: { n: 1 } })));
    expect(new Set(results.map((r) => r.job.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const other = await enqueueJob(a, { kind: "test", key: "k:other" });
    expect(other.created).toBe(true);
  });

  it("exactly one of several claimers gets a job; progress is readable by anyone; done releases the key", async () => {
    const { a, b } = getDbs();
    const { job } = await enqueueJob(a, { kind: "claim", key: "k:claim", payload: { file: "x.txt" } });
    const claims = await Promise.all([claimJob(a, ["claim"], "host:1:a"), claimJob(b, ["claim"], "host:2:b"), claimJob(a, ["claim"], "host:3:c")]);
    const winners = claims.filter((c) => c !== null);
    expect(winners).toHaveLength(1);
    const owner = winners[0]!.lockedBy!;
    expect(await reportProgress(a, job.id, "someone-else", { done: 5 })).toBe(false);
    expect(await reportProgress(a, job.id, owner, { done: 3, total: 10, message: "page 3" })).toBe(true);
    expect((await getJob(b, job.id))!.progress).toEqual({ done: 3, total: 10, message: "page 3" });
    expect(await completeJob(b, job.id, owner, { stored: 10 })).toBe(true);
    const done = (await getJob(a, job.id))!;
    expect(done).toMatchObject({ status: "done", result: { stored: 10 }, lockedBy: null });
    expect(await jobForKey(a, "k:claim")).toBeNull();
    expect((await enqueueJob(a, { kind: "claim", key: "k:claim" })).created).toBe(true);
  });

  it("a failing job is retried until maxAttempts, then failed with its error and its key released", async () => {
    const { a } = getDbs();
    const { job } = await enqueueJob(a, { kind: "flaky", key: "k:flaky", maxAttempts: 2 });
    const c1 = await claimJob(a, ["flaky"], "h:1:x");
    expect(await failJob(a, c1!.id, "h:1:x", "boom 1", 0)).toBe("retry");
    const c2 = await claimJob(a, ["flaky"], "h:1:x");
    expect(c2?.attempts).toBe(2);
    expect(await failJob(a, c2!.id, "h:1:x", "boom 2", 0)).toBe("failed");
    expect(await getJob(a, job.id)).toMatchObject({ status: "failed", error: "boom 2" });
    expect(await jobForKey(a, "k:flaky")).toBeNull();
  });

  it("a job whose holder stopped heartbeating, or died on this host, goes back to the queue", async () => {
    const { a } = getDbs();
    const stale = await enqueueJob(a, { kind: "lease" });
    await claimJob(a, ["lease"], "elsewhere:1:x", { ids: [stale.job.id] });
    // A process that has exited: its pid is free.
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    const deadOwner = `${os.hostname()}:${gone.stdout.trim()}:x`;
    const dead = await enqueueJob(a, { kind: "lease" });
    await claimJob(a, ["lease"], deadOwner, { ids: [dead.job.id] });
    const alive = await enqueueJob(a, { kind: "lease" });
    await claimJob(a, ["lease"], `${os.hostname()}:${process.pid}:x`, { ids: [alive.job.id] });

    expect(await reclaimStaleJobs(a, { leaseMs: 60_000, kinds: ["lease"] })).toBe(1);
    expect((await getJob(a, dead.job.id))!.status).toBe("queued");
    expect((await getJob(a, stale.job.id))!.status).toBe("running");
    // An hour later the other machine's lease has run out too; the live local holder keeps beating.
    expect(await heartbeatJob(a, alive.job.id, `${os.hostname()}:${process.pid}:x`)).toBe(true);
    await a.job.update({ where: { id: stale.job.id }, data: { heartbeatAt: new Date(Date.now() - 3600_000) } });
    expect(await reclaimStaleJobs(a, { leaseMs: 60_000, kinds: ["lease"] })).toBe(1);
    expect((await getJob(a, stale.job.id))!.status).toBe("queued");
    expect((await getJob(a, alive.job.id))!.status).toBe("running");
  });

  it("two workers run each job exactly once, several at a time", async () => {
    const { a, b } = getDbs();
    const runs = new Map<string, number>();
    let active = 0;
    let maxActive = 0;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await enqueueJob(a, { kind: "work", payload: { i } })).job.id);
    const handler = async ({ job }: { job: { id: string } }) => {
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 150));
      active--;
      return { ok: true };
    };
    const w1 = new JobWorker({ db: a, handlers: { work: handler }, concurrency: 3, pollMs: 20 });
    const w2 = new JobWorker({ db: b, handlers: { work: handler }, concurrency: 3, pollMs: 20 });
    await Promise.all([w1.run({ untilIdle: true }), w2.run({ untilIdle: true })]);
    expect(ids.map((id) => runs.get(id))).toEqual(ids.map(() => 1));
    expect(maxActive).toBeGreaterThan(1);
    const statuses = await a.job.findMany({ where: { id: { in: ids } }, select: { status: true } });
    expect(statuses.every((s) => s.status === "done")).toBe(true);
  });

  it("stopping a worker hands an unfinished job back without counting the attempt", async () => {
    const { a } = getDbs();
    const { job } = await enqueueJob(a, { kind: "long", key: "k:long" });
    const worker = new JobWorker({
      db: a,
      pollMs: 20,
      handlers: {
        long: async (ctx) => {
          for (let page = 1; ; page++) {
            if (ctx.stopping.aborted) return INTERRUPTED;
            await ctx.progress({ done: page, total: 100 });
            if (page === 3) worker.stop();
          }
        },
      },
    });
    await worker.run();
    const after = (await getJob(a, job.id))!;
    expect(after).toMatchObject({ status: "queued", attempts: 0, lockedBy: null });
    expect(after.progress.done).toBe(3);
    expect((await jobForKey(a, "k:long"))?.id).toBe(job.id);
  });

  it("a handler that throws is retried later and its error kept", async () => {
    const { a } = getDbs();
    const { job } = await enqueueJob(a, { kind: "throws", maxAttempts: 3 });
    const errors: unknown[] = [];
    const worker = new JobWorker({ db: a, pollMs: 20, retryDelayMs: 60_000, onError: (_j, e) => errors.push(e), handlers: { throws: async () => Promise.reject(new Error("disk full")) } });
    const stopSoon = setTimeout(() => worker.stop(), 300);
    await worker.run();
    clearTimeout(stopSoon);
    expect(errors).toHaveLength(1);
    expect(await getJob(a, job.id)).toMatchObject({ status: "queued", error: "disk full", attempts: 1 });
  });
}
