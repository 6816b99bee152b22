import { describe, expect, it } from "vitest";
import { loadGazetteer } from "./gazetteer";
import { geocodeArticle } from "./geocode";
import { pageHomeCounty } from "./page-home";
import type { ResolvedPlace } from "./primary";

const at = (county: string | null, city = "330600"): ResolvedPlace => ({
  level: county ? "county" : "city",
  city: { adcode: city, name: "" },
  county: county ? { adcode: county, name: "" } : null,
  township: null,
  lon: null,
  lat: null,
  confidence: 0.9,
});

describe("pageHomeCounty", () => {
  it("is the county most of the page's placed reports are about", () => {
    expect(pageHomeCounty([at("330602"), null, at("330602"), at("330603"), at(null)])).toBe("330602");
  });

  it("is none for a page of several counties, or with one placed report", () => {
    expect(pageHomeCounty([at("330602"), at("330602"), at("330603"), at("330604")])).toBeNull();
    expect(pageHomeCounty([at("330602"), null, null])).toBeNull();
    expect(pageHomeCounty([])).toBeNull();
  });
});

describe("the page's home county as the outlet's place", () => {
  const gaz = loadGazetteer();
  it("places a report that names no place, or a township name two counties share", () => {
    expect(geocodeArticle({ title: "", body: "5月19日,市委、市政府召开民营企业座谈会,我市已为企业解决问题136个。", paperHint: "330781" }, gaz).place?.county?.adcode).toBe("330781");
    // 府山街道 is in 越城区 and in 柯城区
    expect(geocodeArticle({ title: "", body: "府山街道已完成老旧小区改造11个,涉及住户4200余户。", paperHint: "330602" }, gaz).place?.township?.code).toBe("330602002");
  });

  it("keeps 全市 in a district's paper at the city", () => {
    const p = geocodeArticle({ title: "", body: "记者从市交通局获悉,全市今年新开通公交线路9条。", paperHint: "330902" }, gaz).place;
    expect(p?.city?.adcode).toBe("330900");
    expect(p?.county).toBeNull();
  });
});
