import { describe, expect, it } from "vitest";
import { valuesByCounty } from "./aggregate";
import { NO_DATA_COLOR, SEQUENTIAL } from "./classes";
import { compareRows, quickPicks, shadeClasses, storiesBehind } from "./compare-rows";
import { county, summary } from "./test-fixtures";

const counties = [
  county("330102", "上城区", "330100", "杭州市", 1_323_467),
  county("330108", "滨江区", "330100", "杭州市", 503_859),
  county("330604", "上虞区", "330600", "绍兴市", 832_147),
  county("331083", "玉环市", "331000", "台州市", null),
];

// The seed's numbers: 滨江区 665 + 105 + 750 家 in one story, 上虞区 376 家, 上城区 none.
const articles = [
  summary("bj", "330108", { enterprises: { sum: 1520, approx: false, count: 3 }, people_times: { sum: 3100, approx: true, count: 1 } }),
  summary("sy", "330604", { enterprises: { sum: 376, approx: false, count: 1 } }),
  summary("sc1", "330102", { area: { sum: 217.25, approx: true, count: 2 } }),
  summary("sc2", "330102"),
  summary("yh", "331083", { enterprises: { sum: 20, approx: true, count: 1 } }),
  summary("yh2", "331083", { enterprises: { sum: 5, approx: false, count: 1 } }),
];

describe("compareRows", () => {
  const values = valuesByCounty(articles, counties, "enterprises");
  const classes = shadeClasses(values);

  it("keeps the chosen order and shows a county without the kind as no data, not 0", () => {
    const rows = compareRows(["330108", "330102", "331083"], values, counties, classes);
    expect(rows.map((r) => [r.name, r.value, r.approx, r.stories, r.metrics])).toEqual([
      ["滨江区", 1520, false, 1, 3],
      ["上城区", null, false, 0, 0],
      ["玉环市", 25, true, 2, 2],
    ]);
    expect(rows[1]!.color).toBe(NO_DATA_COLOR);
    expect(SEQUENTIAL).toContain(rows[0]!.color);
  });

  it("colours bars as the map shades the counties: the largest value gets the darkest class", () => {
    const rows = compareRows(["330108", "330604", "331083"], values, counties, classes);
    const order = rows.map((r) => SEQUENTIAL.indexOf(r.color as (typeof SEQUENTIAL)[number]));
    expect(order[0]).toBeGreaterThan(order[1]!);
    expect(order[1]).toBeGreaterThan(order[2]!);
  });

  it("counts the stories behind the chart, leaving out counties without data", () => {
    const rows = compareRows(["330108", "330102", "331083"], values, counties, classes);
    expect(storiesBehind(rows)).toBe(3);
  });

  it("carries ≈ through per-capita values and gives no data where the population is unknown", () => {
    const per = valuesByCounty(articles, counties, "enterprises", true);
    const rows = compareRows(["330108", "331083"], per, counties, shadeClasses(per));
    expect(rows[0]!.value).toBeCloseTo((1520 / 503_859) * 10_000, 6);
    expect(rows[1]).toMatchObject({ value: null, approx: false, color: NO_DATA_COLOR });
  });

  it("skips codes that are not known counties", () => {
    expect(compareRows(["339999", "330108"], values, counties, classes).map((r) => r.adcode)).toEqual(["330108"]);
  });
});

describe("quickPicks", () => {
  it("offers the counties with the most data on the measure, minus those already chosen", () => {
    const values = valuesByCounty(articles, counties, "enterprises");
    expect(quickPicks(values, counties, []).map((c) => c.name)).toEqual(["玉环市", "滨江区", "上虞区"]);
    expect(quickPicks(values, counties, ["331083"], 1).map((c) => c.name)).toEqual(["滨江区"]);
  });

  it("offers nothing when no county reports the kind", () => {
    expect(quickPicks(valuesByCounty(articles, counties, "money"), counties, [])).toEqual([]);
  });
});
