import { describe, expect, it } from "vitest";
import { parseViewState } from "../url-state";
import { viewDownloads } from "./view-downloads";

const hrefs = (qs: string) => viewDownloads(parseViewState(qs)).map((d) => decodeURIComponent(d.href));

describe("get the data for a view", () => {
  it("offers the map's stories, numbers, points and county totals under its filters", () => {
    expect(hrefs("?city=330100&from=2023-01-01&to=2023-01-31&measure=enterprises&per=pop")).toEqual([
      "/api/v1/export/articles.csv?city=330100&from=2023-01-01&to=2023-01-31",
      "/api/v1/export/metrics.csv?city=330100&from=2023-01-01&to=2023-01-31",
      "/api/v1/export/stories.geojson?city=330100&from=2023-01-01&to=2023-01-31",
      "/api/v1/export/counties.csv?city=330100&from=2023-01-01&to=2023-01-31&measure=enterprises&per=pop",
    ]);
  });

  it("narrows to a county and gives its months over the whole range", () => {
    const h = hrefs("?county=330102&q=亚运&from=2023-03-01&to=2023-03-31");
    expect(h[0]).toBe("/api/v1/export/articles.csv?from=2023-03-01&to=2023-03-31&q=亚运&county=330102");
    expect(h[3]).toBe("/api/v1/export/months.csv?q=亚运&county=330102");
  });

  it("gives an article's numbers, and the compared counties", () => {
    expect(hrefs("?article=0123456789ab&county=330102")).toEqual(["/api/v1/export/metrics.csv?article=0123456789ab"]);
    expect(hrefs("?view=compare&compare=330102,330108&measure=volunteers")).toEqual([
      "/api/v1/export/counties.csv?measure=volunteers&counties=330102,330108",
      "/api/v1/export/months.csv?measure=volunteers&counties=330102,330108",
    ]);
  });
});
