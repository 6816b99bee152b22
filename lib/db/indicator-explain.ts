/**
 * "How this was computed" for counties on a measure: every figure of the indicator in the county's
 * filtered stories, which were added and which were left out and why (lib/compare/indicator-figures
 * decides), the stories and sources the total rests on. The compare view shows it a click away and
 * the CSV export lists the same stories, so the number, its explanation and the file agree.
 */
import { computeCounty, type CountyExplanation, type IndicatorMetric, type StoryRef } from "../compare/indicator-figures";
import type { Measure } from "../url-state";
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { sentenceAround } from "./mappers";
import { ensureSearchIndex } from "./search-index";
import { DATE_KEY, join, num, query, sql } from "./sql";
import { filterKey, filterSql, type StoryFilter } from "./story-filter";

/** Above this many counties the figures come without their sentences (a province-wide export). */
export const SENTENCES_UP_TO = 12;

export type { CountyExplanation };

type Row = {
  id: unknown;
  articleId: string;
  position: unknown;
  text: string;
  value: unknown;
  unit: string;
  approx: unknown;
  label: string;
  partOf: unknown;
  wholeIndicator: string | null;
  wholeText: string | null;
  title: string;
  publishedOn: string | null;
  source: string;
  county: string;
  start: unknown;
  end: unknown;
};

async function explainIndicator(db: Db, f: StoryFilter, indicator: string, counties: string[] | null): Promise<Record<string, CountyExplanation>> {
  const where = counties ? sql`a."countyCode" IN (${join(counties)})` : sql`a."countyCode" IS NOT NULL`;
  const rows = await query<Row>(
    db,
    sql`SELECT m."id" AS id, m."articleId" AS "articleId", m."position" AS position, m."text" AS text, m."value" AS value, m."unit" AS unit,
               m."approx" AS approx, m."label" AS label, m."partOf" AS "partOf", w."indicator" AS "wholeIndicator", w."text" AS "wholeText",
               a."title" AS title, a."publishedOn" AS "publishedOn", src."name" AS source, a."countyCode" AS county, m."start" AS start, m."end" AS "end"
        FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId" JOIN "Source" src ON src."id" = a."sourceId"
        LEFT JOIN "Metric" w ON w."articleId" = m."articleId" AND w."position" = m."partOf"
        WHERE m."indicator" = ${indicator} AND ${where} ${filterSql(db, f)}
        ORDER BY ${DATE_KEY("a")} DESC, a."id" ASC, m."position" ASC`,
  );
  const withSentences = counties !== null && counties.length <= SENTENCES_UP_TO;
  const bodies = withSentences && rows.length
    ? new Map((await db.article.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.articleId))] } }, select: { id: true, body: true } })).map((a) => [a.id, a.body]))
    : new Map<string, string>();
  const byCounty = new Map<string, (IndicatorMetric & { start: number; end: number })[]>();
  for (const r of rows) {
    const m = {
      id: num(r.id),
      articleId: r.articleId,
      position: num(r.position),
      text: r.text,
      value: num(r.value),
      unit: r.unit,
      approx: Boolean(num(r.approx)),
      label: r.label,
      partOf: r.partOf === null ? null : num(r.partOf),
      wholeIndicator: r.wholeIndicator,
      wholeText: r.wholeText,
      title: r.title,
      source: r.source,
      publishedOn: r.publishedOn,
      start: num(r.start),
      end: num(r.end),
    };
    byCounty.set(r.county, [...(byCounty.get(r.county) ?? []), m]);
  }
  const sentence = (m: { articleId: string; start: number; end: number }) => {
    const body = bodies.get(m.articleId);
    return body === undefined ? null : sentenceAround(body, m.start, m.end).text;
  };
  const out: Record<string, CountyExplanation> = {};
  for (const [adcode, metrics] of byCounty) {
    const c = computeCounty(indicator, metrics);
    out[adcode] = {
      ...c,
      adcode,
      used: c.used.map((m) => ({ ...m, sentence: sentence(m as typeof m & { start: number; end: number }) })),
      leftOut: c.leftOut.map((m) => ({ ...m, sentence: sentence(m as typeof m & { start: number; end: number }) })),
    };
  }
  return out;
}

/** On the stories measure a county's figure is its number of stories: they are listed, nothing is left out. */
async function explainStories(db: Db, f: StoryFilter, counties: string[] | null): Promise<Record<string, CountyExplanation>> {
  const where = counties ? sql`a."countyCode" IN (${join(counties)})` : sql`a."countyCode" IS NOT NULL`;
  const rows = await query<{ id: string; title: string; publishedOn: string | null; source: string; county: string }>(
    db,
    sql`SELECT a."id" AS id, a."title" AS title, a."publishedOn" AS "publishedOn", src."name" AS source, a."countyCode" AS county
        FROM "Article" a JOIN "Source" src ON src."id" = a."sourceId" WHERE ${where} ${filterSql(db, f)}
        ORDER BY ${DATE_KEY("a")} DESC, a."id" ASC`,
  );
  const byCounty = new Map<string, StoryRef[]>();
  for (const r of rows) byCounty.set(r.county, [...(byCounty.get(r.county) ?? []), { id: r.id, title: r.title, source: r.source, publishedOn: r.publishedOn }]);
  return Object.fromEntries(
    [...byCounty].map(([adcode, stories]) => [
      adcode,
      { adcode, indicator: "stories", unit: "篇", total: stories.length, approx: false, used: [], leftOut: [], stories, sources: [...new Set(stories.map((s) => s.source))].sort(), evidence: true },
    ]),
  );
}

/** Explanations for the given counties (null: every county with data), keyed by adcode; counties without data are absent. */
export async function explainCounties(db: Db, f: StoryFilter, measure: Measure, counties: string[] | null): Promise<Record<string, CountyExplanation>> {
  if (f.q) await ensureSearchIndex(db);
  const key = `explain|${filterKey(f)}|${measure}|${counties ? [...counties].sort().join(",") : "*"}`;
  return cachedRead(db, key, () => (measure === "stories" ? explainStories(db, f, counties) : explainIndicator(db, f, measure, counties)));
}
