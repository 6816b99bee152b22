/**
 * Builds and stores a page's articles: base (the engine's output) + active corrections, through
 * applyCorrections, written as the difference from what is stored, inside the caller's transaction.
 * Every desk write (correction, undo, re-extraction) goes through rebuildPage, so the stored
 * articles are always exactly what the base and the corrections say.
 */
import type { Prisma } from "../../generated/sqlite/client";
import type { Dialect } from "../db/client";
import { assignTags } from "../tags/assign";
import { applyCorrections, type ApplyDeps, type ApplyResult } from "./apply";
import { parseCorrection } from "./correction-types";
import { fromRow, type StoredArticle } from "./stored-article";

export type Tx = Prisma.TransactionClient;

export class DeskError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/**
 * Takes the page's write lock first, so two editors correcting one page at once build one after
 * the other (each sees the other's correction) instead of the last writer winning.
 */
export async function lockPage(tx: Tx, dialect: Dialect, sourceId: string): Promise<{ id: string; publishedOn: string | null; rawText: string; single: boolean; name: string }> {
  if (dialect === "postgres") await tx.$queryRaw`SELECT "id" FROM "Source" WHERE "id" = ${sourceId} FOR UPDATE`;
  // SQLite: a write takes the database's write lock at once (a deferred transaction would only
  // take it at its first write, after reading a state another writer is about to change).
  else await tx.$executeRaw`UPDATE "Source" SET "single" = "single" WHERE "id" = ${sourceId}`;
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { id: true, publishedOn: true, rawText: true, single: true, name: true } });
  if (!source) throw new DeskError("no such page", 404);
  return source;
}

const rowInclude = { mentions: true, metrics: true } as const;

export async function storedArticles(tx: Tx, sourceId: string): Promise<StoredArticle[]> {
  const rows = await tx.article.findMany({ where: { sourceId }, include: rowInclude, orderBy: { position: "asc" } });
  return rows.map(fromRow);
}

/** The page's base: kept since its first correction or re-extraction, else its stored articles. */
export async function loadBase(tx: Tx, sourceId: string): Promise<{ articles: StoredArticle[]; engineVersion: string | null; kept: boolean }> {
  const row = await tx.pageBase.findUnique({ where: { sourceId } });
  if (row) return { articles: JSON.parse(row.articles) as StoredArticle[], engineVersion: row.engineVersion, kept: true };
  const articles = await storedArticles(tx, sourceId);
  return { articles, engineVersion: articles[0]?.engineVersion ?? null, kept: false };
}

function articleData(a: StoredArticle, sourceId: string, position: number, publishedOn: string | null) {
  const p = a.place;
  return {
    id: a.id,
    sourceId,
    position,
    title: a.title,
    authors: JSON.stringify(a.authors),
    body: a.body,
    captions: JSON.stringify(a.captions),
    tags: JSON.stringify(assignTags(a.title, a.body).map((t) => t.tag)),
    publishedOn,
    placeLevel: p?.level ?? null,
    cityCode: p?.cityCode ?? null,
    countyCode: p?.countyCode ?? null,
    townshipCode: p?.townshipCode ?? null,
    lon: p?.lon ?? null,
    lat: p?.lat ?? null,
    confidence: p?.confidence ?? null,
    engineVersion: a.engineVersion,
    corrected: a.corrected,
  };
}

const mentionRows = (a: StoredArticle) => a.mentions.map((m) => ({ articleId: a.id, placeCode: m.placeCode, text: m.text, level: m.level, start: m.start, end: m.end, primary: m.primary }));
/** The position of the metric a partOf span points at, in the list as stored (null when it is gone). */
const partOfPosition = (a: StoredArticle, span: { start: number; end: number } | null | undefined) => {
  if (!span) return null;
  const i = a.metrics.findIndex((x) => x.start === span.start && x.end === span.end);
  return i === -1 ? null : i;
};

const metricRows = (a: StoredArticle) =>
  a.metrics.map((m, position) => ({
    articleId: a.id,
    position,
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
    // A base kept before indicators existed has none: "other", for the backfill to decide (-1).
    indicator: m.indicator ?? "other",
    indicatorConfidence: m.indicatorConfidence ?? -1,
    partOf: partOfPosition(a, m.partOf),
  }));

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

export type WriteCounts = { created: number; updated: number; deleted: number; unchanged: number };

