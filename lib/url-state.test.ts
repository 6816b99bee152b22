import { describe, expect, it } from "vitest";
import {
  KIND_TO_INDICATOR,
  DEFAULT_STATE,
  formatCamera,
  MAX_COMPARE,
  onlyCameraDiffers,
  parseCamera,
  parseViewState,
  serializeViewState,
  type ViewState,
} from "./url-state";

describe("parseViewState", () => {
  it("gives the default view for an empty query", () => {
    expect(parseViewState("")).toEqual(DEFAULT_STATE);
    expect(serializeViewState(DEFAULT_STATE)).toBe("");
  });

  it("reads every documented parameter", () => {
    const s = parseViewState(
      "?county=330102&article=0123456789ab&map=9.5/30.25/120.17&view=compare&compare=330102,330108&chart=time&measure=enterprises&per=pop&q=亚运&city=330100&tag=integrity&from=2023-01-01&to=2023-12-31&embed=1&lang=en",
    );
    expect(s).toEqual<ViewState>({
      county: "330102",
      article: "0123456789ab",
      camera: { zoom: 9.5, lat: 30.25, lon: 120.17 },
      view: "compare",
      compare: ["330102", "330108"],
      compareChart: "time",
      measure: "enterprises",
      perCapita: true,
      q: "亚运",
      city: "330100",
      tag: "integrity",
      from: "2023-01-01",
      to: "2023-12-31",
      embed: true,
      lang: "en",
    });
  });

  it("round-trips through serialize", () => {
    const s: ViewState = {
      ...DEFAULT_STATE,
      county: "330624",
      camera: { zoom: 10, lat: 29.3, lon: 120.9 },
      compare: ["330108", "330102"],
      view: "compare",
      compareChart: "time",
      measure: "project_investment",
      q: "滨江 亚运",
      tag: "business",
    };
    expect(parseViewState(serializeViewState(s))).toEqual(s);
  });

  it("writes readable, stable links", () => {
    const qs = serializeViewState({ ...DEFAULT_STATE, view: "compare", compare: ["330102", "330108"], camera: { zoom: 8, lat: 29.123456, lon: 120.5 } });
    expect(qs).toBe("?view=compare&compare=330102,330108&map=8/29.1235/120.5");
  });

  it("falls back to defaults for junk values without throwing", () => {
    const junk =
      "?county=abc&article=<script>&map=99/1000/x&view=globe&compare=1,2,330102,330102,999999&chart=lines&measure=DROP%20TABLE&per=maybe&city=330102&tag=nope&from=2023-13-45&to=yesterday&embed=yes&lang=fr&unknown=1";
    const s = parseViewState(junk);
    expect(s).toEqual({ ...DEFAULT_STATE, compare: ["330102"] });
  });

  it("rejects province and city codes where a county is expected, and vice versa", () => {
    expect(parseViewState("?county=330100").county).toBeNull();
    expect(parseViewState("?county=330000").county).toBeNull();
    expect(parseViewState("?city=330000").city).toBeNull();
    expect(parseViewState("?city=330108").city).toBeNull();
    expect(parseViewState("?county=440305").county).toBeNull();
  });

  it("caps the compare list and the query length", () => {
    const many = Array.from({ length: 20 }, (_, i) => `3301${String(i + 2).padStart(2, "0")}`).join(",");
    expect(parseViewState(`?compare=${many}`).compare).toHaveLength(MAX_COMPARE);
    expect(parseViewState(`?q=${"字".repeat(500)}`).q).toHaveLength(100);
  });

  it("orders a reversed date range", () => {
    const s = parseViewState("?from=2023-12-01&to=2023-01-01");
    expect([s.from, s.to]).toEqual(["2023-01-01", "2023-12-01"]);
  });

  it("keeps old links working (v1 names)", () => {
    const s = parseViewState("?adcode=330108&zoom=9&lat=30.2&lon=120.2&metric=money");
    expect(s.county).toBe("330108");
    expect(s.camera).toEqual({ zoom: 9, lat: 30.2, lon: 120.2 });
    // metric=money became measure=money (v1), then the indicator project_investment (v2)
    expect(s.measure).toBe("project_investment");
    expect(parseViewState("?v=1&adcode=330108").county).toBe("330108");
  });

  it("opens links to unit-kind measures (before issue 13) on an indicator", () => {
    const old = "?view=compare&compare=330102,330108&measure=people&per=pop";
    expect(parseViewState(old)).toMatchObject({ view: "compare", compare: ["330102", "330108"], measure: "residents_served", perCapita: true });
    expect(parseViewState("?measure=people_times").measure).toBe("tourist_visits");
    expect(parseViewState("?measure=money").measure).toBe("project_investment");
    expect(parseViewState("?measure=area").measure).toBe("crop_area");
    // ids that are a kind and an indicator keep their name; kinds that never were measures fall back
    expect(parseViewState("?measure=enterprises").measure).toBe("enterprises");
    expect(parseViewState("?measure=share").measure).toBe("stories");
    expect(parseViewState("?v=2&measure=money").measure).toBe("project_investment");
    // current links are left alone, and every mapped id is a measure today
    expect(parseViewState("?measure=trainees").measure).toBe("trainees");
    expect(parseViewState("?measure=other").measure).toBe("stories");
    for (const id of Object.values(KIND_TO_INDICATOR)) expect(parseViewState(`?measure=${id}`).measure).toBe(id);
  });

  it("opens compare links written before the over-time chart on the totals, and keeps the chart choice", () => {
    // Every compare link ever shared (v1 names, v2 kinds, v3) has no chart= and still opens the totals.
    for (const old of [
      "?view=compare&compare=330102,330108&measure=people&per=pop",
      "?v=1&view=compare&compare=330102,330108&adcode=330102&metric=money",
      "?view=compare&compare=330102,330108&measure=enterprises",
    ])
      expect(parseViewState(old)).toMatchObject({ view: "compare", compare: ["330102", "330108"], compareChart: "total" });
    // The lines are written only when chosen, beside the migrated measure, and read back.
    const lines = parseViewState("?view=compare&compare=330102,330108&measure=people&chart=time");
    expect(lines).toMatchObject({ compareChart: "time", measure: "residents_served" });
    expect(serializeViewState(lines)).toBe("?view=compare&compare=330102,330108&chart=time&measure=residents_served");
    expect(serializeViewState({ ...lines, compareChart: "total" })).not.toContain("chart=");
  });

  it("reads an OpenStreetMap-style #map= hash when the query has no camera", () => {
    expect(parseViewState("", "#map=7/29.5/120.5").camera).toEqual({ zoom: 7, lat: 29.5, lon: 120.5 });
    expect(parseViewState("?map=8/30/120", "#map=7/29.5/120.5").camera?.zoom).toBe(8);
  });
});

