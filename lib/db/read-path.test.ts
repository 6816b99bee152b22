import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDashboardStats } from "./aggregates";
import { createDb, type Db } from "./client";
import { getCountyMetricItems, getCountyMetricSummary } from "./county-metrics";
import { getDataVersion, VERSION_TTL_MS } from "./data-version";
import { getPins, StaleClusterError, storiesAtSpot, storiesInCluster } from "./pins";
import { insertFixture, type FixtureArticle } from "./read-fixtures";
import { NO_FILTER } from "./story-filter";
import { decodeCursor, listStories } from "./story-list";
import { tempSqliteDb } from "./test-db";

const XIN = { county: "330624", lon: 120.9, lat: 29.5 };
const BIN = { county: "330108", lon: 120.21, lat: 30.21 };
const FIXTURE: FixtureArticle[] = [
  { title: "一", body: "投入2100万元。", ...XIN, date: "2023-01-02", tags: ["livelihood"], metrics: [{ text: "2100万元", value: 2100, unit: "万元", kind: "money", indicator: "project_investment" }] },
  { title: "二", body: "投入500元和300美元。", ...XIN, date: "2023-03-01", tags: ["ecology"], metrics: [{ text: "500元", value: 500, unit: "元", kind: "money", indicator: "project_investment" }, { text: "300美元", value: 300, unit: "美元", kind: "money", indicator: "project_investment" }] },
  { title: "三", body: "约1.3万名群众，覆盖率90%。", ...XIN, date: null, metrics: [{ text: "约1.3万名", value: 13000, unit: "人", kind: "people", approx: true, indicator: "residents_served" }, { text: "90%", value: 90, unit: "%", kind: "share", indicator: "coverage_rate" }] },
  { title: "四", body: "服务企业665家。", ...BIN, date: "2024-05-05", tags: ["business"], metrics: [{ text: "665家", value: 665, unit: "家", kind: "enterprises", indicator: "enterprises_served" }] },
  { title: "五", body: "没有数字。", county: "330108", lon: null, lat: null, date: "2022-01-01" },
];

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("read path on SQLite: aggregates, pages, pins, county summaries, invalidation", () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  let target: Parameters<typeof createDb>[0];
  beforeAll(async () => {
    ({ db, cleanup, target } = await tempSqliteDb());
    await insertFixture(db, "read fixture", FIXTURE);
  });
  afterAll(() => cleanup());

  it("sums an indicator per county in its unit, leaving unconvertible units out", async () => {
    const money = await getDashboardStats(db, NO_FILTER, { measure: "project_investment", coverage: true });
    expect(money.values["330624"]).toEqual({ value: 21_000_500, approx: false, stories: 2, sources: 1, metrics: 2 });
    expect(money.values["330108"]).toBeUndefined();
    expect(money.storyCounts).toEqual({ "330624": 3, "330108": 2 });
    expect(money.totals).toEqual({ stories: 5, counties: 2, metrics: 6 });
    expect(money.coverage).toMatchObject({ stories: 2, project_investment: 1, residents_served: 1, enterprises_served: 1 });
    expect(money.coverage).not.toHaveProperty("coverage_rate");
    const people = await getDashboardStats(db, NO_FILTER, { measure: "residents_served" });
    expect(people.values["330624"]).toEqual({ value: 13000, approx: true, stories: 1, sources: 1, metrics: 1 });
  });

  it("filters by theme (tag rows kept by triggers) and dates in SQL", async () => {
    expect((await getDashboardStats(db, { ...NO_FILTER, tag: "ecology" }, { measure: "stories" })).totals.stories).toBe(1);
    const dated = await getDashboardStats(db, { ...NO_FILTER, from: "2023-01-01", to: "2023-12-31" }, { measure: "project_investment" });
    expect(dated.totals.stories).toBe(2);
    expect(dated.values["330624"]!.value).toBe(21_000_500);
  });

  it("pages stories newest first with undated ones last, by cursor", async () => {
    const seen: string[] = [];
    let after: { date: string; id: string } | undefined;
    for (;;) {
      const page = await listStories(db, NO_FILTER, { limit: 2, after });
      expect(page.total).toBe(5);
      seen.push(...page.items.map((a) => a.title));
      if (!page.nextCursor) break;
      after = decodeCursor(page.nextCursor)!;
    }
    expect(seen).toEqual(["四", "二", "一", "五", "三"]);
    expect(decodeCursor("not-a-cursor")).toBeNull();
  });

  it("clusters pins on the server and lists the stories behind a bubble", async () => {
    const far = await getPins(db, NO_FILTER, [118, 27, 123, 31], 5);
    const total = far.features.reduce((n, f) => n + ("point_count" in f.properties ? f.properties.point_count : 1), 0);
    expect(total).toBe(4); // the story without coordinates has no pin
    const near = await getPins(db, NO_FILTER, [120.8, 29.4, 121, 29.6], 12);
    const spot = near.features.find((f) => "spot" in f.properties)!;
    expect(spot.properties).toMatchObject({ spot: true, point_count: 3 });
    const listed = await storiesAtSpot(db, NO_FILTER, { lon: 120.9, lat: 29.5 });
    expect(listed.items.map((a) => a.title)).toEqual(["二", "一", "三"]);
    const single = (await getPins(db, NO_FILTER, [120.1, 30.1, 120.3, 30.3], 12)).features[0]!;
    expect(single.properties).toMatchObject({ title: "四", countyCode: "330108" });
    const cluster = far.features.find((f) => "cluster" in f.properties);
    if (cluster && "cluster" in cluster.properties) {
      expect((await storiesInCluster(db, NO_FILTER, cluster.properties.cluster_id, far.version)).total).toBe(cluster.properties.point_count);
      await expect(storiesInCluster(db, NO_FILTER, cluster.properties.cluster_id, far.version + 1)).rejects.toThrow(StaleClusterError);
    }
  });

  it("summarises a county's numbers by kind and pages the items of one kind", async () => {
    const kinds = await getCountyMetricSummary(db, "330624", NO_FILTER, 1);
    expect(kinds.map((k) => k.kind)).toEqual(["money", "people", "share"]);
    const money = kinds[0]!;
    expect(money).toMatchObject({ total: 21_000_500, count: 3, stories: 2, approx: false });
    expect(money.items).toHaveLength(1);
    expect(money.items[0]!.sentence).toContain(money.items[0]!.text);
    expect(kinds.find((k) => k.kind === "share")!.total).toBeNull();
    const more = await getCountyMetricItems(db, "330624", NO_FILTER, "money", Number(money.nextCursor), 5);
    expect(more.items.map((m) => m.text).sort()).toEqual(["2100万元", "300美元"].sort());
    expect(more.nextCursor).toBeNull();
  });

  it("sees another process's ingest: the data version moves in the writer's transaction", async () => {
    const other = createDb(target);
    try {
      const before = await getDataVersion(db);
      const stats = await getDashboardStats(db, NO_FILTER, { measure: "stories" });
      await insertFixture(other, "another process", [{ title: "六", body: "新报道。", ...BIN, date: "2025-01-01" }]);
      await wait(VERSION_TTL_MS + 20);
      expect(await getDataVersion(db)).toBeGreaterThan(before);
      const after = await getDashboardStats(db, NO_FILTER, { measure: "stories" });
      expect(after.totals.stories).toBe(stats.totals.stories + 1);
      expect(after.latest[0]!.title).toBe("六");
    } finally {
      await other.$disconnect();
    }
  });
});
