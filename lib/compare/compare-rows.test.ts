import { describe, expect, it } from "vitest";
import { countyValues } from "../dashboard-view";
import type { CountyTotal } from "../view-models";
import { rankCounties } from "./aggregate";
import { NO_DATA_COLOR, SEQUENTIAL } from "./classes";
import { compareRows, quickPicks, shadeClasses, storiesBehind } from "./compare-rows";
import { county } from "./test-fixtures";

const counties = [
  county("330102", "上城区", "330100", "杭州市", 1_323_467),
  county("330108", "滨江区", "330100", "杭州市", 503_859),
  county("330604", "上虞区", "330600", "绍兴市", 832_147),
  county("331083", "玉环市", "331000", "台州市", null),
];

const total = (value: number, stories: number, sources: number, approx = false): CountyTotal => ({ value, approx, stories, sources, metrics: stories });
// Enterprises served: 滨江区 in three stories of two papers, 上虞区 in one, 玉环市 in two of one paper, 上城区 none.
const stats = { values: { "330108": total(1520, 3, 2), "330604": total(376, 1, 1), "331083": total(25, 2, 1, true) } };

describe("compareRows", () => {
  const values = countyValues(stats, counties, false, "enterprises_served");
  const classes = shadeClasses(values);
  const ranking = rankCounties(values, counties);

  it("keeps the chosen order and shows a county without the indicator as no data, not 0", () => {
    const rows = compareRows(["330108", "330102", "331083"], values, counties, classes, ranking);
    expect(rows.map((r) => [r.name, r.value, r.approx, r.stories, r.sources, r.rank])).toEqual([
      ["滨江区", 1520, false, 3, 2, 1],
      ["上城区", null, false, 0, null, null],
      // two stories of one paper: shown, not ranked
      ["玉环市", 25, true, 2, 1, null],
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
    expect(storiesBehind(compareRows(["330108", "330102", "331083"], values, counties, classes))).toBe(5);
  });

  it("gives per-capita values to two significant figures, ≈ kept, no data where the population is unknown", () => {
    const per = countyValues(stats, counties, true, "enterprises_served");
    const rows = compareRows(["330108", "331083"], per, counties, shadeClasses(per));
    expect(rows[0]!.value).toBe(30); // 1520 / 503,859 × 10,000 = 30.17 -> 30
    expect(rows[1]).toMatchObject({ value: null, approx: false, color: NO_DATA_COLOR });
  });

  it("gives no per-capita value where it means nothing (villages)", () => {
    const per = countyValues(stats, counties, true, "villages");
    expect([...per.values()].every((v) => v.value === null)).toBe(true);
  });

  it("skips codes that are not known counties", () => {
    expect(compareRows(["339999", "330108"], values, counties, classes).map((r) => r.adcode)).toEqual(["330108"]);
  });
});

describe("quickPicks", () => {
  it("offers the counties with the most data on the measure, minus those already chosen", () => {
    const values = countyValues(stats, counties, false, "enterprises_served");
    expect(quickPicks(values, counties, []).map((c) => c.name)).toEqual(["滨江区", "玉环市", "上虞区"]);
    expect(quickPicks(values, counties, ["330108"], 1).map((c) => c.name)).toEqual(["玉环市"]);
  });

  it("offers nothing when no county reports the indicator", () => {
    expect(quickPicks(countyValues({ values: {} }, counties, false, "trainees"), counties, [])).toEqual([]);
  });
});
