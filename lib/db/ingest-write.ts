import { z } from "zod";
import { isCalendarDate } from "../calendar-date";
import type { Gazetteer } from "../geo/gazetteer";
import { sha256 } from "../ingest/article-id";
import { engineVersion } from "../ingest/engine-version";
import { extractDocument, type ExtractionDocument, type ExtractOptions } from "../ingest/pipeline";
import { targetOf, type Db } from "./client";
import type { ExtractPool } from "./extract-pool";
import { IngestError, unchanged, type IngestResult, type PageOutcome } from "./ingest-outcome";
import { sourceRow, type PreparedPage } from "./ingest-rows";
import { writePagesPostgres } from "./ingest-postgres";
import { writePagesPrisma } from "./ingest-prisma";
import { writePagesSqlite } from "./ingest-sqlite";

export { IngestError, type IngestResult, type PageOutcome } from "./ingest-outcome";

export const ingestInputSchema = z.object({
  rawText: z.string().min(1, "the page is empty"),
  name: z.string().trim().min(1, "a source name is required").max(200, "the source name is longer than 200 characters"),
  publishedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "the date must look like YYYY-MM-DD")
    .refine(isCalendarDate, "not a real calendar date")
    .nullish(),
  fileName: z.string().max(500).nullish(),
  single: z.boolean().optional(),
  /**
   * Adcode of the outlet's home county when the page came from a followed source (lib/crawl): weak
   * evidence of place, like a masthead: the geocoder's paper place when the text names no outlet.
   */
  countyHint: z.string().regex(/^33\d{4}$/, "countyHint must be a Zhejiang county adcode").nullish(),
});

export type IngestInput = z.input<typeof ingestInputSchema>;

/**
 * `pool`: extract on these threads (bulk ingest); its threads must use the same gazetteer as
 * `gazetteer` (see extract-pool.ts). Without it extraction runs on this thread.
 */
export type IngestOptions = { gazetteer?: Gazetteer; pool?: ExtractPool };

function extractOrError(text: string, opts: ExtractOptions): ExtractionDocument | Error {
  try {
    return extractDocument(text, opts);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/**
 * Stores a batch of pages, each with its articles, mentions and metrics, in one transaction per
 * batch (each page whole or absent, also when the process is killed). A page's content hash makes
 * this idempotent: the same text again changes nothing. Outcomes come back in input order; a bad
 * page fails alone with its error and writes nothing.
 */
export async function ingestSources(db: Db, inputs: IngestInput[], opts: IngestOptions = {}): Promise<PageOutcome[]> {
  const outcomes: (PageOutcome | undefined)[] = new Array(inputs.length);
  const valid: { i: number; src: z.output<typeof ingestInputSchema>; hash: string }[] = [];
  inputs.forEach((input, i) => {
    const parsed = ingestInputSchema.safeParse(input);
    if (!parsed.success) {
      outcomes[i] = { status: "failed", error: new IngestError(parsed.error.issues.map((x) => `${x.path.join(".") || "input"}: ${x.message}`).join("; ")) };
    } else {
      valid.push({ i, src: parsed.data, hash: sha256(parsed.data.rawText) });
    }
  });

  // Pages already stored are not extracted again (a second `npm start` costs one query).
  const stored = valid.length
    ? await db.source.findMany({
        where: { contentHash: { in: [...new Set(valid.map((v) => v.hash))] } },
        select: { id: true, contentHash: true, _count: { select: { articles: true } } },
      })
    : [];
  const byHash = new Map(stored.map((s) => [s.contentHash, s]));
  const todo = valid.filter((v) => {
    const s = byHash.get(v.hash);
    if (s) outcomes[v.i] = unchanged(s.id, s._count.articles);
    return !s;
  });

  // Extraction is pure and happens before the transaction, so a failure writes nothing. It takes
  // most of the time (the write is several times faster): on the pool's threads when given, in
  // input order either way.
  const pages: { i: number; page: PreparedPage }[] = [];
  const optsOf = (v: (typeof todo)[number]) => ({ single: v.src.single, publishedOn: v.src.publishedOn ?? null, countyHint: v.src.countyHint ?? null });
  const docs = opts.pool
    ? await opts.pool.extractAll(todo.map((v) => ({ text: v.src.rawText, opts: optsOf(v) })))
    : todo.map((v) => {
        const doc = extractOrError(v.src.rawText, { ...optsOf(v), gazetteer: opts.gazetteer });
        return doc instanceof Error ? doc : { doc, search: undefined };
      });
  todo.forEach((v, k) => {
    const out = docs[k]!;
    if (out instanceof Error) outcomes[v.i] = { status: "failed", error: out };
    else {
      const { doc, search } = out;
      pages.push({ i: v.i, page: { source: sourceRow(v.src, v.hash, doc.publishedOn), doc, engineVersion: engineVersion({ gazetteer: opts.gazetteer }), search } });
    }
  });

  if (pages.length) {
    // Each database through its own bulk path; a client not made by createDb through Prisma.
    const target = targetOf(db);
    const batch = pages.map((p) => p.page);
    const written =
      target?.kind === "sqlite"
        ? writePagesSqlite(target.file, batch)
        : target?.kind === "postgres"
          ? await writePagesPostgres(target.url, batch)
          : await writePagesPrisma(db, batch);
    pages.forEach((p, k) => (outcomes[p.i] = written[k]!));
  }
  return outcomes.map((o) => o!);
}

/**
 * Stores one page (the entry point of the crawler and the desk; signature kept stable): throws
 * the page's error instead of returning it.
 */
export async function ingestSource(db: Db, input: IngestInput, gazetteer?: Gazetteer): Promise<IngestResult> {
  const [out] = await ingestSources(db, [input], { gazetteer });
  if (out!.status === "failed") throw out!.error;
  return out!;
}
