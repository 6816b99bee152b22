// `npm run db:setup` (also the first step of `npm start`): apply migrations, load the gazetteer and
// ingest every page in data/sources. Safe to run again: nothing already there is written twice.
import fs from "node:fs";
import path from "node:path";
import { resolveDatabase, type DatabaseTarget } from "@/lib/db/database-url";
import { ingestSources, type IngestInput } from "@/lib/db/ingest-write";
import { prepareDatabase } from "@/lib/db/prepare";
import { syncSearchIndex } from "@/lib/db/search-index";
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
    const load: { f: string; input: IngestInput }[] = [];
    for (const f of files) {
      const file = path.join(SOURCES_DIR, f);
      const meta = readSourceMeta(file);
      // Benchmark pages are invented: they must never reach a real database through npm start.
      if (meta.synthetic || isSyntheticFileName(f)) {
        log(`• ${f}: synthetic benchmark page, not loaded`);
        continue;
      }
      load.push({ f, input: { rawText: readPageFile(file), name: meta.name, publishedOn: meta.date, fileName: f } });
    }
    const outcomes = await ingestSources(db, load.map((l) => l.input), { gazetteer: gaz });
    outcomes.forEach((res, k) => {
      const f = load[k]!.f;
      if (res.status === "failed") throw new Error(`${f}: ${res.error.message}`);
      log(`• ${f}: ${res.status === "created" ? `${res.articles} articles, ${res.metrics} metrics stored` : "already loaded"}`);
    });
    // Searches index new articles themselves; doing it here means the first one need not wait.
    const indexed = await syncSearchIndex(db);
    if (indexed) log(`• search index: ${indexed} articles indexed`);
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
