// `npm run ingest -- FILE... [--source NAME] [--date YYYY-MM-DD] [--single]`: stores each page with its
// articles, mentions and metrics in one transaction per page. Pages already stored (same content
// hash) are skipped, so running it twice changes nothing.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrate";
import { IngestError, ingestSource } from "@/lib/db/ingest-write";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { decodeInput, InputError } from "@/lib/ingest/input-check";
import { MAX_INPUT_BYTES } from "@/lib/ingest/limits";
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
  // Migrations first, so a fresh checkout can ingest before ever running `npm start`.
  const target = resolveDatabase();
  await applyMigrations(target);
  const db = createDb(target);
  const gaz = loadGazetteer();
  let failed = 0;
  try {
    for (const [i, file] of files.entries()) {
      const tag = `[${i + 1}/${files.length}] ${path.basename(file)}`;
      try {
        if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new InputError("no such file");
        if (fs.statSync(file).size > MAX_INPUT_BYTES) throw new InputError(`larger than ${MAX_INPUT_BYTES / 1e6} MB: split the file`);
        const meta = readSourceMeta(file);
        const res = await ingestSource(
          db,
          {
            rawText: decodeInput(fs.readFileSync(file)),
            name: args.values.source ?? meta.name,
            publishedOn: args.values.date ?? meta.date,
            fileName: file,
            single: args.values.single,
          },
          gaz,
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

main().then((code) => process.exit(code));
