import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../geo/gazetteer";
import { loadCountyPopulation } from "../ref/population";
import { synthCorpus } from "../synth/corpus";
import type { Db } from "./client";
import { ExtractPool } from "./extract-pool";
import type { PageOutcome } from "./ingest-outcome";
import { IngestPipeline } from "./ingest-pipeline";
import { ingestSources } from "./ingest-write";
import { seedPlaces } from "./seed-places";
import { tempSqliteDb } from "./test-db";

const gaz = loadGazetteer();
const pages = [...synthCorpus(gaz, { seed: 44, articles: 36 })];
const inputs = pages.map((p) => ({ rawText: p.text, name: p.name, publishedOn: p.publishedOn, fileName: p.fileName }));
const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

describe("IngestPipeline", () => {
  const pool = new ExtractPool(2);
  const dbs: { db: Db; cleanup: () => Promise<void> }[] = [];
  const fresh = async () => {
    const t = await tempSqliteDb();
    await seedPlaces(t.db, gaz, loadCountyPopulation());
    dbs.push(t);
    return t.db;
  };
  beforeAll(() => pool.extractAll([{ text: "预热", opts: {} }]));
  afterAll(async () => {
    await pool.close();
    for (const t of dbs) await t.cleanup();
  });

  it("stores what sequential batches store, with each batch's outcomes in the order added", async () => {
    const piped = await fresh();
    const plain = await fresh();
    // The same page at the end of one batch and the start of the next: one copy, then "unchanged".
    const batches = chunks(inputs, 4).map((b, i, all) => (i > 0 ? [all[i - 1]!.at(-1)!, ...b] : b));
    const seen: PageOutcome[][] = [];
    const pipeline = new IngestPipeline(piped, { gazetteer: gaz, pool });
    for (const b of batches) await pipeline.add(b, (o) => seen.push(o));
    await pipeline.finish();
    const expected: PageOutcome[][] = [];
    for (const b of batches) expected.push(await ingestSources(plain, b, { gazetteer: gaz }));

    expect(seen.map((o) => o.map((x) => x.status))).toEqual(expected.map((o) => o.map((x) => x.status)));
    expect(seen.flat().filter((o) => o.status === "unchanged")).toHaveLength(batches.length - 1);
    const ids = async (db: Db) => (await db.article.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
    expect(await ids(piped)).toEqual(await ids(plain));
    expect(await piped.metric.count()).toBe(await plain.metric.count());
  }, 120_000);

  it("passes a batch's failure on to the caller instead of losing it", async () => {
    const db = await fresh();
    const pipeline = new IngestPipeline(db, { gazetteer: gaz, pool });
    const boom = new Error("report failed");
    await pipeline.add(inputs.slice(0, 2), () => {
      throw boom;
    });
    await expect(pipeline.add(inputs.slice(2, 4), () => {})).rejects.toBe(boom);
    // The batch already in flight still finishes (written whole), and the failure is not lost.
    await expect(pipeline.finish()).rejects.toBe(boom);
    expect(await db.source.count()).toBe(4);
    const stored = await db.article.count();
    const expected = await ingestSources(await fresh(), inputs.slice(0, 4), { gazetteer: gaz });
    expect(stored).toBe(expected.reduce((n, o) => n + (o.status === "created" ? o.articles : 0), 0));
  }, 120_000);
});
