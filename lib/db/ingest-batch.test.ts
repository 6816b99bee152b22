import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engineVersion } from "../ingest/engine-version";
import { loadGazetteer } from "../geo/gazetteer";
import { sha256 } from "../ingest/article-id";
import { extractDocument } from "../ingest/pipeline";
import { loadCountyPopulation } from "../ref/population";
import { synthCorpus } from "../synth/corpus";
import type { Db } from "./client";
import { IngestError, ingestSources } from "./ingest-write";
import { writePagesPrisma } from "./ingest-prisma";
import { sourceRow } from "./ingest-rows";
import { seedPlaces } from "./seed-places";
import { tempSqliteDb } from "./test-db";

const gaz = loadGazetteer();
const pages = [...synthCorpus(gaz, { seed: 42, articles: 40 })];
const inputs = pages.map((p) => ({ rawText: p.text, name: p.name, publishedOn: p.publishedOn, fileName: p.fileName }));
// What the pipeline cuts from these pages (the splitter decides; the writer must store exactly that).
const extracted = pages.reduce((n, p) => n + extractDocument(p.text, { gazetteer: gaz }).articles.length, 0);

/** Every stored row of the content tables, without autoincrement ids, in a stable order. */
async function dump(db: Db) {
  const sources = await db.source.findMany({ orderBy: { id: "asc" }, omit: { createdAt: true } });
  const articles = await db.article.findMany({ orderBy: { id: "asc" } });
  const mentions = await db.mention.findMany({ orderBy: [{ articleId: "asc" }, { start: "asc" }, { placeCode: "asc" }], omit: { id: true } });
  const metrics = await db.metric.findMany({ orderBy: [{ articleId: "asc" }, { position: "asc" }], omit: { id: true } });
  return { sources, articles, mentions, metrics };
}

describe("batch ingest", () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await tempSqliteDb());
    await seedPlaces(db, gaz, loadCountyPopulation());
  });
  afterAll(() => cleanup());

  it("stores good pages, fails bad ones alone, and reports duplicates as unchanged, in input order", async () => {
    const batch = [inputs[0]!, { rawText: "", name: "x" }, inputs[1]!, inputs[0]!, { ...inputs[2]!, publishedOn: "2023-02-30" }];
    const out = await ingestSources(db, batch, { gazetteer: gaz });
    expect(out.map((o) => o.status)).toEqual(["created", "failed", "created", "unchanged", "failed"]);
    expect(out[1]!.status === "failed" && out[1]!.error).toBeInstanceOf(IngestError);
    expect(out[3]).toMatchObject({ status: "unchanged", sourceId: out[0]!.status === "created" ? out[0]!.sourceId : "", articles: pages[0]!.articles });
    expect(await db.source.count()).toBe(2);

    const again = await ingestSources(db, inputs, { gazetteer: gaz });
    expect(again.filter((o) => o.status === "unchanged")).toHaveLength(2);
    expect(again.filter((o) => o.status === "created")).toHaveLength(pages.length - 2);
    expect(await db.article.count()).toBe(extracted);
  });

  it("writes exactly what extraction decided: tags, dates, primary mentions, normalized values", async () => {
    const p = pages[3]!;
    const doc = extractDocument(p.text, { gazetteer: gaz, publishedOn: p.publishedOn });
    const rows = await db.article.findMany({ where: { sourceId: sha256(p.text).slice(0, 16) }, orderBy: { position: "asc" }, include: { mentions: true, metrics: true } });
    expect(rows.map((r) => r.id)).toEqual(doc.articles.map((a) => a.id));
    rows.forEach((r, i) => {
      const a = doc.articles[i]!;
      expect(JSON.parse(r.tags)).toEqual(a.tags);
      expect(r.publishedOn).toBe(a.publishedOn);
      expect(r.countyCode).toBe(a.place?.county?.adcode ?? null);
      expect(r.mentions.filter((m) => m.primary).map((m) => m.placeCode).sort()).toEqual(a.mentions.filter((m) => m.primary).map((m) => m.code).sort());
      expect(r.metrics.sort((x, y) => x.position - y.position).map((m) => [m.text, m.value, m.unit, m.approx, m.normValue, m.normUnit])).toEqual(
        a.metrics.map((m) => [m.text, m.value, m.unit, m.approx, m.normalized?.value ?? null, m.normalized?.unit ?? null]),
      );
    });
  });

  it("the Prisma writer (PostgreSQL's path) stores the same rows as the SQLite writer", async () => {
    const other = await tempSqliteDb();
    try {
      await seedPlaces(other.db, gaz, loadCountyPopulation());
      const prepared = inputs.map((input) => {
        const hash = sha256(input.rawText);
        const doc = extractDocument(input.rawText, { gazetteer: gaz, publishedOn: input.publishedOn });
        return { source: sourceRow(input, hash, doc.publishedOn), doc, engineVersion: engineVersion({ gazetteer: gaz }) };
      });
      // A duplicate inside the batch and a second run: still one copy of each page.
      const out = await writePagesPrisma(other.db, [...prepared, prepared[0]!]);
      expect(out.filter((o) => o.status === "created")).toHaveLength(pages.length);
      expect(out.at(-1)!.status).toBe("unchanged");
      expect((await writePagesPrisma(other.db, prepared)).every((o) => o.status === "unchanged")).toBe(true);
      expect(await dump(other.db)).toEqual(await dump(db));
    } finally {
      await other.cleanup();
    }
  });
});
