/**
 * A county's numbers by kind, summarised in SQL (totals only where every number of the kind measures
 * one indicator and no part is added to its whole; hedges, counts) with the first few items
 * of each kind traced to their sentences; more items of a kind come page by page. A county with a
 * thousand stories answers as fast as one with three.
 */
import { OTHER } from "../metrics/indicators";
import { METRIC_KINDS, type MetricKind } from "../metrics/kinds";
import type { KindSummaryView, TracedMetric } from "../view-models";
import type { Db } from "./client";
import { cachedRead } from "./data-version";
import { sentenceAround, toMetricView, type MetricRow } from "./mappers";
import { NOT_A_PART } from "./indicator-totals";
import { storedAddableUnits } from "./measure-units";
import { ensureSearchIndex } from "./search-index";
import { DATE_KEY, num, query, raw, sql } from "./sql";
import { filterKey, filterSql, type StoryFilter } from "./story-filter";

export const ITEMS_PER_KIND = 8;
export const MAX_ITEMS_PAGE = 50;

type ItemRow = MetricRow & { articleId: string; title: string; rk?: unknown };

const ITEM_COLUMNS = raw(
  `m."id", m."text", m."value", m."unit", m."approx", m."label", m."kind", m."start", m."end", m."normValue", m."normUnit", m."articleId", a."title"`,
);

/** Sentences for items: bodies of just the items' articles. */
async function traced(db: Db, rows: ItemRow[]): Promise<TracedMetric[]> {
  const ids = [...new Set(rows.map((r) => r.articleId))];
  const bodies = ids.length
    ? new Map((await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, body: true } })).map((a) => [a.id, a.body]))
    : new Map<string, string>();
  return rows.map((r) => {
    const m = toMetricView({ ...r, id: num(r.id), value: num(r.value), start: num(r.start), end: num(r.end), approx: Boolean(num(r.approx)) });
    return { ...m, articleId: r.articleId, articleTitle: r.title, sentence: sentenceAround(bodies.get(r.articleId) ?? "", m.start, m.end).text };
  });
}

const ORDER = (alias: string) => sql`${DATE_KEY(alias)} DESC, ${raw(`${alias}."id"`)} DESC, m."position" ASC`;

async function summarize(db: Db, adcode: string, f: StoryFilter, perKind: number): Promise<KindSummaryView[]> {
  const where = sql`a."countyCode" = ${adcode} ${filterSql(db, f)}`;
  const [groups, storiesByKind, firstItems, addable] = await Promise.all([
    // Parts (其中, spending under a budget) are counted as items but never added to their whole.
    query<{ kind: string; unit: string; indicator: string; v: unknown; n: unknown; ax: unknown }>(
      db,
      sql`SELECT m."kind" AS kind, m."unit" AS unit, m."indicator" AS indicator, SUM(CASE WHEN ${NOT_A_PART} THEN m."value" ELSE 0 END) AS v, COUNT(*) AS n,
                 MAX(CASE WHEN m."approx" THEN 1 ELSE 0 END) AS ax
          FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId" WHERE ${where} GROUP BY m."kind", m."unit", m."indicator"`,
    ),
    query<{ kind: string; s: unknown }>(
      db,
      sql`SELECT m."kind" AS kind, COUNT(DISTINCT m."articleId") AS s FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId" WHERE ${where} GROUP BY m."kind"`,
    ),
    perKind <= 0
      ? Promise.resolve([] as ItemRow[])
      : query<ItemRow>(
      db,
      sql`SELECT * FROM (SELECT ${ITEM_COLUMNS}, ROW_NUMBER() OVER (PARTITION BY m."kind" ORDER BY ${ORDER("a")}) AS rk
          FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId" WHERE ${where}) t WHERE t.rk <= ${perKind} ORDER BY t."kind", t.rk`,
    ),
    storedAddableUnits(db),
  ]);
  const items = await traced(db, firstItems);
  const stories = new Map(storiesByKind.map((r) => [r.kind, num(r.s)]));
  const byKind = new Map<MetricKind, KindSummaryView>();
  // A kind's total is shown only when its numbers measure one indicator: 13,000 villagers served and
  // 675 cadres sent are both 人, and adding them means nothing (issue 13).
  const indicators = new Map<MetricKind, Set<string>>();
  for (const g of groups) {
    const kind = g.kind as MetricKind;
    const info = METRIC_KINDS[kind];
    if (!info) continue;
    const k = byKind.get(kind) ?? { kind, total: null, unit: info.canonicalUnit, approx: false, count: 0, stories: stories.get(kind) ?? 0, items: [], nextCursor: null };
    k.count += num(g.n);
    const factor = addable.get(kind)?.find((u) => u.unit === g.unit)?.factor;
    // As lib/compare/kind-summary: only summable kinds (not rates, not generic counts) in convertible units add up.
    if (factor !== undefined && info.summable && kind !== "count") {
      k.total = (k.total ?? 0) + num(g.v) * factor;
      k.approx ||= num(g.ax) > 0;
      indicators.set(kind, (indicators.get(kind) ?? new Set()).add(g.indicator));
    }
    byKind.set(kind, k);
  }
  for (const [kind, set] of indicators) {
    const k = byKind.get(kind)!;
    // "other" gathers whatever no indicator defines: one such number is shown as it is, never a sum of several.
    if (set.size > 1 || (set.has(OTHER) && k.count > 1)) Object.assign(k, { total: null, approx: false });
  }
  for (const m of items) byKind.get(m.kind)?.items.push(m);
  for (const k of byKind.values()) if (k.count > k.items.length) k.nextCursor = String(k.items.length);
  return [...byKind.values()].sort((a, b) => Number(b.total !== null) - Number(a.total !== null) || b.count - a.count || a.kind.localeCompare(b.kind));
}

/** The county's kinds with totals and their first items (cached per data version and filter). */
export async function getCountyMetricSummary(db: Db, adcode: string, f: StoryFilter, perKind = ITEMS_PER_KIND): Promise<KindSummaryView[]> {
  if (f.q) await ensureSearchIndex(db);
  return cachedRead(db, `county-metrics|${adcode}|${filterKey(f)}|${perKind}`, () => summarize(db, adcode, f, perKind));
}

/** More items of one kind, from `offset` (the cursor the summary handed out). */
export async function getCountyMetricItems(db: Db, adcode: string, f: StoryFilter, kind: MetricKind, offset: number, limit = 20): Promise<{ items: TracedMetric[]; nextCursor: string | null }> {
  if (f.q) await ensureSearchIndex(db);
  const n = Math.min(Math.max(1, limit), MAX_ITEMS_PAGE);
  const rows = await query<ItemRow>(
    db,
    sql`SELECT ${ITEM_COLUMNS} FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId"
        WHERE a."countyCode" = ${adcode} AND m."kind" = ${kind} ${filterSql(db, f)} ORDER BY ${ORDER("a")} LIMIT ${n + 1} OFFSET ${offset}`,
  );
  const items = await traced(db, rows.slice(0, n));
  return { items, nextCursor: rows.length > n ? String(offset + n) : null };
}