describe("camera", () => {
  it("parses and formats zoom/lat/lon", () => {
    expect(parseCamera("8.123/30.123456/120.654321")).toEqual({ zoom: 8.12, lat: 30.12346, lon: 120.65432 });
    expect(formatCamera({ zoom: 8.123, lat: 30.123456, lon: 120.654321 })).toBe("8.12/30.1235/120.6543");
    expect(parseCamera("8/30")).toBeNull();
    expect(parseCamera("a/b/c")).toBeNull();
    expect(parseCamera("8/95/120")).toBeNull();
  });

  it("treats camera-only changes as replaceable", () => {
    const a = { ...DEFAULT_STATE, county: "330102" };
    expect(onlyCameraDiffers(a, { ...a, camera: { zoom: 9, lat: 30, lon: 120 } })).toBe(true);
    expect(onlyCameraDiffers(a, { ...a, county: "330108" })).toBe(false);
  });
});

describe("rejectedSelection", () => {
  it("reports a malformed article or county id the link asked for, and nothing for valid or absent ones", async () => {
    const { rejectedSelection } = await import("./url-state");
    expect(rejectedSelection("article=nope&county=330624")).toEqual({ article: "nope", county: null });
    expect(rejectedSelection("article=0123456789ab&county=12")).toEqual({ article: null, county: "12" });
    expect(rejectedSelection("article=&county=")).toEqual({ article: null, county: null });
    expect(rejectedSelection("adcode=999999")).toEqual({ article: null, county: "999999" });
  });
});
