import { describe, expect, it } from "vitest";
import { flattenGroups, groupCountiesByCity } from "./picker";
import { county } from "./test-fixtures";

const counties = [
  county("330604", "上虞区", "330600", "绍兴市"),
  county("330108", "滨江区"),
  county("330102", "上城区"),
  county("330624", "新昌县", "330600", "绍兴市"),
];

describe("groupCountiesByCity", () => {
  it("groups all counties under their city, both in code order", () => {
    const g = groupCountiesByCity(counties, "");
    expect(g.map((x) => [x.cityName, x.counties.map((c) => c.name)])).toEqual([
      ["杭州市", ["上城区", "滨江区"]],
      ["绍兴市", ["上虞区", "新昌县"]],
    ]);
    expect(flattenGroups(g).map((c) => c.adcode)).toEqual(["330102", "330108", "330604", "330624"]);
  });

  it("filters by county name, city name or code", () => {
    expect(flattenGroups(groupCountiesByCity(counties, " 上")).map((c) => c.name)).toEqual(["上城区", "上虞区"]);
    expect(flattenGroups(groupCountiesByCity(counties, "绍兴")).map((c) => c.name)).toEqual(["上虞区", "新昌县"]);
    expect(flattenGroups(groupCountiesByCity(counties, "330108")).map((c) => c.name)).toEqual(["滨江区"]);
    expect(groupCountiesByCity(counties, "北京")).toEqual([]);
  });
});
