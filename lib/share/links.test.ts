import { describe, expect, it } from "vitest";
import { articlePath, countyPath, mapLinkForArticle, mapLinkForCounty, parseArticleParam, parseCountyParam } from "./links";

describe("map links", () => {
  it("open the article or the county on the dashboard", () => {
    expect(mapLinkForArticle("003e111294b1")).toBe("/?article=003e111294b1");
    expect(mapLinkForCounty("330624")).toBe("/?county=330624");
  });
});

describe("page paths", () => {
  it("are readable", () => {
    expect(articlePath("003e111294b1")).toBe("/article/003e111294b1");
    expect(countyPath("330624")).toBe("/county/330624");
  });
});

describe("route params", () => {
  it("accept article ids the dashboard accepts", () => {
    expect(parseArticleParam("003e111294b1")).toBe("003e111294b1");
    expect(parseArticleParam("003E111294B1")).toBeNull();
    expect(parseArticleParam("003e111294b")).toBeNull();
    expect(parseArticleParam("%E0%A4%A")).toBeNull();
    expect(parseArticleParam("../etc")).toBeNull();
  });
  it("accept Zhejiang county adcodes only", () => {
    expect(parseCountyParam("330624")).toBe("330624");
    expect(parseCountyParam("330600")).toBeNull(); // a city
    expect(parseCountyParam("310101")).toBeNull(); // Shanghai
    expect(parseCountyParam("33062")).toBeNull();
  });
});
