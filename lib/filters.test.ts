import { describe, expect, it } from "vitest";
import { filterArticles, hasActiveFilters } from "./filters";
import { DEFAULT_STATE } from "./url-state";
import type { ArticleSummary } from "./view-models";

const a = (id: string, cityCode: string, tags: ArticleSummary["tags"], publishedOn: string | null) =>
  ({ id, cityCode, tags, publishedOn }) as ArticleSummary;

const arts = [a("1", "330100", ["integrity"], "2023-08-01"), a("2", "331000", ["business"], "2023-09-01"), a("3", "330100", [], null)];
const none = { city: null, tag: null, from: null, to: null };

describe("filterArticles", () => {
  it("keeps everything without filters", () => {
    expect(filterArticles(arts, none, null)).toHaveLength(3);
  });
  it("filters by city, tag and search matches together", () => {
    expect(filterArticles(arts, { ...none, city: "330100" }, null).map((x) => x.id)).toEqual(["1", "3"]);
    expect(filterArticles(arts, { ...none, tag: "business" }, null).map((x) => x.id)).toEqual(["2"]);
    expect(filterArticles(arts, { ...none, city: "330100" }, new Set(["3"])).map((x) => x.id)).toEqual(["3"]);
    expect(filterArticles(arts, none, new Set())).toEqual([]);
  });
  it("filters by date range, dropping undated stories only when a range is set", () => {
    expect(filterArticles(arts, { ...none, from: "2023-08-15" }, null).map((x) => x.id)).toEqual(["2"]);
    expect(filterArticles(arts, { ...none, to: "2023-08-15" }, null).map((x) => x.id)).toEqual(["1"]);
  });
  it("knows when filters are active", () => {
    expect(hasActiveFilters(DEFAULT_STATE)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_STATE, q: "亚运" })).toBe(true);
  });
});
