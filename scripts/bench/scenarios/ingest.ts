import path from "node:path";
import { createDb } from "@/lib/db/client";
import { defaultExtractThreads, ExtractPool } from "@/lib/db/extract-pool";
import { ingestSources } from "@/lib/db/ingest-write";
import { writePagesPrisma } from "@/lib/db/ingest-prisma";
import { sourceRow, type PreparedPage } from "@/lib/db/ingest-rows";
import { writePagesSqlite } from "@/lib/db/ingest-sqlite";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { sha256 } from "@/lib/ingest/article-id";
import { extractDocument } from "@/lib/ingest/pipeline";
import { synthCorpus, type SynthPage } from "@/lib/synth/corpus";
import { ROOT } from "../../lib/run";
import { snapshot } from "../databases";
import type { Scenario } from "../types";

const BATCH = 400;
const inputOf = (p: SynthPage) => ({ rawText: p.text, name: p.name, publishedOn: p.publishedOn, fileName: p.fileName });

/** Ingest speed into the database as it is at each size: end to end, and the write alone. */
export const ingest: Scenario = {
  id: "ingest",
  title: "Ingest into SQLite",
  method:
    "Synthetic pages not yet in the database (other seeds than the scale corpus) are stored through `ingestSources` " +
    "in batches of 400 pages, in the bench's process: extraction on one worker thread per core (at most 4, " +
    "`INGEST_THREADS`) as `npm run ingest` does it, then other pages with extraction on the writing thread. Then a second set is " +
    "extracted first and only the write is timed, once through the SQLite writer (better-sqlite3, prepared " +
    "statements, one transaction per batch) and once through the Prisma writer PostgreSQL uses (createMany per " +
    "table per batch), to show where the time goes. Each size's database is copied first, so the other " +
    "scenarios still see it at its size. Issue 10 asks for at least 1,000 stories/s end to end.",
  sizes: "each",
  async run(ctx) {
    const gazetteer = loadGazetteer(ROOT);
    const n = ctx.quick ? 2_000 : 10_000;
    const file = path.join(ctx.tmpDir, "ingest.sqlite");
    await snapshot(ctx.size.target.file, file);
    const target = { kind: "sqlite" as const, file, url: `file:${file}` };
    const db = createDb(target);
    try {
      // End to end: extraction + write, as `npm run ingest` does it (extraction on one thread per
      // core), then the same on one thread for comparison (other pages, so none is "unchanged").
      const endToEndRate = async (seed: number, pool?: ExtractPool) => {
        const pages = [...synthCorpus(gazetteer, { seed, articles: n })];
        let stored = 0;
        const t0 = performance.now();
        for (let i = 0; i < pages.length; i += BATCH) {
          for (const o of await ingestSources(db, pages.slice(i, i + BATCH).map(inputOf), { gazetteer, pool })) {
            if (o.status === "failed") throw o.error;
            if (o.status === "created") stored += o.articles;
          }
        }
        return { stored, rate: stored / ((performance.now() - t0) / 1000) };
      };
      const threads = Math.max(1, defaultExtractThreads());
      const pool = new ExtractPool(threads, ROOT);
      let parallel: { stored: number; rate: number };
      try {
        // The threads load the gazetteer before their first page: not part of the ingest's speed.
        await pool.extractAll(Array.from({ length: threads }, () => ({ text: "预热", opts: {} })));
        parallel = await endToEndRate(7001, pool);
      } finally {
        await pool.close();
      }
      const single = await endToEndRate(7004);

      const prepared = (seed: number): PreparedPage[] =>
        [...synthCorpus(gazetteer, { seed, articles: n / 2 })].map((p) => {
          const doc = extractDocument(p.text, { gazetteer, publishedOn: p.publishedOn });
          return { source: sourceRow(inputOf(p), sha256(p.text), doc.publishedOn), doc };
        });
      const stories = (ps: PreparedPage[]) => ps.reduce((s, p) => s + p.doc.articles.length, 0);
      const direct = prepared(7002);
      let t = performance.now();
      for (let i = 0; i < direct.length; i += BATCH) writePagesSqlite(file, direct.slice(i, i + BATCH));
      const directRate = stories(direct) / ((performance.now() - t) / 1000);
      const viaPrisma = prepared(7003);
      t = performance.now();
      for (let i = 0; i < viaPrisma.length; i += BATCH) await writePagesPrisma(db, viaPrisma.slice(i, i + BATCH));
      const prismaRate = stories(viaPrisma) / ((performance.now() - t) / 1000);
      return {
        rows: [
          { label: `end to end, extraction on ${threads} threads (as \`npm run ingest\`)`, value: parallel.rate, unit: "stories/s", target: { min: 1000, text: "≥ 1,000" } },
          { label: "end to end, extraction on the writing thread", value: single.rate, unit: "stories/s" },
          { label: "write only: SQLite writer", value: directRate, unit: "stories/s" },
          { label: "write only: Prisma writer (PostgreSQL's path) on SQLite", value: prismaRate, unit: "stories/s" },
        ],
      };
    } finally {
      await db.$disconnect();
    }
  },
};
