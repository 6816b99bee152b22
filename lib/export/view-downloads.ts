/**
 * "Get the data" for a view: the download links for exactly what the view shows, built from the
 * URL state with the same filter parameters the page and the API use (lib/api-params).
 */
import { filterParams } from "../api-params";
import { isRankableMeasure } from "../compare/measures";
import type { ViewState } from "../url-state";
import type { ExportFile } from "./files";

export type ViewDownload = { file: ExportFile; href: string; what: ViewDownloadWhat };
export type ViewDownloadWhat = "articles" | "metrics" | "stories" | "counties" | "months";

const BASE = "/api/v1/export/";

function href(file: ExportFile, query: string): string {
  return `${BASE}${file}${query ? `?${query}` : ""}`;
}

export function viewDownloads(s: ViewState): ViewDownload[] {
  const measure = isRankableMeasure(s.measure) && s.measure !== "stories" ? s.measure : null;
  const per = s.perCapita && measure ? "pop" : null;
  if (s.article) {
    return [{ file: "metrics.csv", href: href("metrics.csv", filterParams({ city: null, tag: null, from: null, to: null, q: "" }, { article: s.article })), what: "metrics" }];
  }
  if (s.view === "compare" && s.compare.length > 0) {
    const counties = s.compare.join(",");
    return [
      { file: "counties.csv", href: href("counties.csv", filterParams(s, { measure, per, counties })), what: "counties" },
      { file: "months.csv", href: href("months.csv", filterParams({ ...s, from: null, to: null }, { measure, per, counties })), what: "months" },
    ];
  }
  // The map, the list, or one county: its stories, their numbers and points, and the aggregates drawn.
  const county = s.view !== "compare" ? s.county : null;
  const rows = filterParams(s, { county });
  const out: ViewDownload[] = [
    { file: "articles.csv", href: href("articles.csv", rows), what: "articles" },
    { file: "metrics.csv", href: href("metrics.csv", rows), what: "metrics" },
    { file: "stories.geojson", href: href("stories.geojson", rows), what: "stories" },
  ];
  if (county) out.push({ file: "months.csv", href: href("months.csv", filterParams({ ...s, from: null, to: null }, { county, measure, per })), what: "months" });
  else out.push({ file: "counties.csv", href: href("counties.csv", filterParams(s, { measure, per })), what: "counties" });
  return out;
}