/** Stores `built` as the page's articles, touching only what differs from the stored rows. */
export async function writeArticles(tx: Tx, source: { id: string; publishedOn: string | null }, built: StoredArticle[]): Promise<WriteCounts> {
  const codes = new Set(built.flatMap((a) => [...a.mentions.map((m) => m.placeCode), a.place?.cityCode, a.place?.countyCode, a.place?.townshipCode].filter((c): c is string => !!c)));
  if (codes.size) {
    const known = await tx.place.count({ where: { code: { in: [...codes] } } });
    if (known !== codes.size) throw new DeskError("the gazetteer is not loaded in this database: run `npm run db:setup` first", 500);
  }
  const stored = new Map((await storedArticles(tx, source.id)).map((a) => [a.id, a]));
  const positions = new Map((await tx.article.findMany({ where: { sourceId: source.id }, select: { id: true, position: true } })).map((r) => [r.id, r.position]));
  const counts: WriteCounts = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  const wanted = new Set(built.map((a) => a.id));

  const gone = [...stored.keys()].filter((id) => !wanted.has(id));
  if (gone.length) {
    await tx.article.deleteMany({ where: { id: { in: gone } } });
    counts.deleted = gone.length;
  }
  // Rows that move: out of the way first (positions are unique per page), then into place.
  const moving = built.flatMap((a, pos) => (stored.has(a.id) && positions.get(a.id) !== pos ? [{ id: a.id, pos }] : []));
  for (const m of moving) await tx.article.update({ where: { id: m.id }, data: { position: -1 - m.pos } });

  for (const [pos, a] of built.entries()) {
    const data = articleData(a, source.id, pos, source.publishedOn);
    const old = stored.get(a.id);
    if (!old) {
      await tx.article.create({ data });
      if (a.mentions.length) await tx.mention.createMany({ data: mentionRows(a) });
      if (a.metrics.length) await tx.metric.createMany({ data: metricRows(a) });
      counts.created++;
      continue;
    }
    const oldData = articleData(old, source.id, positions.get(a.id)!, source.publishedOn);
    const rowChanged = !same({ ...data, position: 0 }, { ...oldData, position: 0 }) || positions.get(a.id) !== pos;
    const mentionsChanged = !same(mentionRows(a), mentionRows(old));
    const metricsChanged = !same(metricRows(a), metricRows(old));
    if (rowChanged) await tx.article.update({ where: { id: a.id }, data });
    if (mentionsChanged) {
      await tx.mention.deleteMany({ where: { articleId: a.id } });
      if (a.mentions.length) await tx.mention.createMany({ data: mentionRows(a) });
    }
    if (metricsChanged) {
      await tx.metric.deleteMany({ where: { articleId: a.id } });
      if (a.metrics.length) await tx.metric.createMany({ data: metricRows(a) });
    }
    if (rowChanged || mentionsChanged || metricsChanged) counts.updated++;
    else counts.unchanged++;
  }
  return counts;
}

export type BuildReport = ApplyResult & { counts: WriteCounts; engineVersion: string | null };

/**
 * Rebuilds a page from its base (or `opts.base`, a new extraction) and its active corrections:
 * stores the articles, each correction's status (applied or orphaned, with the reason) and the base.
 * Call inside a transaction that holds the page's lock (lockPage).
 */
export async function rebuildPage(
  tx: Tx,
  source: { id: string; publishedOn: string | null },
  opts: { base?: { articles: StoredArticle[]; engineVersion: string | null }; deps?: ApplyDeps } = {},
): Promise<BuildReport> {
  const base = opts.base ?? (await loadBase(tx, source.id));
  const rows = await tx.correction.findMany({ where: { sourceId: source.id, undoneAt: null }, orderBy: { id: "asc" } });
  const result = applyCorrections(base.articles, rows.map(parseCorrection), opts.deps);
  const counts = await writeArticles(tx, source, result.articles);
  for (const o of result.outcomes) {
    const row = rows.find((r) => r.id === o.id)!;
    const status = o.status;
    const reason = o.status === "orphaned" ? o.reason : null;
    if (row.status !== status || row.orphanReason !== reason) await tx.correction.update({ where: { id: o.id }, data: { status, orphanReason: reason } });
  }
  const articles = JSON.stringify(base.articles);
  await tx.pageBase.upsert({
    where: { sourceId: source.id },
    create: { sourceId: source.id, engineVersion: base.engineVersion, articles },
    update: { engineVersion: base.engineVersion, articles },
  });
  return { ...result, counts, engineVersion: base.engineVersion };
}
