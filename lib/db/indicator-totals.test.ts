import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rankCounties } from "../compare/aggregate";
import { countyValues } from "../dashboard-view";
import { extractMetrics } from "../metrics/extract";
import { getDashboardStats } from "./aggregates";
import { backfillIndicators } from "./backfill-indicators";
import { getCountyMetricSummary } from "./county-metrics";
import type { Db } from "./client";
import { explainCounties } from "./indicator-explain";
import { insertFixture, type FixtureArticle } from "./read-fixtures";
import { NO_FILTER } from "./story-filter";
import { tempSqliteDb } from "./test-db";

// Invented stories: 滨江区 three in one paper, 上城区 two in two papers, 新昌县 one.
const BIN = { county: "330108", lon: 120.21, lat: 30.21 };
const SHANG = { county: "330102", lon: 120.17, lat: 30.25 };
const XIN = { county: "330624", lon: 120.9, lat: 29.5 };
const t = (text: string, value: number, unit: string, extra: Partial<NonNullable<FixtureArticle["metrics"]>[number]> = {}) => ({ text, value, unit, kind: "people_times", indicator: "trainees", ...extra });

const PAPER_A: FixtureArticle[] = [
  { title: "培训一", body: "培训干部1000人次，其中青年干部400人次。", ...BIN, date: "2023-01-01", metrics: [t("1000人次", 1000, "人次"), t("400人次", 400, "人次", { partOf: 0 })] },
  { title: "培训二", body: "培训约800人次。", ...BIN, date: "2023-02-01", metrics: [t("约800人次", 800, "人次", { approx: true })] },
  {
    title: "培训三",
    body: "培训500人，共300人次。服务群众1.3万人。",
    ...BIN,
    date: "2023-03-01",
    metrics: [t("500人", 500, "人", { kind: "people" }), t("300人次", 300, "人次"), { text: "1.3万人", value: 13000, unit: "人", kind: "people", indicator: "residents_served" }],
  },
  { title: "培训四", body: "培训200人次。", ...SHANG, date: "2023-04-01", metrics: [t("200人次", 200, "人次")] },
  { title: "培训五", body: "培训5000人次。", ...XIN, date: "2023-05-01", metrics: [t("5000人次", 5000, "人次")] },
];
const PAPER_B: FixtureArticle[] = [{ title: "培训六", body: "培训100人次。", ...SHANG, date: "2024-01-01", metrics: [t("100人次", 100, "人次")] }];

const counties = [
  { adcode: "330108", name: "滨江区", cityCode: "330100", cityName: "杭州市", population: 503_859, seat: null, bbox: null },
  { adcode: "330102", name: "上城区", cityCode: "330100", cityName: "杭州市", population: 1_323_467, seat: null, bbox: null },
  { adcode: "330624", name: "新昌县", cityCode: "330600", cityName: "绍兴市", population: 406_900, seat: null, bbox: null },
];

