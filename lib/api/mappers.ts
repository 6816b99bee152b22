/**
 * The public API's shapes (version 1) and one mapper per shape. Field names are a promise to
 * outside users: add fields, never rename or remove them. The downloads (lib/export) and feeds
 * use these same shapes, so a column in the CSV is named like the field in the JSON.
 */
import { countyFeedPath } from "../feeds/paths";
import type { ArticleRecord } from "../db/article-records";
import type { MetricRecord } from "../db/metric-records";
import type { CountyValue } from "../compare/aggregate";
import { measureUnitLabel } from "../compare/display";
import { articlePath, countyPath } from "../share/links";
import { absoluteUrl } from "../share/site";
import { perCapitaSeries, type Timeline } from "../time/timeline";
import type { Measure } from "../url-state";
import type { ArticleDetail, CountyInfo, KindSummaryView, MetricView, SearchHit } from "../view-models";
import { METRIC_KINDS } from "../metrics/kinds";

export type ApiArticle = {
  id: string;
  title: string;
  authors: string[];
  /** YYYY-MM-DD, or null when the story has no date. */
  date: string | null;
  source: string;
  cityCode: string | null;
  countyCode: string | null;
  townshipCode: string | null;
  placeName: string | null;
  lon: number | null;
  lat: number | null;
  tags: string[];
  metricCount: number;
  url: string;
};

export type ApiMetricValue = {
  id: number;
  kind: string;
  label: string;
  /** As printed in the text: 3100余人次. */
  text: string;
  value: number;
  unit: string;
  approx: boolean;
  canonicalValue: number;
  canonicalUnit: string;
  /** [start, end) character offsets into the article's body. */
  start: number;
  end: number;
};

export type ApiMention = { text: string; level: string; code: string; name: string; start: number; end: number };

export type ApiArticleDetail = ApiArticle & { body: string; captions: string[]; mentions: ApiMention[]; metrics: ApiMetricValue[] };

export type ApiMetric = ApiMetricValue & {
  articleId: string;
  articleTitle: string;
  date: string | null;
  source: string;
  cityCode: string | null;
  countyCode: string | null;
  townshipCode: string | null;
  sentence: string;
};

export type ApiCounty = {
  code: string;
  name: string;
  cityCode: string;
  cityName: string;
  population: number | null;
  /** Stories passing the request's filters. */
  stories: number;
  measure: Measure;
  /** The measure's total (per 10,000 residents with per=pop); null = no data. */
  value: number | null;
  unit: string;
  approx: boolean;
  /** Numbers the value adds up. */
  metrics: number;
};

export type ApiKindSummary = { kind: string; name: string; total: number | null; unit: string; approx: boolean; count: number; stories: number };

export type ApiCountyDetail = Omit<ApiCounty, "measure" | "value" | "unit" | "approx" | "metrics"> & {
  seat: [number, number] | null;
  bbox: [number, number, number, number] | null;
  /** Stories passing the filters that have no date. */
  undated: number;
  kinds: ApiKindSummary[];
  links: { page: string; feed: string; map: string };
};

export type ApiSearchHit = {
  id: string;
  title: string;
  countyCode: string | null;
  placeName: string | null;
  date: string | null;
  snippet: string;
  highlights: [number, number][];
  titleHighlights: [number, number][];
  url: string;
};

export type ApiTimeline = {
  measure: Measure;
  unit: string;
  perCapita: boolean;
  months: string[];
  series: { countyCode: string | null; stories: number[]; values: (number | null)[]; approx: boolean[]; undated: number }[];
  undated: number;
};

export function toApiArticle(r: ArticleRecord): ApiArticle {
  return {
    id: r.id,
    title: r.title,
    authors: r.authors,
    date: r.date,
    source: r.source,
    cityCode: r.cityCode,
    countyCode: r.countyCode,
    townshipCode: r.townshipCode,
    placeName: r.placeName,
    lon: r.lon,
    lat: r.lat,
    tags: r.tags,
    metricCount: r.metricCount,
    url: absoluteUrl(articlePath(r.id)),
  };
}

export function toApiMetricValue(m: MetricView): ApiMetricValue {
  return {
    id: m.id,
    kind: m.kind,
    label: m.label,
    text: m.text,
    value: m.value,
    unit: m.unit,
    approx: m.approx,
    canonicalValue: m.canonicalValue,
    canonicalUnit: m.canonicalUnit,
    start: m.start,
    end: m.end,
  };
}

export function toApiArticleDetail(r: ArticleRecord, d: ArticleDetail): ApiArticleDetail {
  return {
    ...toApiArticle(r),
    body: d.body,
    captions: d.captions,
    mentions: d.mentions.map((m) => ({ text: m.text, level: m.level, code: m.code, name: m.name, start: m.start, end: m.end })),
    metrics: d.metrics.map(toApiMetricValue),
  };
}

export function toApiMetric(m: MetricRecord): ApiMetric {
  return {
    ...toApiMetricValue(m),
    articleId: m.articleId,
    articleTitle: m.articleTitle,
    date: m.date,
    source: m.source,
    cityCode: m.cityCode,
    countyCode: m.countyCode,
    townshipCode: m.townshipCode,
    sentence: m.sentence,
  };
}

export function toApiCounty(c: CountyInfo, stories: number, measure: Measure, v: CountyValue | undefined, perCapita: boolean): ApiCounty {
  const unit = measureUnitLabel(measure, perCapita);
  return {
    code: c.adcode,
    name: c.name,
    cityCode: c.cityCode,
    cityName: c.cityName,
    population: c.population,
    stories,
    measure,
    value: v?.value ?? null,
    unit,
    approx: v?.approx ?? false,
    metrics: v?.metrics ?? 0,
  };
}

export function toApiKindSummary(k: KindSummaryView): ApiKindSummary {
  return { kind: k.kind, name: METRIC_KINDS[k.kind]?.zh ?? k.kind, total: k.total, unit: k.unit, approx: k.approx, count: k.count, stories: k.stories };
}

export function toApiCountyDetail(c: CountyInfo, stories: number, undated: number, kinds: KindSummaryView[]): ApiCountyDetail {
  return {
    code: c.adcode,
    name: c.name,
    cityCode: c.cityCode,
    cityName: c.cityName,
    population: c.population,
    stories,
    seat: c.seat,
    bbox: c.bbox,
    undated,
    kinds: kinds.map(toApiKindSummary),
    links: {
      page: absoluteUrl(countyPath(c.adcode)),
      feed: absoluteUrl(countyFeedPath(c.adcode)),
      map: absoluteUrl(`/?county=${c.adcode}`),
    },
  };
}

export function toApiSearchHit(h: SearchHit): ApiSearchHit {
  return {
    id: h.id,
    title: h.title,
    countyCode: h.countyCode,
    placeName: h.placeName,
    date: h.publishedOn,
    snippet: h.snippet,
    highlights: h.highlights,
    titleHighlights: h.titleHighlights,
    url: absoluteUrl(articlePath(h.id)),
  };
}

/** Per capita applies to county series (a county's population is known); other series stay raw. */
export function toApiTimeline(t: Timeline, perCapita: boolean, population: (adcode: string) => number | null): ApiTimeline {
  return {
    measure: t.measure,
    unit: measureUnitLabel(t.measure, perCapita),
    perCapita,
    months: t.months,
    series: t.series.map((s) => {
      const values = perCapita && s.adcode ? perCapitaSeries(s, population(s.adcode)) : s.values;
      return { countyCode: s.adcode, stories: s.stories, values, approx: s.approx, undated: s.undated };
    }),
    undated: t.undated,
  };
}
