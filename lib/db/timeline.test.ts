import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { insertFixture, TIME_FIXTURE } from "./read-fixtures";
import { NO_FILTER } from "./story-filter";
import { tempSqliteDb } from "./test-db";
import { getTimeline } from "./timeline";


describe("stories and measures by month, in SQL", () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await tempSqliteDb());
    await insertFixture(db, "time fixture", TIME_FIXTURE);
  });
  afterAll(() => cleanup());

  it("counts the province's stories per month over a continuous range, undated apart", async () => {
    const t = await getTimeline(db, NO_FILTER, "stories");
    expect(t.months).toEqual(["2023-01", "2023-02", "2023-03", "2023-04"]);
    expect(t.series).toHaveLength(1);
    expect(t.series[0]!.stories).toEqual([2, 0, 1, 1]);
    expect(t.series[0]!.values).toEqual([2, 0, 1, 1]);
    expect(t.undated).toBe(2);
    expect(t.series[0]!.undated).toBe(2);
  });

  it("sums a measure per county and month in the canonical unit, hedges kept", async () => {
    const t = await getTimeline(db, NO_FILTER, "enterprises", ["330108", "330102", "330102"]);
    expect(t.series.map((s) => s.adcode)).toEqual(["330102", "330108"]);
    const [shangcheng, binjiang] = t.series;
    expect(shangcheng!.values).toEqual([10, null, null, 7]);
    expect(shangcheng!.stories).toEqual([1, 0, 1, 1]);
    expect(shangcheng!.undated).toBe(1);
    expect(binjiang!.values).toEqual([5, null, null, null]);
    expect(binjiang!.approx).toEqual([true, false, false, false]);
    const money = await getTimeline(db, NO_FILTER, "project_investment", ["330102"]);
    expect(money.series[0]!.values).toEqual([null, null, 20_000, null]);
  });

  it("applies the other filters and the date window in SQL", async () => {
    const themed = await getTimeline(db, { ...NO_FILTER, tag: "business" }, "stories");
    expect(themed.months).toEqual(["2023-03"]);
    expect(themed.undated).toBe(0);
    const windowed = await getTimeline(db, { ...NO_FILTER, from: "2023-03-01", to: "2023-04-30" }, "stories");
    expect(windowed.months).toEqual(["2023-03", "2023-04"]);
    // A date window leaves undated stories out, as every other read does.
    expect(windowed.undated).toBe(0);
    expect((await getTimeline(db, NO_FILTER, "stories", [])).series).toEqual([]);
  });
});