describe("indicator totals, explanations and evidence (SQLite)", () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await tempSqliteDb());
    await insertFixture(db, "甲报", PAPER_A);
    await insertFixture(db, "乙报", PAPER_B);
  });
  afterAll(() => cleanup());

  it("adds only the indicator's figures in its unit, never a part to its whole", async () => {
    const stats = await getDashboardStats(db, NO_FILTER, { measure: "trainees" });
    expect(stats.values["330108"]).toEqual({ value: 2100, approx: true, stories: 3, sources: 1, metrics: 3 });
    expect(stats.values["330102"]).toEqual({ value: 300, approx: false, stories: 2, sources: 2, metrics: 2 });
    expect(stats.values["330624"]).toEqual({ value: 5000, approx: false, stories: 1, sources: 1, metrics: 1 });
  });

  it("explains each total with the same numbers, and says what was left out and why", async () => {
    const stats = await getDashboardStats(db, NO_FILTER, { measure: "trainees" });
    const all = await explainCounties(db, NO_FILTER, "trainees", null);
    for (const [adcode, total] of Object.entries(stats.values)) {
      expect(all[adcode]!.total).toBeCloseTo(total.value, 6);
      expect(all[adcode]!.stories).toHaveLength(total.stories);
      expect(all[adcode]!.sources).toHaveLength(total.sources!);
      expect(all[adcode]!.used).toHaveLength(total.metrics);
    }
    const bin = (await explainCounties(db, NO_FILTER, "trainees", ["330108"]))["330108"]!;
    expect(bin.used.map((m) => m.text)).toEqual(["300人次", "约800人次", "1000人次"]);
    expect(bin.leftOut.map((m) => [m.text, m.reason, m.wholeText])).toEqual([
      ["500人", "unit", null],
      ["400人次", "part", "1000人次"],
    ]);
    expect(bin.used[0]!.sentence).toBe("培训500人，共300人次。");
    expect(bin.evidence).toBe(true);
    // the other indicator of the same story never enters this total
    expect([...bin.used, ...bin.leftOut].some((m) => m.text === "1.3万人")).toBe(false);
  });

  it("ranks on evidence: 3 stories or 2 sources; one story shows its value, no rank", async () => {
    const stats = await getDashboardStats(db, NO_FILTER, { measure: "trainees" });
    const ranking = rankCounties(countyValues(stats, counties, false, "trainees"), counties);
    expect(ranking.map((r) => [r.name, r.value, r.rank])).toEqual([
      ["滨江区", 2100, 1],
      ["上城区", 300, 2],
      ["新昌县", 5000, null],
    ]);
    const perCapita = countyValues(stats, counties, true, "trainees");
    expect(perCapita.get("330108")!.value).toBe(42); // 2100 / 503,859 × 10,000 = 41.68
  });

  it("applies the page's filters to totals and explanations alike", async () => {
    const f = { ...NO_FILTER, from: "2024-01-01", to: "2024-12-31" };
    const stats = await getDashboardStats(db, f, { measure: "trainees" });
    expect(Object.keys(stats.values)).toEqual(["330102"]);
    expect(Object.keys(await explainCounties(db, f, "trainees", ["330102", "330108"]))).toEqual(["330102"]);
  });

  it("gives a county's kind no total when its numbers measure different indicators, and never adds a part", async () => {
    const kinds = await getCountyMetricSummary(db, "330108", NO_FILTER);
    // 500 people trained and 13,000 residents served are both 人: listed, not added
    expect(kinds.find((k) => k.kind === "people")).toMatchObject({ total: null, count: 2 });
    // 1000 + 800 + 300 人次; the 400 under the 1000 is listed but not added
    expect(kinds.find((k) => k.kind === "people_times")).toMatchObject({ total: 2100, count: 4 });
  });

  it("lists the stories of a county on the stories measure", async () => {
    const e = (await explainCounties(db, NO_FILTER, "stories", ["330102"]))["330102"]!;
    expect([e.total, e.stories.map((s) => s.title), e.sources]).toEqual([2, ["培训六", "培训四"], ["乙报", "甲报"]]);
  });

  it("fills in indicators and parts of metrics stored before they existed, as extraction would", async () => {
    const body = "全区今年开展技能培训，共培训3100余人次，其中农民工培训1200人次。";
    const expected = extractMetrics(body, { title: "技能培训" });
    const [id] = await insertFixture(db, "旧库", [{ title: "技能培训", body, ...XIN, date: "2022-01-01", metrics: expected.map((m) => ({ text: m.text, value: m.value, unit: m.unit, kind: m.kind, label: m.label })) }]);
    await db.metric.updateMany({ where: { articleId: id }, data: { indicatorConfidence: -1 } });
    expect(await backfillIndicators(db)).toBe(expected.length);
    const rows = await db.metric.findMany({ where: { articleId: id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.indicator, r.partOf])).toEqual(expected.map((m) => [m.indicator, m.partOf]));
    expect(rows.every((r) => r.indicatorConfidence >= 0)).toBe(true);
    expect(await backfillIndicators(db)).toBe(0);
  });
});
