/** Builders shared by the compare tests: counties, article summaries and stored metric rows. */
import { toMetricView, type MetricRow } from "../db/mappers";
import { classifyKind } from "../metrics/kinds";
import type { ArticleSummary, CountyInfo, MetricView } from "../view-models";

export const county = (adcode: string, name: string, cityCode = "330100", cityName = "杭州市", population: number | null = 500_000): CountyInfo => ({
  adcode,
  name,
  cityCode,
  cityName,
  population,
  seat: null,
  bbox: null,
});

export const summary = (id: string, countyCode: string | null, kindTotals: ArticleSummary["kindTotals"] = {}): ArticleSummary => ({
  id,
  title: id,
  authors: [],
  source: "s",
  publishedOn: null,
  cityCode: "330100",
  countyCode,
  townshipCode: null,
  placeName: null,
  lon: null,
  lat: null,
  tags: [],
  chips: [],
  metricCount: 0,
  kindTotals,
  lead: "",
});

let nextId = 1;

/** A metric as the database stores it, read back through the same mapper the app uses (canonical units included). */
export function storedMetric(text: string, value: number, unit: string, label: string, approx = false): MetricView {
  const row: MetricRow = { id: nextId++, text, value, unit, approx, label, kind: classifyKind(unit, label), start: 0, end: text.length, normValue: null, normUnit: null };
  return toMetricView(row);
}
