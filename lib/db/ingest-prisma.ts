import type { Db } from "./client";
import { IngestError, MISSING_GAZETTEER, unchanged, type PageOutcome } from "./ingest-outcome";
import { mentionCodes, pageRows, type PreparedPage } from "./ingest-rows";

/**
 * The Prisma bulk writer, used for PostgreSQL: one transaction per batch of pages with one
 * multi-row INSERT per table (createMany), instead of one round trip per row. When the batch
 * fails (a page raced in by another process, a bad row) it is retried page by page, so one page
 * cannot cost the others and each page is still whole or absent.
 */
const CHUNK = 1000;
const TX = { timeout: 300_000, maxWait: 60_000 };

async function createInChunks<T>(rows: T[], create: (data: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await create(rows.slice(i, i + CHUNK));
}

async function writeBatch(db: Db, pages: PreparedPage[]): Promise<PageOutcome[]> {
  return db.$transaction(async (tx) => {
    const hashes = [...new Set(pages.map((p) => p.source.contentHash))];
    const existing = new Map(
      (
        await tx.source.findMany({ where: { contentHash: { in: hashes } }, select: { id: true, contentHash: true, _count: { select: { articles: true } } } })
      ).map((s) => [s.contentHash, s]),
    );
    const codes = [...new Set(pages.flatMap(mentionCodes))];
    const known = new Set(codes.length ? (await tx.place.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((p) => p.code) : []);

    const outcomes: PageOutcome[] = [];
    const fresh = [];
    const firstOf = new Map<string, string>();
    for (const page of pages) {
      const hash = page.source.contentHash;
      const stored = existing.get(hash);
      if (stored) {
        outcomes.push(unchanged(stored.id, stored._count.articles));
      } else if (firstOf.has(hash)) {
        outcomes.push(unchanged(firstOf.get(hash)!, page.doc.articles.length));
      } else if (mentionCodes(page).some((c) => !known.has(c))) {
        outcomes.push({ status: "failed", error: new IngestError(MISSING_GAZETTEER) });
      } else {
        const rows = pageRows(page);
        firstOf.set(hash, rows.source.id);
        fresh.push(rows);
        outcomes.push({ status: "created", sourceId: rows.source.id, articles: rows.articles.length, mentions: rows.mentions.length, metrics: rows.metrics.length });
      }
    }
    await createInChunks(fresh.map((r) => r.source), (data) => tx.source.createMany({ data }));
    await createInChunks(fresh.flatMap((r) => r.articles), (data) => tx.article.createMany({ data }));
    await createInChunks(fresh.flatMap((r) => r.mentions), (data) => tx.mention.createMany({ data }));
    await createInChunks(fresh.flatMap((r) => r.metrics), (data) => tx.metric.createMany({ data }));
    return outcomes;
  }, TX);
}

export async function writePagesPrisma(db: Db, pages: PreparedPage[]): Promise<PageOutcome[]> {
  try {
    return await writeBatch(db, pages);
  } catch (e) {
    if (pages.length === 1) {
      // The page may have been stored by a concurrent ingest between our check and our insert.
      const stored = await db.source.findUnique({ where: { contentHash: pages[0]!.source.contentHash }, include: { _count: { select: { articles: true } } } });
      if (stored) return [unchanged(stored.id, stored._count.articles)];
      return [{ status: "failed", error: e instanceof Error ? e : new Error(String(e)) }];
    }
    const out: PageOutcome[] = [];
    for (const page of pages) out.push(...(await writePagesPrisma(db, [page])));
    return out;
  }
}
