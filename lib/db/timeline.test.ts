import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toApiTimeline } from "../api/mappers";
import { compareLines, linesCsv } from "../compare/time-lines";
import type { Db } from "./client";
import { insertFixture, TIME_FIXTURE } from "./read-fixtures";
import { NO_FILTER } from "./story-filter";
import { TEST_BACKENDS } from "./test-backends";
import { getTimeline } from "./timeline";

// The same SQL on each database (SUBSTR of the ISO date, GROUP BY county and month): PostgreSQL
// runs on a throwaway cluster when its binaries are installed, and is skipped with the reason otherwise.
describe.each(TEST_BACKENDS.filter((b) => !b.skip))("stories and measures by month, in SQL, on $name", ({ open }) => {
  let db: Db;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ db, cleanup } = await open());
    await insertFixture(db, "time fixture", TIME_FIXTURE);
  }, 120_000);
  afterAll(() => cleanup?.());

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

  it("draws compare over time: one line per chosen county from one grouped query, gaps kept, per capita by the compare rule", async () => {
    const chosen = ["330108", "330102", "330624"];
    const t = await getTimeline(db, NO_FILTER, "enterprises", chosen);
    // One series per county asked, even one (新昌县) whose only story has no date.
    expect(t.series.map((s) => s.adcode)).toEqual(["330102", "330108", "330624"]);
    const counties = [
      { adcode: "330108", name: "滨江区", cityName: "杭州市", population: 500_000 },
      { adcode: "330102", name: "上城区", cityName: "杭州市", population: 1_000_000 },
      { adcode: "330624", name: "新昌县", cityName: "绍兴市", population: 400_000 },
    ];
    const api = toApiTimeline(t, false, () => null);
    const raw = compareLines(api, counties, false);
    expect(raw.months).toEqual(["2023-01", "2023-02", "2023-03", "2023-04"]);
    expect(raw.lines.map((l) => [l.adcode, l.values])).toEqual([
      ["330108", [5, null, null, null]],
      ["330102", [10, null, null, 7]],
      ["330624", [null, null, null, null]],
    ]);
    // Undated stories of the chosen counties are counted, not dropped: 上城区's one, 新昌县's one.
    expect(raw.undated).toBe(2);
    const per = compareLines(api, counties, true);
    expect(per.lines.map((l) => l.values)).toEqual([
      [0.1, null, null, null],
      [0.1, null, null, 0.07],
      [null, null, null, null],
    ]);
    // The CSV holds exactly what is drawn: 3 counties × 4 months, values only where a line has a point.
    const csv = linesCsv(raw).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(csv).toHaveLength(1 + 3 * 4);
    expect(csv.filter((r) => /,enterprises,[^,]+,家,\d/.test(r))).toHaveLength(3);
    // Stories per month for the same counties: months without a story count 0.
    const stories = compareLines(toApiTimeline(await getTimeline(db, NO_FILTER, "stories", chosen), false, () => null), counties, false);
    expect(stories.lines.map((l) => l.values)).toEqual([
      [1, 0, 0, 0],
      [1, 0, 1, 1],
      [0, 0, 0, 0],
    ]);
  });
});
