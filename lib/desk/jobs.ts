/**
 * The desk's background work on the shared job queue (lib/jobs): a batch of uploaded pages
 * ("desk-upload") and re-extraction of every stored page ("desk-reextract"). Both keep their state in
 * the database (UploadItem rows, PageBase.updatedAt), so progress shows after a reload and a job
 * interrupted by a restart resumes where it stopped instead of starting over.
 */
import { randomUUID } from "node:crypto";
import type { Editor } from "../auth/roles";
import type { Db } from "../db/client";
import { loadGazetteer } from "../geo/gazetteer";
import { enqueueJob, getJob, jobForKey, listJobs, type JobView } from "../jobs/queue";
import { INTERRUPTED, JobWorker, type JobContext, type JobHandler } from "../jobs/worker";
import { decodeFile } from "./page-input";
import { publishPage } from "./publish";
import { reextractPage } from "./reextract";

export const UPLOAD_KIND = "desk-upload";
export const REEXTRACT_KIND = "desk-reextract";
const REEXTRACT_KEY = "desk-reextract:all";

export type BatchInput = { files: { fileName: string; base64: string }[]; name: string; publishedOn: string | null; single?: boolean };

/**
 * Decodes every file now (a file that cannot be read is recorded as failed, with why) and stores
 * the batch's items with its job in one transaction; the worker stores the pages one by one.
 */
export async function startUpload(db: Db, editor: Editor, input: BatchInput): Promise<{ batchId: string; jobId: string }> {
  const batchId = randomUUID();
  const items = input.files.map((f, position) => {
    try {
      return { batchId, position, fileName: f.fileName, name: input.name, publishedOn: input.publishedOn, rawText: decodeFile(f), status: "pending" };
    } catch (e) {
      return { batchId, position, fileName: f.fileName, name: input.name, publishedOn: input.publishedOn, rawText: "", status: "failed", error: (e as Error).message };
    }
  });
  await db.$transaction(async (tx) => {
    await tx.uploadItem.createMany({ data: items });
    await tx.deskEvent.create({ data: { userEmail: editor.email, action: "upload", summary: `上传 ${items.length} 个文件（${input.name}）` } });
  });
  const { job } = await enqueueJob(db, {
    kind: UPLOAD_KIND,
    key: `${UPLOAD_KIND}:${batchId}`,
    payload: { batchId, userEmail: editor.email, single: input.single ?? false },
    maxAttempts: 3,
  });
  return { batchId, jobId: job.id };
}

export type BatchView = {
  job: { id: string; status: string; error: string | null } | null;
  items: { position: number; fileName: string | null; status: string; sourceId: string | null; articles: number | null; error: string | null }[];
};

export async function uploadStatus(db: Db, batchId: string): Promise<BatchView | null> {
  const items = await db.uploadItem.findMany({
    where: { batchId },
    orderBy: { position: "asc" },
    select: { position: true, fileName: true, status: true, sourceId: true, articles: true, error: true },
  });
  if (!items.length) return null;
  const job = (await listJobs(db, { kind: UPLOAD_KIND, limit: 200 })).find((j) => (j.payload as { batchId?: string })?.batchId === batchId) ?? null;
  return { job: job && { id: job.id, status: job.status, error: job.error }, items };
}

const uploadHandler: JobHandler = async ({ job, db, stopping, progress }: JobContext) => {
  const { batchId, userEmail, single } = job.payload as { batchId: string; userEmail: string; single: boolean };
  const gazetteer = loadGazetteer();
  const total = await db.uploadItem.count({ where: { batchId } });
  for (;;) {
    if (stopping.aborted) return INTERRUPTED;
    const item = await db.uploadItem.findFirst({ where: { batchId, status: "pending" }, orderBy: { position: "asc" } });
    if (!item) break;
    try {
      const r = await publishPage(db, userEmail, { rawText: item.rawText, name: item.name, publishedOn: item.publishedOn, fileName: item.fileName, single }, gazetteer);
      await db.uploadItem.update({ where: { id: item.id }, data: { status: r.status, sourceId: r.sourceId, articles: r.articles } });
    } catch (e) {
      await db.uploadItem.update({ where: { id: item.id }, data: { status: "failed", error: (e as Error).message.slice(0, 500) } });
    }
    const done = await db.uploadItem.count({ where: { batchId, status: { not: "pending" } } });
    await progress({ done, total, message: item.fileName });
  }
  const failed = await db.uploadItem.count({ where: { batchId, status: "failed" } });
  return { total, failed };
};

/** Starts (or returns the running) re-extraction of every stored page. */
export async function startReextractAll(db: Db, editor: Editor): Promise<JobView> {
  const { job } = await enqueueJob(db, { kind: REEXTRACT_KIND, key: REEXTRACT_KEY, payload: { userEmail: editor.email, since: new Date().toISOString() }, maxAttempts: 3 });
  return job;
}

export async function reextractJob(db: Db): Promise<JobView | null> {
  return (await jobForKey(db, REEXTRACT_KEY)) ?? (await listJobs(db, { kind: REEXTRACT_KIND, limit: 1 }))[0] ?? null;
}

const reextractHandler: JobHandler = async ({ job, db, stopping, progress }: JobContext) => {
  const { userEmail, since } = job.payload as { userEmail: string; since: string };
  const gazetteer = loadGazetteer();
  const editor = { id: "", email: userEmail, name: userEmail, role: "editor" as const };
  // Pages already rebuilt since the job began are done (a resumed job skips them).
  const pages = await db.source.findMany({ select: { id: true, base: { select: { updatedAt: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const total = pages.length;
  let done = pages.filter((p) => p.base && p.base.updatedAt >= new Date(since)).length;
  let orphaned = 0;
  let failed = 0;
  for (const p of pages) {
    if (p.base && p.base.updatedAt >= new Date(since)) continue;
    if (stopping.aborted) return INTERRUPTED;
    try {
      orphaned += (await reextractPage(db, p.id, { gazetteer, editor })).orphaned.length;
    } catch {
      failed++;
    }
    done++;
    await progress({ done, total, message: `${orphaned} 条校对需复核` });
  }
  return { total, orphaned, failed };
};

export const DESK_HANDLERS: Record<string, JobHandler> = { [UPLOAD_KIND]: uploadHandler, [REEXTRACT_KIND]: reextractHandler };

/** The web server's worker for desk jobs (started from instrumentation.ts). */
export function startDeskWorker(db: Db): JobWorker {
  const worker = new JobWorker({ db, handlers: DESK_HANDLERS, concurrency: 1, pollMs: 1000, onError: (j, e) => console.error(`desk job ${j.kind} ${j.id} failed:`, e) });
  void worker.run();
  return worker;
}

export { getJob };
