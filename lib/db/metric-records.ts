/**
 * Every reported number as a flat record: the metric, the sentence it stands in, its article,
 * source and place codes. One query per page keyed on the metric id (stable and indexed), so the
 * API pages and the download streams read the same rows the same way.
 */
import type { MetricKind } from "../metrics/kinds";
import type { MetricView } from "../view-models";
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { sentenceAround, toMetricView } from "./mappers";
import { ensureSearchIndex } from "./search-index";
import { empty, num, query, raw, sql } from "./sql";
import { filterKey, filterSql, type StoryFilter } from "./story-filter";

export type MetricRecord = MetricView & {
  articleId: string;
  articleTitle: string;
  date: string | null;
  source: string;
  cityCode: string | null;
  countyCode: string | null;
  townshipCode: string | null;
  /** The sentence of the body the number was read from. */
  sentence: string;
};

/** Narrows the rows beyond the story filter. */
export type MetricScope = { kind?: MetricKind | null; articleId?: string | null };

type Row = {
  id: unknown;
  text: string;
  value: unknown;
  unit: string;
  approx: unknown;
  label: string;
  kind: string;
  start: unknown;
  end: unknown;
  normValue: unknown;
  normUnit: string | null;
  articleId: string;
  articleTitle: string;
  publishedOn: string | null;
  sourceDate: string | null;
  source: string;
  cityCode: string | null;
  countyCode: string | null;
  townshipCode: string | null;
};

const COLUMNS = raw(
  `m."id", m."text", m."value", m."unit", m."approx", m."label", m."kind", m."start", m."end", m."normValue", m."normUnit", m."articleId", a."title" AS "articleTitle", a."publishedOn", s."publishedOn" AS "sourceDate", s."name" AS "source", a."cityCode", a."countyCode", a."townshipCode"`,
);

function scopeSql(scope: MetricScope) {
  return sql`${scope.kind ? sql`AND m."kind" = ${scope.kind}` : empty} ${scope.articleId ? sql`AND m."articleId" = ${scope.articleId}` : empty}`;
}

export function toMetricRecord(r: Row, body: string): MetricRecord {
  const m = toMetricView({
    id: num(r.id),
    text: r.text,
    value: num(r.value),
    unit: r.unit,
    approx: Boolean(num(r.approx)),
    label: r.label,
    kind: r.kind,
    start: num(r.start),
    end: num(r.end),
    normValue: r.normValue === null ? null : num(r.normValue),
    normUnit: r.normUnit,
  });
  return {
    ...m,
    articleId: r.articleId,
    articleTitle: r.articleTitle,
    date: r.publishedOn ?? r.sourceDate,
    source: r.source,
    cityCode: r.cityCode,
    countyCode: r.countyCode,
    townshipCode: r.townshipCode,
    sentence: sentenceAround(body, m.start, m.end).text,
  };
}

/** Metrics after a metric id (ascending), with their sentences. */
export async function readMetricRecords(db: Db, f: StoryFilter, scope: MetricScope, afterId: number, limit: number): Promise<{ items: MetricRecord[]; nextCursor: string | null; lastId: number | null }> {
  if (f.q) await ensureSearchIndex(db);
  const rows = await query<Row>(
    db,
    sql`SELECT ${COLUMNS} FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId" JOIN "Source" s ON s."id" = a."sourceId"
        WHERE m."id" > ${afterId} ${filterSql(db, f)} ${scopeSql(scope)} ORDER BY m."id" LIMIT ${limit + 1}`,
  );
  const page = rows.slice(0, limit);
  const ids = [...new Set(page.map((r) => r.articleId))];
  const bodies = ids.length
    ? new Map((await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, body: true } })).map((a) => [a.id, a.body]))
    : new Map<string, string>();
  const items = page.map((r) => toMetricRecord(r, bodies.get(r.articleId) ?? ""));
  const lastId = items.length ? items[items.length - 1]!.id : null;
  return { items, nextCursor: rows.length > limit && lastId !== null ? String(lastId) : null, lastId };
}

/** How many metrics pass the filter and scope (cached per data version). */
export async function countMetricRecords(db: Db, f: StoryFilter, scope: MetricScope = {}): Promise<number> {
  if (f.q) await ensureSearchIndex(db);
  return cachedRead(db, `metric-records|${filterKey(f)}|${scope.kind ?? ""}|${scope.articleId ?? ""}`, async () => {
    const rows = await query<{ n: unknown }>(
      db,
      sql`SELECT COUNT(*) AS n FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId" WHERE 1 = 1 ${filterSql(db, f)} ${scopeSql(scope)}`,
    );
    return num(rows[0]?.n);
  });
}

export async function pageMetricRecords(db: Db, f: StoryFilter, scope: MetricScope, afterId: number, limit: number) {
  const [page, total] = await Promise.all([readMetricRecords(db, f, scope, afterId, limit), countMetricRecords(db, f, scope)]);
  return { items: page.items, nextCursor: page.nextCursor, total };
}

export async function* metricRecordBatches(db: Db, f: StoryFilter, scope: MetricScope = {}, batch = 1000): AsyncGenerator<MetricRecord[]> {
  let after = 0;
  for (;;) {
    const page = await readMetricRecords(db, f, scope, after, batch);
    if (page.items.length) yield page.items;
    if (!page.nextCursor || page.lastId === null) return;
    after = page.lastId;
  }
}
