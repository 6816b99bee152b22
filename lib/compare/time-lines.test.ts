import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { ApiTimeline } from "../api/mappers";
import { compareLines, hasLineData, LINE_COLORS, lineRows, LINES_HEADER, linesCsv } from "./time-lines";

const counties = [
  { adcode: "330108", name: "滨江区", cityName: "杭州市", population: 500_000 },
  { adcode: "330102", name: "上城区", cityName: "杭州市", population: 1_300_000 },
  { adcode: "330624", name: "新昌县", cityName: "绍兴市", population: null },
];

// As /api/v1/months sends it: series sorted by code, raw totals; 330624 has no dated story at all.
const enterprises: ApiTimeline = {
  measure: "enterprises",
  unit: "家",
  perCapita: false,
  months: ["2023-01", "2023-02", "2023-03"],
  series: [
    { countyCode: "330102", stories: [1, 0, 2], values: [10, null, 7], approx: [false, false, true], undated: 1 },
    { countyCode: "330108", stories: [1, 0, 0], values: [5, null, null], approx: [true, false, false], undated: 0 },
  ],
  undated: 1,
};

const parse = (csv: string) => {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const out = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(out.errors).toEqual([]);
  return out;
};

describe("compare over time", () => {
  it("gives one line per chosen county in the order chosen, gaps where no figure was reported", () => {
    const c = compareLines(enterprises, counties, false);
    expect(c.lines.map((l) => [l.adcode, l.color])).toEqual([
      ["330108", LINE_COLORS[0]],
      ["330102", LINE_COLORS[1]],
      ["330624", LINE_COLORS[2]],
    ]);
    // Dashes tell apart lines drawn one over the other (equal figures).
    expect(new Set(c.lines.map((l) => l.dash)).size).toBe(3);
    expect(c.lines.map((l) => l.values)).toEqual([
      [5, null, null],
      [10, null, 7],
      [null, null, null],
    ]);
    expect(c.unit).toBe("家");
    expect(c.undated).toBe(1);
    expect(lineRows(c)).toEqual([
      { month: "2023-01", "330108": 5, "330102": 10, "330624": null },
      { month: "2023-02", "330108": null, "330102": null, "330624": null },
      { month: "2023-03", "330108": null, "330102": 7, "330624": null },
    ]);
    expect(hasLineData(c)).toBe(true);
    expect(hasLineData(compareLines(enterprises, counties.slice(2), false))).toBe(false);
  });

  it("counts stories as numbers: a month without a story is 0, not a gap", () => {
    const stories: ApiTimeline = { ...enterprises, measure: "stories", series: enterprises.series.map((s) => ({ ...s, values: s.stories })) };
    const c = compareLines(stories, counties, false);
    expect(c.lines.map((l) => l.values)).toEqual([
      [1, 0, 0],
      [1, 0, 2],
      [0, 0, 0],
    ]);
  });

  it("per 10,000 residents with two significant figures, none without a population or where it means nothing", () => {
    const c = compareLines(enterprises, counties, true);
    expect(c.unit).toBe("家/万人");
    expect(c.lines[0]!.values).toEqual([0.1, null, null]);
    expect(c.lines[1]!.values).toEqual([0.077, null, 0.054]);
    expect(c.lines[2]!.values).toEqual([null, null, null]);
    const villages: ApiTimeline = { ...enterprises, measure: "villages" };
    expect(hasLineData(compareLines(villages, counties, true))).toBe(false);
  });

  it("exports exactly the lines: one row per county and month, empty where a line has a gap", () => {
    const c = compareLines(enterprises, counties, false);
    const { data, meta } = parse(linesCsv(c));
    expect(meta.fields).toEqual(LINES_HEADER);
    expect(data).toHaveLength(counties.length * enterprises.months.length);
    expect(data[0]).toEqual({ 月份: "2023-01", 区县: "滨江区", 所属城市: "杭州市", 区划代码: "330108", 指标ID: "enterprises", 指标: expect.any(String), 单位: "家", 数值: "5", 含约数: "1", 报道数: "1" });
    expect(data.filter((r) => r.数值 !== "").map((r) => `${r.区划代码}:${r.月份}:${r.数值}`)).toEqual(["330108:2023-01:5", "330102:2023-01:10", "330102:2023-03:7"]);
    expect(data.find((r) => r.区划代码 === "330102" && r.月份 === "2023-02")).toMatchObject({ 数值: "", 含约数: "", 报道数: "0" });
    const perCapita = parse(linesCsv(compareLines(enterprises, counties, true))).data;
    expect(perCapita[0]).toMatchObject({ 单位: "家/万人", 数值: "0.1" });
  });
});
