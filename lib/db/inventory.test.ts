import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { getInventory } from "./inventory";
import { insertFixture } from "./read-fixtures";
import { tempSqliteDb } from "./test-db";

describe("data inventory", () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await tempSqliteDb());
  });
  afterAll(() => cleanup());

  it("says what is loaded: pages, stories, counties, dates, and lists the pages", async () => {
    expect(await getInventory(db)).toMatchObject({ pages: 0, stories: 0, counties: 0, dated: 0, firstDate: null, sources: [] });
    await insertFixture(db, "版面甲", [
      { title: "一", body: "一", county: "330624", date: "2023-01-02", metrics: [{ text: "5人", value: 5, unit: "人", kind: "people" }] },
      { title: "二", body: "二", county: "330108", date: "2023-03-01" },
      { title: "三", body: "三", county: null },
    ]);
    await insertFixture(db, "版面乙", [{ title: "四", body: "四", county: "330108" }]);
    // A new version is read after the version TTL.
    await new Promise((r) => setTimeout(r, 150));
    const inv = await getInventory(db);
    expect(inv).toMatchObject({ pages: 2, stories: 4, located: 3, counties: 2, metrics: 1, dated: 2, firstDate: "2023-01-02", lastDate: "2023-03-01" });
    expect(inv.sources.map((s) => [s.name, s.stories, s.counties])).toEqual(
      expect.arrayContaining([
        ["版面甲", 3, 2],
        ["版面乙", 1, 1],
      ]),
    );
  });
});
