import { createDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/database-url";
import { ingestSources } from "@/lib/db/ingest-write";
import { applyMigrations } from "@/lib/db/migrate";
import { seedPlaces } from "@/lib/db/seed-places";
import { postgresUnavailable, startTempPostgres } from "@/lib/db/test-postgres";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { loadCountyPopulation } from "@/lib/ref/population";
import { synthCorpus } from "@/lib/synth/corpus";
import { ROOT } from "../../lib/run";
import type { Scenario } from "../types";

/** The same end-to-end ingest into a throwaway PostgreSQL cluster (the production database). */
export const ingestPostgres: Scenario = {
  id: "ingest-postgres",
  title: "Ingest into PostgreSQL",
  method:
    "A throwaway PostgreSQL cluster from the machine's server binaries (default settings), migrated and seeded " +
    "with the gazetteer; synthetic pages stored through `ingestSources` in batches of 400 pages (extraction on one " +
    "core plus PostgreSQL's bulk writer), in the bench's process.",
  sizes: "once",
  async run(ctx) {
    const why = postgresUnavailable();
    if (why) throw new Error(`not measured: ${why}`);
    const pg = startTempPostgres();
    try {
      const target = resolveDatabase({ DATABASE_URL: pg.url });
      await applyMigrations(target, ROOT);
      const db = createDb(target);
      try {
        const gazetteer = loadGazetteer(ROOT);
        await seedPlaces(db, gazetteer, loadCountyPopulation(ROOT));
        const pages = [...synthCorpus(gazetteer, { seed: 7201, articles: ctx.quick ? 2_000 : 10_000 })];
        let stored = 0;
        const t0 = performance.now();
        for (let i = 0; i < pages.length; i += 400) {
          const batch = pages.slice(i, i + 400).map((p) => ({ rawText: p.text, name: p.name, publishedOn: p.publishedOn, fileName: p.fileName }));
          for (const o of await ingestSources(db, batch, { gazetteer })) {
            if (o.status === "failed") throw o.error;
            if (o.status === "created") stored += o.articles;
          }
        }
        const seconds = (performance.now() - t0) / 1000;
        return { rows: [{ label: `end to end, ${stored.toLocaleString("en-US")} stories (extraction + write)`, value: stored / seconds, unit: "stories/s" }] };
      } finally {
        await db.$disconnect();
      }
    } finally {
      pg.stop();
    }
  },
};
