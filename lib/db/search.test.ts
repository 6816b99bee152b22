import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchQuery } from "../search/query";
import type { Db } from "./client";
import { createDb } from "./client";
import { resolveDatabase } from "./database-url";
import { applyMigrations } from "./migrate";
import { insertFixture, SEARCH_FIXTURE } from "./read-fixtures";
import { searchStories } from "./search";
import { ensureSearchIndex } from "./search-index";
import { NO_FILTER, type StoryFilter } from "./story-filter";
import { tempSqliteDb } from "./test-db";
import { postgresUnavailable, startTempPostgres, type TempPostgres } from "./test-postgres";

const search = async (db: Db, text: string, f: Partial<StoryFilter> = {}) => searchStories(db, { ...NO_FILTER, ...f, q: parseSearchQuery(text)! });
const titles = async (db: Db, text: string, f: Partial<StoryFilter> = {}) => (await search(db, text, f)).hits.map((h) => h.title);

const QUERIES: [string, Partial<StoryFilter>][] = [
  ["滨江", {}],
  ["亚运", {}],
  ["共富", {}],
  ["滨江区", {}],
  ["亚运会", {}],
  ["共同富裕", {}],
  ["gdp", {}],
  ["GD", {}],
  ["水", {}],
  ["100%", {}],
  ["a_b", {}],
  ["滨江 亚运", {}],
  ["亚运", { county: "330102" }],
  ["亚运", { tag: "culture", from: "2023-06-01" }],
  ["增长", { city: "330600", to: "2024-12-31" }],
  ["不存在的词语", {}],
];

describe("full-text search (SQLite FTS5)", () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await tempSqliteDb());
    await insertFixture(db, "search fixture", SEARCH_FIXTURE);
  });
  afterAll(() => cleanup());

  it("finds two-character queries as exact character sequences, ranking the place itself first", async () => {
    expect(await titles(db, "滨江")).toEqual(["滨江区推进亚运场馆建设", "海滨江边的新绿道"]);
    expect(await titles(db, "共富")).toEqual(["共富工坊带动增收"]);
    expect((await titles(db, "亚运")).sort()).toEqual(["亚运会志愿者培训", "滨江区推进亚运场馆建设"].sort());
    expect(await titles(db, "滨江区")).toEqual(["滨江区推进亚运场馆建设"]);
  });

  it("is case-insensitive, treats % and _ literally (never as wildcards), finds one character by prefix", async () => {
    expect(await titles(db, "gdp")).toEqual(["GDP增长5.2%"]);
    expect(await titles(db, "ＧＤＰ")).toEqual(["GDP增长5.2%"]);
    expect((await titles(db, "100%")).sort()).toEqual(["A_B测试与100%覆盖", "GDP增长5.2%"].sort());
    expect(await titles(db, "a_b")).toEqual(["A_B测试与100%覆盖"]);
    expect(await titles(db, "水")).toEqual(["社区食堂开张"]);
  });

  it("applies filters in SQL and pages with totals", async () => {
    expect(await titles(db, "亚运", { county: "330102" })).toEqual(["亚运会志愿者培训"]);
    expect(await titles(db, "亚运", { tag: "culture", from: "2023-06-01" })).toEqual(["亚运会志愿者培训"]);
    const page = await searchStories(db, { ...NO_FILTER, q: parseSearchQuery("亚运")! }, 0, 1);
    expect(page.total).toBe(2);
    expect(page.hits).toHaveLength(1);
    expect(page.nextCursor).toBe("1");
  });

  it("returns snippets with highlight ranges that point at the matches", async () => {
    const r = await search(db, "滨江 亚运");
    expect(r.hits).toHaveLength(1);
    const h = r.hits[0]!;
    expect(h.highlights.length).toBeGreaterThan(0);
    for (const [s, e] of h.highlights) expect(["滨江", "亚运"]).toContain(h.snippet.slice(s, e));
    expect(h.titleHighlights.map(([s, e]) => h.title.slice(s, e))).toEqual(["滨江", "亚运"]);
  });

  it("follows edits and deletions of articles", async () => {
    const [id] = await insertFixture(db, "edit fixture", [{ title: "临时标题", body: "试点内容", county: "330102" }]);
    expect(await titles(db, "试点")).toEqual(["临时标题"]);
    await db.article.update({ where: { id: id! }, data: { body: "改写后的内容" } });
    expect(await titles(db, "试点")).toEqual([]);
    expect(await titles(db, "改写")).toEqual(["临时标题"]);
    await db.article.delete({ where: { id: id! } });
    expect(await titles(db, "改写")).toEqual([]);
  });
});

const unavailable = postgresUnavailable();

describe.skipIf(unavailable !== null)("search parity: PostgreSQL finds what SQLite finds", () => {
  let pg: TempPostgres;
  let pgDb: Db;
  let lite: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    pg = startTempPostgres();
    const target = resolveDatabase({ DATABASE_URL: pg.url });
    await applyMigrations(target);
    pgDb = createDb(target);
    ({ db: lite, cleanup } = await tempSqliteDb());
    await insertFixture(pgDb, "search fixture", SEARCH_FIXTURE);
    await insertFixture(lite, "search fixture", SEARCH_FIXTURE);
    await Promise.all([ensureSearchIndex(pgDb), ensureSearchIndex(lite)]);
  });
  afterAll(async () => {
    await pgDb?.$disconnect();
    await cleanup?.();
    pg?.stop();
  });

  it.each(QUERIES)("%s %o: same hits, totals, snippets and highlights", async (text, f) => {
    const [a, b] = await Promise.all([search(lite, text, f), search(pgDb, text, f)]);
    expect(b.total).toBe(a.total);
    // Same set; both rank a clear winner first (bm25 and ts_rank weigh the same columns alike).
    expect(new Set(b.hits.map((h) => h.id))).toEqual(new Set(a.hits.map((h) => h.id)));
    expect(b.hits[0]?.id).toBe(a.hits[0]?.id);
    const byId = new Map(a.hits.map((h) => [h.id, h]));
    for (const h of b.hits) expect(h).toEqual(byId.get(h.id));
  });

  it("follows edits on PostgreSQL too", async () => {
    const [id] = await insertFixture(pgDb, "edit fixture", [{ title: "临时标题", body: "试点内容", county: "330102" }]);
    expect(await titles(pgDb, "试点")).toEqual(["临时标题"]);
    await pgDb.article.update({ where: { id: id! }, data: { body: "改写后的内容" } });
    expect(await titles(pgDb, "试点")).toEqual([]);
    await pgDb.article.delete({ where: { id: id! } });
    expect(await titles(pgDb, "改写")).toEqual([]);
  });
});
