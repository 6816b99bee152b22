/**
 * The shapes the UI reads. Built on the server from database rows (lib/db/mappers.ts) and passed to
 * components as plain JSON; components never see Prisma.
 */
import type { MetricKind } from "./metrics/kinds";
import type { ThemeId } from "./tags/themes";

export type MetricChip = {
  text: string;
  value: number;
  unit: string;
  approx: boolean;
  label: string;
  kind: MetricKind;
  /** Value in the kind's canonical unit (亩 -> 公顷), for comparing and summing. */
  canonicalValue: number;
  canonicalUnit: string;
};

/** Per article and kind: the sum in canonical units, whether any part was approximate, how many metrics. */
export type KindTotal = { sum: number; approx: boolean; count: number };

export type ArticleSummary = {
  id: string;
  title: string;
  authors: string[];
  source: string;
  publishedOn: string | null;
  cityCode: string | null;
  countyCode: string | null;
  townshipCode: string | null;
  /** Human name of the primary place: 新昌县回山镇, 上城区, 台州市. */
  placeName: string | null;
  lon: number | null;
  lat: number | null;
  tags: ThemeId[];
  chips: MetricChip[];
  metricCount: number;
  kindTotals: Partial<Record<MetricKind, KindTotal>>;
  /** First characters of the body, for cards and previews. */
  lead: string;
};

export type CountyInfo = {
  adcode: string;
  name: string;
  cityCode: string;
  cityName: string;
  population: number | null;
  seat: [number, number] | null;
  /** [west, south, east, north], to move the map to the county. */
  bbox: [number, number, number, number] | null;
};

export type CityInfo = { adcode: string; name: string; seat: [number, number] | null };

/** A county's total on one measure (raw, before per capita): the sum, hedged or not, and what it rests on. */
export type CountyTotal = {
  value: number;
  approx: boolean;
  stories: number;
  /** Distinct sources (outlets) of those stories; null on the stories measure, which needs no evidence. */
  sources: number | null;
  metrics: number;
};

/**
 * Numbers aggregated on the server for one filter and measure. Sized by the 90 counties and 11
 * cities, never by the number of stories.
 */
export type DashboardStats = {
  measure: import("./url-state").Measure;
  totals: { stories: number; counties: number; metrics: number };
  /** adcode -> stories passing the filter (counties without stories absent). */
  storyCounts: Record<string, number>;
  cityCounts: Record<string, number>;
  /** adcode -> total on `measure` (absent: no data). */
  values: Record<string, CountyTotal>;
  /** Measure -> counties with data on it; only when asked for (compare view). */
  coverage: Partial<Record<import("./url-state").Measure, number>> | null;
  /** The newest stories passing the filter. */
  latest: ArticleSummary[];
};

/** What never changes with the filters: the map's places and whether any story has a date. */
export type DashboardBase = {
  counties: CountyInfo[];
  cities: CityInfo[];
  hasDates: boolean;
};

/** The first HTML's data: its size does not grow with the number of stories. */
export type DashboardData = DashboardBase & { stats: DashboardStats };

/** A page of a list, newest first; `nextCursor` continues it. */
export type Page<T> = { items: T[]; nextCursor: string | null; total: number };

export type MentionView = { text: string; start: number; end: number; code: string; level: string; name: string };

/** `corrected`: an editor fixed or added it (shown as 已人工校对). */
export type MetricView = MetricChip & { id: number; start: number; end: number; corrected?: boolean };

export type ArticleDetail = ArticleSummary & {
  /** An editor's correction applies to it (已人工校对). */
  corrected: boolean;
  body: string;
  captions: string[];
  mentions: MentionView[];
  metrics: MetricView[];
};

/** A metric with the article and sentence it came from: what county charts link back to. */
export type TracedMetric = MetricView & { articleId: string; articleTitle: string; sentence: string };

export type SearchHit = {
  id: string;
  title: string;
  countyCode: string | null;
  placeName: string | null;
  publishedOn: string | null;
  snippet: string;
  /** [start,end) of matches inside snippet */
  highlights: [number, number][];
  /** [start,end) of matches inside title */
  titleHighlights: [number, number][];
};

export type SearchResult = { q: string; total: number; hits: SearchHit[]; nextCursor: string | null };

/** A county's numbers of one kind: the total where adding is meaningful, and the first items. */
export type KindSummaryView = {
  kind: MetricKind;
  /** Sum in the canonical unit; null for rates, generic counts and kinds without addable units. */
  total: number | null;
  unit: string;
  approx: boolean;
  /** Metrics of this kind, and the stories they come from. */
  count: number;
  stories: number;
  /** Newest first; `nextCursor` fetches more of this kind. */
  items: TracedMetric[];
  nextCursor: string | null;
};

export type CountyMetricSummary = { adcode: string; kinds: KindSummaryView[] };
