/**
 * One extraction thread of ExtractPool (extract-pool.ts): loads the gazetteer once, then turns
 * each page it is sent into its extraction document. Extraction is pure, so a page extracted here
 * is the same as one extracted on the main thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadGazetteer } from "../geo/gazetteer";
import { extractDocument, type ExtractOptions } from "../ingest/pipeline";
import { indexTokens } from "../search/tokenize";
import type { SearchTokens } from "./ingest-rows";

export type ExtractJob = { id: number; text: string; opts: Omit<ExtractOptions, "gazetteer"> };
export type ExtractReply = { id: number; doc?: ReturnType<typeof extractDocument>; search?: SearchTokens[]; error?: { name: string; message: string } };

const gazetteer = loadGazetteer((workerData as { root: string }).root);

parentPort!.on("message", (job: ExtractJob) => {
  let reply: ExtractReply;
  try {
    const doc = extractDocument(job.text, { ...job.opts, gazetteer });
    // The search index's tokens too (the segmenter is the other costly step): the writer stores
    // them with the articles, so no server has to tokenize what this ingest wrote.
    reply = { id: job.id, doc, search: doc.articles.map((a) => ({ title: indexTokens(a.title), body: indexTokens(a.body) })) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply = { id: job.id, error: { name: err.name, message: err.message } };
  }
  parentPort!.postMessage(reply);
});
