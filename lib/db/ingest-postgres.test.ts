import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../geo/gazetteer";
import { extractDocument } from "../ingest/pipeline";
import { loadCountyPopulation } from "../ref/population";
import { synthCorpus } from "../synth/corpus";
import { createDb, type Db } from "./client";
import { resolveDatabase } from "./database-url";
import { ingestSources } from "./ingest-write";
import { applyMigrations } from "./migrate";
import { seedPlaces } from "./seed-places";
import { tempSqliteDb } from "./test-db";
import { postgresUnavailable, startTempPostgres, type TempPostgres } from "./test-postgres";

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`PostgreSQL ingest tests skipped: ${unavailable}`);

const gaz = loadGazetteer();
const pages = [...synthCorpus(gaz, { seed: 77, articles: 80 })];
const inputs = pages.map((p) => ({ rawText: p.text, name: p.name, publishedOn: p.publishedOn, fileName: p.fileName }));
// What the pipeline cuts from these pages (the splitter decides; the writer must store exactly that).
const extracted = pages.reduce((n, p) => n + extractDocument(p.text, { gazetteer: gaz }).articles.length, 0);

/** Every stored content row without autoincrement ids and creation times, in a stable order. */
async function dump(db: Db) {
  return {
    sources: await db.source.findMany({ orderBy: { id: "asc" }, omit: { createdAt: true } }),
    articles: await db.article.findMany({ orderBy: { id: "asc" } }),
    mentions: await db.mention.findMany({ orderBy: [{ articleId: "asc" }, { start: "asc" }, { placeCode: "asc" }], omit: { id: true } }),
    metrics: await db.metric.findMany({ orderBy: [{ articleId: "asc" }, { position: "asc" }], omit: { id: true } }),
  };
}

describe.skipIf(unavailable !== null)("batch ingest on PostgreSQL (its own bulk writer)", () => {
  let pg: TempPostgres;
  let db: Db;
  beforeAll(async () => {
    pg = startTempPostgres();
    const target = resolveDatabase({ DATABASE_URL: pg.url });
    await applyMigrations(target);
    db = createDb(target);
    await seedPlaces(db, gaz, loadCountyPopulation());
  });
  afterAll(async () => {
    await db?.$disconnect();
    pg?.stop();
  });

  it("stores the same rows as SQLite, once, with bad pages failing alone", async () => {
    const first = await ingestSources(db, [inputs[0]!, { rawText: "", name: "x" }, inputs[0]!, inputs[1]!], { gazetteer: gaz });
    expect(first.map((o) => o.status)).toEqual(["created", "failed", "unchanged", "created"]);
    const rest = await ingestSources(db, inputs, { gazetteer: gaz });
    expect(rest.filter((o) => o.status === "unchanged")).toHaveLength(2);
    expect(rest.every((o) => o.status !== "failed")).toBe(true);
    expect(await db.article.count()).toBe(extracted);
    expect((await ingestSources(db, inputs, { gazetteer: gaz })).every((o) => o.status === "unchanged")).toBe(true);

    const lite = await tempSqliteDb();
    try {
      await seedPlaces(lite.db, gaz, loadCountyPopulation());
      await ingestSources(lite.db, inputs, { gazetteer: gaz });
      expect(await dump(db)).toEqual(await dump(lite.db));
    } finally {
      await lite.cleanup();
    }
  });

  it("fails only the page whose places are missing from the gazetteer table", async () => {
    const extraPages = [...synthCorpus(gaz, { seed: 78, articles: 12 })];
    const extra = extraPages.map((p) => ({ rawText: p.text, name: p.name }));
    // Hide the county the first new page is about: that page, and only pages naming it, must fail.
    const code = extraPages[0]!.counties[0]!;
    const saved = await db.place.findUniqueOrThrow({ where: { code } });
    const mentions = await db.mention.findMany({ where: { placeCode: code }, omit: { id: true } });
    await db.mention.deleteMany({ where: { placeCode: code } });
    await db.place.update({ where: { code }, data: { code: "000000" } });
    try {
      const out = await ingestSources(db, extra, { gazetteer: gaz });
      expect(out[0]).toMatchObject({ status: "failed", error: expect.objectContaining({ message: expect.stringMatching(/gazetteer/) }) });
      expect(out.filter((o) => o.status === "created").length).toBeGreaterThan(0);
    } finally {
      await db.place.update({ where: { code: "000000" }, data: { code: saved.code } });
      await db.mention.createMany({ data: mentions });
    }
  });
});
