import { parse } from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, EXPORT_HEADER, exportCsv, exportFileName, exportRows, toExcelCsv, type ExportRow } from "./csv";

const lines = (csv: string) => csv.slice(BOM.length).split("\r\n");

const row = (over: Partial<ExportRow>): ExportRow => ({
  adcode: "330108",
  name: "滨江区",
  cityName: "杭州市",
  population: 503_859,
  total: 3100,
  approx: true,
  rank: 1,
  stories: 3,
  sources: ["杭州日报", "滨江时报"],
  storyIds: ["aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc"],
  used: 4,
  leftOut: 1,
  ...over,
});

describe("exportCsv", () => {
  const csv = exportCsv(
    [row({}), row({ adcode: "330102", name: "上城区", total: null, approx: false, rank: null, stories: 0, sources: [], storyIds: [], used: 0, leftOut: 0 }), row({ adcode: "331083", name: "玉环市", cityName: "台州市", population: null, total: 820, approx: false, rank: null, stories: 1, sources: ["台州日报"], storyIds: ["dddddddddddd"], used: 1, leftOut: 0 })],
    "trainees",
  );

  it("starts with a UTF-8 BOM and the header, and ends lines with CRLF", () => {
    expect(csv.startsWith(`\uFEFF${EXPORT_HEADER.join(",")}\r\n`)).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes numbers only in numeric columns: empty for no data, per capita to two significant figures, no rank without evidence", () => {
    expect(lines(csv).slice(1, 4)).toEqual([
      "滨江区,杭州市,330108,trainees,培训人次,人次,3100,1,503859,2020,62,人次/万人,1,3,2,4,1,aaaaaaaaaaaa bbbbbbbbbbbb cccccccccccc,杭州日报; 滨江时报",
      "上城区,杭州市,330102,trainees,培训人次,人次,,,503859,2020,,人次/万人,,0,0,0,0,,",
      "玉环市,台州市,331083,trainees,培训人次,人次,820,0,,,,人次/万人,,1,1,1,0,dddddddddddd,台州日报",
    ]);
  });

  it("leaves per capita empty where it means nothing (villages)", () => {
    const out = exportCsv([row({ total: 9 })], "villages");
    const cells = parse<string[]>(lines(out)[1]!).data[0]!;
    expect(cells[EXPORT_HEADER.indexOf("每万人")]).toBe("");
    expect(cells[EXPORT_HEADER.indexOf("合计")]).toBe("9");
  });

  it("round-trips through a CSV parser", () => {
    const parsed = parse<string[]>(csv.slice(BOM.length), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(EXPORT_HEADER);
    expect(parsed.data).toHaveLength(4);
  });
});

describe("exportRows", () => {
  it("joins raw totals, ranks and the explanation's stories and sources", () => {
    const rows = exportRows(
      [{ adcode: "330108", name: "滨江区", cityName: "杭州市", population: 1 }],
      new Map([["330108", { value: 5, approx: false, stories: 2 }]]),
      new Map([["330108", null]]),
      { "330108": { stories: [{ id: "a" }, { id: "b" }], sources: ["x"], used: [1, 2, 3], leftOut: [4] } },
    );
    expect(rows[0]).toMatchObject({ total: 5, rank: null, stories: 2, storyIds: ["a", "b"], sources: ["x"], used: 3, leftOut: 1 });
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

describe("exportFileName", () => {
  it("names the indicator and per-capita option in Chinese", () => {
    expect(exportFileName("比较", "enterprises_served", false, "csv")).toBe("浙江区县比较-服务企业.csv");
    expect(exportFileName("排名", "stories", true, "csv")).toBe("浙江区县排名-报道数-每万常住人口.csv");
    expect(exportFileName("比较", "project_investment", false, "csv", ["杭州市", "清廉建设", "搜索 亚运/滨江", "2023-01-01至2023-06-30"])).toBe(
      "浙江区县比较-项目投资-杭州市-清廉建设-搜索亚运滨江-2023-01-01至2023-06-30.csv",
    );
  });
});
