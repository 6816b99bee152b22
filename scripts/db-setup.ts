// `npm run db:setup` (also the first step of `npm start`): apply migrations, load the gazetteer and
// ingest every page in data/sources. Safe to run again: nothing already there is written twice.
import fs from "node:fs";
import path from "node:path";
import { resolveDatabase, type DatabaseTarget } from "@/lib/db/database-url";
import { ingestSource } from "@/lib/db/ingest-write";
import { prepareDatabase } from "@/lib/db/prepare";
import { readPageFile } from "@/lib/ingest/read-page";
import { readSourceMeta } from "@/lib/ingest/source-meta";
import { isSyntheticFileName } from "@/lib/synth/corpus";
import { ROOT } from "./lib/run";

export const SOURCES_DIR = path.join(ROOT, "data/sources");

export async function setupDatabase(opts: { log?: (s: string) => void; target?: DatabaseTarget } = {}) {
  const log = opts.log ?? (() => {});
  const target = opts.target ?? resolveDatabase();
  log(`• database: ${target.kind === "sqlite" ? path.relative(ROOT, target.file) : "PostgreSQL"}`);
  const { db, gazetteer: gaz, places } = await prepareDatabase(target, ROOT);
  try {
    log(`• gazetteer: ${places.created} added, ${places.updated} updated, ${places.unchanged} unchanged`);

    const files = fs.readdirSync(SOURCES_DIR).filter((f) => f.endsWith(".txt")).sort();
    for (const f of files) {
      const file = path.join(SOURCES_DIR, f);
      const meta = readSourceMeta(file);
      // Benchmark pages are invented: they must never reach a real database through npm start.
      if (meta.synthetic || isSyntheticFileName(f)) {
        log(`• ${f}: synthetic benchmark page, not loaded`);
        continue;
      }
      const res = await ingestSource(
        db,
        { rawText: readPageFile(file), name: meta.name, publishedOn: meta.date, fileName: f },
        gaz,
      );
      log(`• ${f}: ${res.status === "created" ? `${res.articles} articles, ${res.metrics} metrics stored` : "already loaded"}`);
    }
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  setupDatabase({ log: console.log }).catch((err) => {
    console.error(`db:setup failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
