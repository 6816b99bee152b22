/**
 * What the 数据 page and the API documentation page show about the data itself: each
 * whole-dataset download with its row count, and ids that exist for the documentation's examples.
 */
import { DOWNLOADS, type EndpointDoc } from "../api/endpoints";
import { readArticleRecords } from "../db/article-records";
import type { Db } from "../db/client";
import { getDashboardBase } from "../db/read-models";
import { NO_FILTER } from "../db/story-filter";
import { getTimeline } from "../db/timeline";
import { datasetCounts, type ExportFile } from "./files";

export type CatalogueEntry = EndpointDoc & { file: ExportFile; rows: number; rowsAre: string };

/** The whole-dataset files and their row counts (data rows, without the CSV header). */
export async function datasetCatalogue(db: Db): Promise<CatalogueEntry[]> {
  const [counts, base, timeline] = await Promise.all([datasetCounts(db), getDashboardBase(db), getTimeline(db, NO_FILTER, "stories")]);
  const rows: Record<ExportFile, [number, string]> = {
    "articles.csv": [counts.articles, "篇报道"],
    "metrics.csv": [counts.metrics, "个数字"],
    "stories.geojson": [counts.located, "个点（有坐标的报道）"],
    "counties.csv": [base.counties.length, "个区县"],
    // One row per month of the range, and one for the undated stories.
    "months.csv": [timeline.months.length + 1, "行（每月一行，另加无日期一行）"],
  };
  return DOWNLOADS.map((d) => {
    const file = d.path.split("/").pop() as ExportFile;
    return { ...d, file, rows: rows[file][0], rowsAre: rows[file][1] };
  });
}

/** A story and a county that exist, for runnable examples (a county with stories when there is one). */
export async function exampleIds(db: Db): Promise<{ article: string | null; county: string }> {
  const page = await readArticleRecords(db, NO_FILTER, { limit: 50 });
  const withCounty = page.items.find((r) => r.countyCode);
  return { article: withCounty?.id ?? page.items[0]?.id ?? null, county: withCounty?.countyCode ?? "330102" };
}
