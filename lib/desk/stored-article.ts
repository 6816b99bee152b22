/**
 * An article as the database stores it (Article + its Mention and Metric rows), in plain JSON: what
 * the engine's output becomes, what corrections are applied to (apply.ts) and what a page's base
 * keeps (PageBase.articles). One shape, so publish, correction, undo and re-extraction all write
 * through the same code (page-store.ts).
 */
import type { ResolvedPlace } from "../geo/geocode";
import type { ExtractedArticle } from "../ingest/pipeline";
import { toCanonical } from "../metrics/kinds";

export type PlaceLevel = "city" | "county" | "township";

export type StoredPlace = {
  level: PlaceLevel;
  cityCode: string | null;
  countyCode: string | null;
  townshipCode: string | null;
  lon: number | null;
  lat: number | null;
  confidence: number | null;
};

export type StoredMention = { placeCode: string; text: string; level: string; start: number; end: number; primary: boolean };

export type MetricFields = { value: number; unit: string; approx: boolean; label: string; kind: string };

export type StoredMetric = MetricFields & {
  text: string;
  start: number;
  end: number;
  normValue: number | null;
  normUnit: string | null;
  /** Fixed or added by an editor. */
  corrected: boolean;
  /** lib/metrics/indicators.json id and how sure its assignment is (an editor's number: "other", 0). */
  indicator: string;
  indicatorConfidence: number;
  /**
   * The metric this one is part of, by its span in the body (the database stores its position, which
   * corrections that add or remove numbers would shift; page-store.ts turns it back into one).
   */
  partOf: { start: number; end: number } | null;
};

type Spanned = { start: number; end: number };

/** A position-based partOf as the span of the metric it points at. */
export function partOfSpan(list: Spanned[], position: number | null | undefined): { start: number; end: number } | null {
  const p = position == null ? undefined : list[position];
  return p ? { start: p.start, end: p.end } : null;
}

export type StoredArticle = {
  id: string;
  title: string;
  authors: string[];
  body: string;
  captions: string[];
  place: StoredPlace | null;
  mentions: StoredMention[];
  metrics: StoredMetric[];
  engineVersion: string | null;
  /** At least one active correction changed it. */
  corrected: boolean;
};

export function storedPlace(p: ResolvedPlace | null): StoredPlace | null {
  if (!p) return null;
  return {
    level: p.level,
    cityCode: p.city?.adcode ?? null,
    countyCode: p.county?.adcode ?? null,
    townshipCode: p.township?.code ?? null,
    lon: p.lon,
    lat: p.lat,
    confidence: p.confidence,
  };
}

/** The most specific code of a place: the one its primary mention carries. */
export function placeCode(p: StoredPlace | null): string | null {
  return p ? (p.townshipCode ?? p.countyCode ?? p.cityCode) : null;
}

/** Mentions with `primary` set for the mentions of the article's own place. */
export function markPrimary(mentions: StoredMention[], place: StoredPlace | null): StoredMention[] {
  const code = placeCode(place);
  return mentions.map((m) => (m.primary === (m.placeCode === code) ? m : { ...m, primary: m.placeCode === code }));
}

/** A metric from its fields and its span in the body; the normalized value is derived from the unit. */
export function makeMetric(
  fields: MetricFields,
  text: string,
  start: number,
  end: number,
  corrected: boolean,
  /** The number it replaces at the same words: what it measures and belongs to are kept. */
  prior?: Pick<StoredMetric, "indicator" | "indicatorConfidence" | "partOf">,
): StoredMetric {
  const canon = toCanonical(fields.value, fields.unit);
  const norm = canon && canon.unit !== fields.unit ? canon : null;
  return {
    ...fields,
    text,
    start,
    end,
    normValue: norm?.value ?? null,
    normUnit: norm?.unit ?? null,
    corrected,
    indicator: prior?.indicator ?? "other",
    indicatorConfidence: prior?.indicatorConfidence ?? 0,
    partOf: prior?.partOf ?? null,
  };
}

/** The engine's article as stored (the same mapping as the ingest transaction). */
export function fromExtraction(a: ExtractedArticle, engineVersion: string | null): StoredArticle {
  const place = storedPlace(a.place);
  return {
    id: a.id,
    title: a.title,
    authors: a.authors,
    body: a.body,
    captions: a.captions,
    place,
    mentions: markPrimary(
      a.mentions.map((m) => ({ placeCode: m.code, text: m.text, level: m.level, start: m.start, end: m.end, primary: false })),
      place,
    ),
    metrics: a.metrics.map((m) => ({
      text: m.text,
      value: m.value,
      unit: m.unit,
      approx: m.approx,
      label: m.label,
      kind: m.kind,
      start: m.start,
      end: m.end,
      normValue: m.normalized?.value ?? null,
      normUnit: m.normalized?.unit ?? null,
      corrected: false,
      indicator: m.indicator,
      indicatorConfidence: m.indicatorConfidence,
      partOf: partOfSpan(a.metrics, m.partOf),
    })),
    engineVersion,
    corrected: false,
  };
}

export type ArticleRowWithChildren = {
  id: string;
  title: string;
  authors: string;
  body: string;
  captions: string;
  placeLevel: string | null;
  cityCode: string | null;
  countyCode: string | null;
  townshipCode: string | null;
  lon: number | null;
  lat: number | null;
  confidence: number | null;
  engineVersion: string | null;
  corrected: boolean;
  mentions: { placeCode: string; text: string; level: string; start: number; end: number; primary: boolean }[];
  metrics: {
    position: number;
    text: string;
    value: number;
    unit: string;
    approx: boolean;
    label: string;
    kind: string;
    start: number;
    end: number;
    normValue: number | null;
    normUnit: string | null;
    corrected: boolean;
    indicator: string;
    indicatorConfidence: number;
    partOf: number | null;
  }[];
};

function jsonStrings(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** A stored row back to the shape (for pages that have no base yet: their rows are the engine's output). */
export function fromRow(r: ArticleRowWithChildren): StoredArticle {
  const place: StoredPlace | null = r.placeLevel
    ? { level: r.placeLevel as PlaceLevel, cityCode: r.cityCode, countyCode: r.countyCode, townshipCode: r.townshipCode, lon: r.lon, lat: r.lat, confidence: r.confidence }
    : null;
  return {
    id: r.id,
    title: r.title,
    authors: jsonStrings(r.authors),
    body: r.body,
    captions: jsonStrings(r.captions),
    place,
    mentions: [...r.mentions]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((m) => ({ placeCode: m.placeCode, text: m.text, level: m.level, start: m.start, end: m.end, primary: m.primary })),
    metrics: [...r.metrics]
      .sort((a, b) => a.position - b.position)
      .map((m, _i, sorted) => ({
        text: m.text,
        value: m.value,
        unit: m.unit,
        approx: m.approx,
        label: m.label,
        kind: m.kind,
        start: m.start,
        end: m.end,
        normValue: m.normValue,
        normUnit: m.normUnit,
        corrected: m.corrected,
        indicator: m.indicator,
        indicatorConfidence: m.indicatorConfidence,
        partOf: partOfSpan(sorted, m.partOf),
      })),
    engineVersion: r.engineVersion,
    corrected: r.corrected,
  };
}
