/** Small pure functions that turn database rows into the view models in lib/view-models.ts. */
import { kindCanonical } from "../compare/canonical";
import { METRIC_KINDS, type MetricKind } from "../metrics/kinds";
import { isThemeId, type ThemeId } from "../tags/themes";
import type { ArticleSummary, KindTotal, MetricChip, MetricView } from "../view-models";

export type MetricRow = {
  id: number;
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
  /** Fixed or added by an editor (lib/desk); absent in aggregate reads. */
  corrected?: boolean;
};

export type ArticleRow = {
  id: string;
  title: string;
  authors: string;
  body: string;
  publishedOn: string | null;
  cityCode: string | null;
  countyCode: string | null;
  townshipCode: string | null;
  lon: number | null;
  lat: number | null;
  tags: string;
  source: { name: string; publishedOn: string | null };
  metrics: MetricRow[];
};

/** Chips per card: enough to see what a story reports without crowding the list. */
export const CHIPS_PER_CARD = 3;
const LEAD_LENGTH = 80;

export function parseJsonArray(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export function toMetricView(m: MetricRow): MetricView {
  const canonical = kindCanonical(m.kind as MetricKind, m.value, m.unit);
  return {
    id: m.id,
    text: m.text,
    value: m.value,
    unit: m.unit,
    approx: m.approx,
    label: m.label,
    kind: m.kind as MetricKind,
    start: m.start,
    end: m.end,
    canonicalValue: canonical.value,
    canonicalUnit: canonical.unit,
    ...(m.corrected ? { corrected: true } : {}),
  };
}

export function toChip(m: MetricView): MetricChip {
  const { text, value, unit, approx, label, kind, canonicalValue, canonicalUnit } = m;
  return { text, value, unit, approx, label, kind, canonicalValue, canonicalUnit };
}

/**
 * Sums per kind in the kind's canonical unit. A metric in another unit of the same kind (美元 for
 * money) cannot be added and stays out of the total; the article still lists it.
 */
export function kindTotals(metrics: MetricView[]): Partial<Record<MetricKind, KindTotal>> {
  const out: Partial<Record<MetricKind, KindTotal>> = {};
  for (const m of metrics) {
    if (METRIC_KINDS[m.kind]?.canonicalUnit !== m.canonicalUnit) continue;
    const t = (out[m.kind] ??= { sum: 0, approx: false, count: 0 });
    t.sum += m.canonicalValue;
    t.approx ||= m.approx;
    t.count += 1;
  }
  return out;
}

export function placeNameOf(row: Pick<ArticleRow, "cityCode" | "countyCode" | "townshipCode">, names: Map<string, string>): string | null {
  const county = row.countyCode ? names.get(row.countyCode) : undefined;
  const township = row.townshipCode ? names.get(row.townshipCode) : undefined;
  if (county && township) return `${county}${township}`;
  if (county) return county;
  return row.cityCode ? (names.get(row.cityCode) ?? null) : null;
}

export function toArticleSummary(row: ArticleRow, names: Map<string, string>): ArticleSummary {
  const metrics = row.metrics.map(toMetricView);
  return {
    id: row.id,
    title: row.title,
    authors: parseJsonArray(row.authors),
    source: row.source.name,
    publishedOn: row.publishedOn ?? row.source.publishedOn,
    cityCode: row.cityCode,
    countyCode: row.countyCode,
    townshipCode: row.townshipCode,
    placeName: placeNameOf(row, names),
    lon: row.lon,
    lat: row.lat,
    tags: parseJsonArray(row.tags).filter(isThemeId) as ThemeId[],
    chips: metrics.slice(0, CHIPS_PER_CARD).map(toChip),
    metricCount: metrics.length,
    kindTotals: kindTotals(metrics),
    lead: row.body.replace(/\s+/g, "").slice(0, LEAD_LENGTH),
  };
}

/** The sentence around [start,end) in a body: from the previous sentence end to the next one. */
export function sentenceAround(body: string, start: number, end: number): { text: string; offset: number } {
  const stops = /[。!?;\n]/;
  let s = start;
  while (s > 0 && !stops.test(body[s - 1]!)) s--;
  let e = end;
  while (e < body.length && !stops.test(body[e]!)) e++;
  if (e < body.length && body[e] !== "\n") e++;
  return { text: body.slice(s, e), offset: s };
}
