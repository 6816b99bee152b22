/**
 * Extraction on several threads for bulk ingest (`npm run ingest`, `npm run bench`): extraction is
 * pure and takes most of an ingest's time, the write is one transaction per batch on the calling
 * thread. Pages are handed to whichever thread is free and the documents come back in input order,
 * so the result is the same as extracting on one thread (deterministic), and nothing is written
 * until a whole batch is extracted (crash safety is the writer's, unchanged).
 *
 * The threads load the gazetteer from `root` themselves: use a pool only with the gazetteer
 * `loadGazetteer(root)` gives (what prepareDatabase returns). TypeScript is loaded in the threads
 * through tsx's require hook, so this works under tsx and vitest, not inside the Next server
 * (whose writes are single pages anyway).
 */
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { InputError } from "../ingest/input-check";
import type { ExtractionDocument, ExtractOptions } from "../ingest/pipeline";
import type { ExtractJob, ExtractReply } from "./extract-worker";
import type { SearchTokens } from "./ingest-rows";

/** A page's document with its articles' search tokens, or the page's error. */
export type Extracted = { doc: ExtractionDocument; search: SearchTokens[] } | Error;

/** Threads by default: one per core, at most 4 (more only adds memory on this kind of machine). */
export function defaultExtractThreads(): number {
  const fromEnv = Number(process.env.INGEST_THREADS);
  if (process.env.INGEST_THREADS !== undefined && Number.isSafeInteger(fromEnv) && fromEnv >= 0) return fromEnv;
  return Math.min(4, os.availableParallelism());
}

type Pending = { resolve: (r: Extracted) => void };

export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: ExtractJob[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(
    readonly threads: number,
    root: string = process.cwd(),
  ) {
    if (!Number.isSafeInteger(threads) || threads < 1) throw new Error(`an extraction pool needs at least one thread, not ${threads}`);
    const req = createRequire(path.join(root, "package.json"));
    const tsxCjs = req.resolve("tsx/cjs/api");
    const entry = path.join(path.dirname(new URL(import.meta.url).pathname), "extract-worker.ts");
    // A plain-JS bootstrap: tsx's require hook in the thread (its ESM hook trips over import
    // cycles through require(esm) on Node 20), then the TypeScript worker.
    const boot = `require(${JSON.stringify(tsxCjs)}).register(); require(${JSON.stringify(entry)});`;
    for (let i = 0; i < threads; i++) {
      const w = new Worker(boot, { eval: true, workerData: { root }, execArgv: [] });
      w.on("message", (r: ExtractReply) => this.done(w, r));
      w.on("error", (e) => this.fail(e));
      w.on("exit", (code) => code !== 0 && this.fail(new Error(`an extraction thread exited with code ${code}`)));
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** Each text's document (or its error), in input order. */
  extractAll(jobs: { text: string; opts: Omit<ExtractOptions, "gazetteer"> }[]): Promise<Extracted[]> {
    return Promise.all(jobs.map((j) => this.extract(j.text, j.opts)));
  }

  extract(text: string, opts: Omit<ExtractOptions, "gazetteer">): Promise<Extracted> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.queue.push({ id, text, opts });
      this.pump();
    });
  }

  private pump() {
    while (this.idle.length && this.queue.length) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  private done(w: Worker, r: ExtractReply) {
    const p = this.pending.get(r.id);
    this.pending.delete(r.id);
    this.idle.push(w);
    this.pump();
    if (!p) return;
    if (r.doc) p.resolve({ doc: r.doc, search: r.search ?? [] });
    else {
      // The error's class matters to callers (an InputError is the page's fault, not a bug).
      const e = r.error!.name === "InputError" ? new InputError(r.error!.message) : Object.assign(new Error(r.error!.message), { name: r.error!.name });
      p.resolve(e);
    }
  }

  /** A thread that dies takes its pages with it: every waiting page fails, and the pool stays failed. */
  private fail(e: Error) {
    if (this.failure) return;
    this.failure = e;
    for (const p of this.pending.values()) p.resolve(new Error(`extraction thread failed: ${e.message}`));
    this.pending.clear();
  }

  async close(): Promise<void> {
    this.failure ??= new Error("the extraction pool is closed");
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
