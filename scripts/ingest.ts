// `npm run ingest -- FILE... [--source NAME] [--date YYYY-MM-DD] [--single] [--batch PAGES]`: stores each
// page with its articles, mentions and metrics. Pages are written in batches (one transaction per batch
// of at most PAGES pages or ~2 MB, each page whole or absent even if the process is killed) and
// progress is printed per file after its batch commits. Pages already
// stored (same content hash) are skipped, so running it twice changes nothing.
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveDatabase } from "@/lib/db/database-url";
import { defaultExtractThreads, ExtractPool } from "@/lib/db/extract-pool";
import { IngestError, ingestSources, type IngestInput, type PageOutcome } from "@/lib/db/ingest-write";
import { prepareDatabase } from "@/lib/db/prepare";
import { InputError } from "@/lib/ingest/input-check";
import { readPageFile } from "@/lib/ingest/read-page";
import { readSourceMeta } from "@/lib/ingest/source-meta";

const USAGE = "usage: npm run ingest -- FILE... [--source NAME] [--date YYYY-MM-DD] [--single] [--batch PAGES]";
/** A batch closes at this many bytes of text or pages: big enough to amortise the commit, small enough to hold. */
const BATCH_BYTES = 2_000_000;
const BATCH_PAGES = 400;

type Item = { tag: string; input?: IngestInput; error?: Error };

function report(item: Item, out: PageOutcome): boolean {
  if (out.status === "failed") {
    const known = out.error instanceof InputError || out.error instanceof IngestError;
    console.error(`${item.tag}: ${known ? "" : "unexpected error: "}${out.error.message} (nothing written)`);
    return false;
  }
  console.log(
    out.status === "created"
      ? `${item.tag}: stored ${out.articles} articles, ${out.mentions} place mentions, ${out.metrics} metrics`
      : `${item.tag}: already stored (same content), nothing changed`,
  );
  return true;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        source: { type: "string" },
        date: { type: "string" },
        single: { type: "boolean", default: false },
        batch: { type: "string", default: String(BATCH_PAGES) },
      },
    });
  } catch (e) {
    console.error(`ingest: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const files = args.positionals;
  const batchPages = Number(args.values.batch);
  if (files.length === 0 || !Number.isSafeInteger(batchPages) || batchPages < 1) {
    console.error(USAGE);
    return 2;
  }
  // A fresh checkout can ingest before ever running `npm start`.
  const { db, gazetteer } = await prepareDatabase(resolveDatabase());
  // Extraction on one thread per core (INGEST_THREADS=0: on this thread) when there are enough pages to pay for starting them.
  const threads = files.length >= 20 ? defaultExtractThreads() : 0;
  const pool = threads > 0 ? new ExtractPool(threads) : undefined;
  let failed = 0;
  let batch: Item[] = [];
  let bytes = 0;
  const flush = async () => {
    const inputs = batch.filter((b) => b.input);
    const outcomes = await ingestSources(db, inputs.map((b) => b.input!), { gazetteer, pool });
    const byItem = new Map(inputs.map((b, k) => [b, outcomes[k]!]));
    for (const item of batch) {
      if (!report(item, item.error ? { status: "failed", error: item.error } : byItem.get(item)!)) failed++;
    }
    batch = [];
    bytes = 0;
  };
  try {
    for (const [i, file] of files.entries()) {
      const tag = `[${i + 1}/${files.length}] ${path.basename(file)}`;
      try {
        const meta = readSourceMeta(file);
        const rawText = readPageFile(file);
        batch.push({
          tag,
          input: { rawText, name: args.values.source ?? meta.name, publishedOn: args.values.date ?? meta.date, fileName: file, single: args.values.single },
        });
        bytes += rawText.length * 3;
      } catch (e) {
        batch.push({ tag, error: e instanceof Error ? e : new Error(String(e)) });
      }
      if (bytes >= BATCH_BYTES || batch.length >= batchPages) await flush();
    }
    await flush();
  } finally {
    await pool?.close();
    await db.$disconnect();
  }
  if (failed) console.error(`${failed} of ${files.length} file(s) failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`ingest: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
