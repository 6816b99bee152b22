import { describe, expect, it } from "vitest";
import { county } from "./compare/test-fixtures";
import { dashboardView } from "./dashboard-view";
import { DEFAULT_STATE, type ViewState } from "./url-state";
import type { DashboardStats } from "./view-models";

const counties = [county("330108", "滨江区", "330100", "杭州市", 503_859), county("330102", "上城区"), county("330604", "上虞区", "330600", "绍兴市", null)];

const stats = (over: Partial<DashboardStats> = {}): DashboardStats => ({
  measure: "enterprises_served",
  totals: { stories: 5, counties: 3, metrics: 9 },
  storyCounts: { "330108": 1, "330102": 3, "330604": 1 },
  cityCounts: {},
  values: { "330108": { value: 1520, approx: false, stories: 3, sources: 1, metrics: 3 }, "330604": { value: 376, approx: true, stories: 1, sources: 1, metrics: 1 } },
  coverage: null,
  latest: [],
  ...over,
});

const state = (s: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...s });

describe("dashboardView", () => {
  it("gives the map and compare the same values, colours and rows", () => {
    const v = dashboardView({ counties }, stats(), state({ measure: "enterprises_served", compare: ["330108", "330102"] }));
    expect(v.measure).toBe("enterprises_served");
    expect(v.values.get("330102")!.value).toBeNull();
    expect(v.fills.has("330102")).toBe(false);
    expect(v.compare.map((r) => [r.adcode, r.value, r.color])).toEqual([
      ["330108", 1520, v.fills.get("330108")],
      ["330102", null, "#e9ecef"],
    ]);
    // 上虞区's one story is listed, not ranked
    expect(v.ranking.map((r) => [r.adcode, r.rank])).toEqual([
      ["330108", 1],
      ["330604", null],
    ]);
    expect(v.compare[0]!.rank).toBe(1);
    expect(v.legendTitle).toBe("服务企业（家）");
    expect(v.hoverLines.get("330604")).toBe("绍兴市 · 1 篇报道 · ≈376家 · 证据不足，不排名");
    expect(v.quickPicks.map((c) => c.adcode)).toEqual(["330604"]);
  });

  it("divides by population per 10,000 residents, no data where it is unknown", () => {
    const v = dashboardView({ counties }, stats(), state({ measure: "enterprises_served", perCapita: true }));
    expect(v.values.get("330108")!.value).toBe(30);
    expect(v.totals.get("330108")!.value).toBe(1520);
    expect(v.values.get("330604")!.value).toBeNull();
    expect(v.legendTitle).toContain("每万常住人口");
  });

  it("falls back to stories for measures that cannot be ranked, and keeps the loaded measure while another loads", () => {
    const storiesStats = stats({ measure: "stories", values: { "330102": { value: 3, approx: false, stories: 3, sources: null, metrics: 0 } } });
    expect(dashboardView({ counties }, storiesStats, state({ measure: "share" })).measure).toBe("stories");
    const loading = dashboardView({ counties }, storiesStats, state({ measure: "project_investment" }));
    expect(loading.measure).toBe("stories");
    expect(loading.values.get("330102")!.value).toBe(3);
  });
});
