import { parse } from "papaparse";
import { describe, expect, it } from "vitest";
import { rankCounties, valuesByCounty } from "./aggregate";
import { compareRows, shadeClasses, type CompareRow } from "./compare-rows";
import { BOM, COMPARE_HEADER, compareCsv, exportFileName, rankingCsv, toExcelCsv } from "./csv";
import { county, summary } from "./test-fixtures";

const counties = [county("330102", "上城区"), county("330108", "滨江区", "330100", "杭州市", 503_859), county("330604", "上虞区", "330600", "绍兴市")];
const articles = [
  summary("bj", "330108", { enterprises: { sum: 1520, approx: false, count: 3 }, people_times: { sum: 3100, approx: true, count: 1 } }),
  summary("sy", "330604", { enterprises: { sum: 376, approx: true, count: 1 } }),
  summary("sc", "330102", { area: { sum: 217.253333, approx: true, count: 2 } }),
];

const lines = (csv: string) => csv.slice(BOM.length).split("\r\n");

describe("compareCsv", () => {
  const values = valuesByCounty(articles, counties, "enterprises");
  const rows = compareRows(["330108", "330102", "330604"], values, counties, shadeClasses(values));
  const csv = compareCsv(rows, "enterprises", false);

  it("starts with a UTF-8 BOM and a Chinese header, and ends lines with CRLF", () => {
    expect(csv.startsWith("\uFEFF区县,所属城市,区划代码,指标,单位,数值,约数,报道数,数据条数\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes plain numbers, marks approximate totals ≈ and missing ones 暂无数据", () => {
    expect(lines(csv).slice(1, 4)).toEqual([
      "滨江区,杭州市,330108,企业数,家,1520,,1,3",
      "上城区,杭州市,330102,企业数,家,暂无数据,,0,0",
      "上虞区,绍兴市,330604,企业数,家,376,≈,1,1",
    ]);
  });

  it("rounds per-capita values and names the unit per 10,000 residents", () => {
    const per = valuesByCounty(articles, counties, "enterprises", true);
    const out = compareCsv(compareRows(["330108"], per, counties, shadeClasses(per)), "enterprises", true);
    expect(lines(out)[1]).toBe("滨江区,杭州市,330108,企业数,家/万人,30.17,,1,3");
  });

  it("round-trips through a CSV parser", () => {
    const parsed = parse<string[]>(csv.slice(BOM.length), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(COMPARE_HEADER);
    expect(parsed.data).toHaveLength(4);
  });
});

describe("toExcelCsv quoting", () => {
  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    const out = toExcelCsv(["名称", "说明"], [["甲,乙", '他说"好"'], ["第一行\n第二行", 5]]);
    expect(lines(out)).toEqual(["名称,说明", '"甲,乙","他说""好"""', '"第一行\n第二行",5', ""]);
  });

  it("defuses cells that Excel would run as formulas", () => {
    const out = toExcelCsv(["a"], [["=SUM(A1:A9)"]]);
    expect(lines(out)[1]).toBe(`"'=SUM(A1:A9)"`);
  });
});

describe("rankingCsv", () => {
  it("lists only ranked counties, largest first, with ties sharing a rank", () => {
    const tie = [...articles, summary("x", "330102", { enterprises: { sum: 376, approx: false, count: 1 } })];
    const values = valuesByCounty(tie, counties, "enterprises");
    const out = rankingCsv(rankCounties(values, counties), "enterprises", false);
    expect(lines(out)).toEqual([
      "排名,区县,所属城市,区划代码,指标,单位,数值,约数,报道数",
      "1,滨江区,杭州市,330108,企业数,家,1520,,1",
      "2,上城区,杭州市,330102,企业数,家,376,,1",
      "2,上虞区,绍兴市,330604,企业数,家,376,≈,1",
      "",
    ]);
  });

  it("has only the header when no county has data", () => {
    const values = valuesByCounty([], counties, "money");
    expect(lines(rankingCsv(rankCounties(values, counties), "money", false))).toEqual(["排名,区县,所属城市,区划代码,指标,单位,数值,约数,报道数", ""]);
  });
});

describe("exportFileName", () => {
  it("names the measure and per-capita option in Chinese", () => {
    expect(exportFileName("比较", "enterprises", false, "csv")).toBe("浙江区县比较-企业数.csv");
    expect(exportFileName("排名", "stories", true, "csv")).toBe("浙江区县排名-报道数-每万常住人口.csv");
    expect(exportFileName("比较", "area", false, "svg")).toBe("浙江区县比较-面积.svg");
    expect(exportFileName("比较", "money", false, "csv", ["杭州市", "清廉建设", "搜索 亚运/滨江", "2023-01-01至2023-06-30"])).toBe(
      "浙江区县比较-金额-杭州市-清廉建设-搜索亚运滨江-2023-01-01至2023-06-30.csv",
    );
  });
});

// Type-level guard: the CSV takes the compare view's rows as they are.
const _rowsAreCompareRows: (rows: CompareRow[]) => string = (rows) => compareCsv(rows, "stories", false);
void _rowsAreCompareRows;
