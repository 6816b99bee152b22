import { afterAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../geo/gazetteer";
import { InputError } from "../ingest/input-check";
import { extractDocument } from "../ingest/pipeline";
import { synthCorpus } from "../synth/corpus";
import { loadCountyPopulation } from "../ref/population";
import { parseSearchQuery } from "../search/query";
import type { Db } from "./client";
import { ExtractPool } from "./extract-pool";
import { ingestSources } from "./ingest-write";
import { searchStories } from "./search";
import { seedPlaces } from "./seed-places";
import { query, sql } from "./sql";
import { NO_FILTER } from "./story-filter";
import { tempSqliteDb } from "./test-db";

const gaz = loadGazetteer();
const pages = [...synthCorpus(gaz, { seed: 43, articles: 30 })];

describe("ExtractPool", () => {
  const pool = new ExtractPool(2);
  afterAll(() => pool.close());

  it("gives the same documents as extraction on this thread, in input order", async () => {
    const docs = await pool.extractAll(pages.map((p) => ({ text: p.text, opts: { publishedOn: p.publishedOn } })));
    expect(docs.map((d) => (d instanceof Error ? d : d.doc))).toEqual(pages.map((p) => extractDocument(p.text, { gazetteer: gaz, publishedOn: p.publishedOn })));
  }, 60_000);

  it("returns a page's error in its place, keeping its class", async () => {
    const [ok, bad] = await pool.extractAll([
      { text: pages[0]!.text, opts: {} },
      { text: "\u0000\u0001\u0002binary", opts: {} },
    ]);
    expect(ok).not.toBeInstanceOf(Error);
    expect(ok instanceof Error ? 0 : ok!.search.length).toBe(ok instanceof Error ? 0 : ok!.doc.articles.length);
    const direct = (() => {
      try {
        return extractDocument("\u0000\u0001\u0002binary", { gazetteer: gaz });
      } catch (e) {
        return e;
      }
    })();
    if (direct instanceof Error) {
      expect(bad).toBeInstanceOf(direct instanceof InputError ? InputError : Error);
      expect((bad as Error).message).toBe(direct.message);
    } else expect(bad instanceof Error ? bad : bad!.doc).toEqual(direct);
  }, 60_000);
});

describe("ingest through the pool", () => {
  const inputs = pages.map((p) => ({ rawText: p.text, name: p.name, publishedOn: p.publishedOn, fileName: p.fileName }));
  const rows = async (db: Db) => ({
    articles: await db.article.findMany({ orderBy: { id: "asc" } }),
    metrics: await db.metric.findMany({ orderBy: [{ articleId: "asc" }, { position: "asc" }], omit: { id: true } }),
    mentions: await db.mention.count(),
  });
  const hits = async (db: Db, text: string) => (await searchStories(db, { ...NO_FILTER, q: parseSearchQuery(text)! }, 0, 50)).hits.map((h) => h.id).sort();

  it("stores the same rows as one thread and leaves them searchable without a later indexing pass", async () => {
    const a = await tempSqliteDb();
    const b = await tempSqliteDb();
    const pool = new ExtractPool(2);
    try {
      for (const t of [a, b]) await seedPlaces(t.db, gaz, loadCountyPopulation());
      await ingestSources(a.db, inputs, { gazetteer: gaz, pool });
      await ingestSources(b.db, inputs, { gazetteer: gaz });
      expect(await rows(a.db)).toEqual(await rows(b.db));
      // Indexed in the writer's transaction: nothing left for search-index.ts to do.
      expect(await query(a.db, sql`SELECT 1 FROM "SearchDoc" WHERE "dirty" > 0`)).toEqual([]);
      expect((await query(b.db, sql`SELECT 1 FROM "SearchDoc" WHERE "dirty" > 0`)).length).toBeGreaterThan(0);
      for (const q of ["共富", "亚运", "村民", "志愿者"]) expect(await hits(a.db, q)).toEqual(await hits(b.db, q));
    } finally {
      await pool.close();
      await a.cleanup();
      await b.cleanup();
    }
  }, 120_000);
});
