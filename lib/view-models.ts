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

export type SourceInfo = { id: string; name: string; publishedOn: string | null; articleCount: number };

export type DashboardData = {
  counties: CountyInfo[];
  cities: CityInfo[];
  articles: ArticleSummary[];
  sources: SourceInfo[];
};

export type MentionView = { text: string; start: number; end: number; code: string; level: string; name: string };

export type MetricView = MetricChip & { id: number; start: number; end: number };

export type ArticleDetail = ArticleSummary & {
  body: string;
  captions: string[];
  mentions: MentionView[];
  metrics: MetricView[];
};

/** A metric with the article and sentence it came from: what county charts link back to. */
export type TracedMetric = MetricView & { articleId: string; articleTitle: string; sentence: string };

export type SearchHit = { id: string; title: string; snippet: string; /** [start,end) of matches inside snippet */ highlights: [number, number][] };
