// `npm run ingest -- FILE... [--source NAME] [--date YYYY-MM-DD] [--single]`: stores each page with its
// articles, mentions and metrics in one transaction per page. Pages already stored (same content
// hash) are skipped, so running it twice changes nothing.
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveDatabase } from "@/lib/db/database-url";
import { IngestError, ingestSource } from "@/lib/db/ingest-write";
import { prepareDatabase } from "@/lib/db/prepare";
import { InputError } from "@/lib/ingest/input-check";
import { readPageFile } from "@/lib/ingest/read-page";
import { readSourceMeta } from "@/lib/ingest/source-meta";

const USAGE = "usage: npm run ingest -- FILE... [--source NAME] [--date YYYY-MM-DD] [--single]";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { source: { type: "string" }, date: { type: "string" }, single: { type: "boolean", default: false } },
    });
  } catch (e) {
    console.error(`ingest: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const files = args.positionals;
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  // A fresh checkout can ingest before ever running `npm start`.
  const { db, gazetteer } = await prepareDatabase(resolveDatabase());
  let failed = 0;
  try {
    for (const [i, file] of files.entries()) {
      const tag = `[${i + 1}/${files.length}] ${path.basename(file)}`;
      try {
        const meta = readSourceMeta(file);
        const res = await ingestSource(
          db,
          {
            rawText: readPageFile(file),
            name: args.values.source ?? meta.name,
            publishedOn: args.values.date ?? meta.date,
            fileName: file,
            single: args.values.single,
          },
          gazetteer,
        );
        console.log(
          res.status === "created"
            ? `${tag}: stored ${res.articles} articles, ${res.mentions} place mentions, ${res.metrics} metrics`
            : `${tag}: already stored (same content), nothing changed`,
        );
      } catch (e) {
        failed++;
        const known = e instanceof InputError || e instanceof IngestError;
        console.error(`${tag}: ${known ? "" : "unexpected error: "}${(e as Error).message} (nothing written)`);
      }
    }
  } finally {
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
