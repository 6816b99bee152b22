import path from "node:path";
import { z } from "zod";
import { isCalendarDate } from "../calendar-date";
import type { Gazetteer } from "../geo/gazetteer";
import { sha256 } from "../ingest/article-id";
import { pageDate } from "../ingest/page-date";
import { engineVersion } from "../ingest/engine-version";
import { extractDocument, type ExtractedArticle } from "../ingest/pipeline";
import { assignTags } from "../tags/assign";
import type { Db } from "./client";

export const ingestInputSchema = z.object({
  rawText: z.string().min(1, "the page is empty"),
  name: z.string().trim().min(1, "a source name is required").max(200, "the source name is longer than 200 characters"),
  publishedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "the date must look like YYYY-MM-DD")
    .refine(isCalendarDate, "not a real calendar date")
    .nullish(),
  fileName: z.string().max(500).nullish(),
  single: z.boolean().optional(),
  /**
   * Adcode of the outlet's home county when the page came from a followed source (lib/crawl): weak
   * evidence of place, like a masthead. Validated and carried here; not yet read by the geocoder.
   */
  countyHint: z.string().regex(/^33\d{4}$/, "countyHint must be a Zhejiang county adcode").nullish(),
});

export type IngestInput = z.input<typeof ingestInputSchema>;

export type IngestResult = {
  status: "created" | "unchanged";
  sourceId: string;
  articles: number;
  mentions: number;
  metrics: number;
};

export class IngestError extends Error {}

/**
 * Stores a page, its articles, mentions and metrics in one transaction. The page's content hash
 * makes this idempotent: the same text again changes nothing.
 */
export async function ingestSource(
  db: Db,
  input: IngestInput,
  gazetteer?: Gazetteer,
  /** Who published it (the desk): logged as a DeskEvent in the same transaction. */
  audit?: { userEmail: string },
): Promise<IngestResult> {
  const parsed = ingestInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new IngestError(parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "));
  }
  const src = parsed.data;
  const contentHash = sha256(src.rawText);
  const sourceId = contentHash.slice(0, 16);

  const existing = await db.source.findUnique({ where: { contentHash }, include: { _count: { select: { articles: true } } } });
  if (existing) {
    return { status: "unchanged", sourceId: existing.id, articles: existing._count.articles, mentions: 0, metrics: 0 };
  }

  // Extraction is pure and happens before the transaction, so a failure writes nothing.
  const doc = extractDocument(src.rawText, { single: src.single, gazetteer });
  // A date given by the caller wins; otherwise the page's own masthead or meta line, if any.
  const publishedOn = src.publishedOn ?? pageDate(src.rawText);
  const engine = engineVersion({ gazetteer });
  const counts = { mentions: 0, metrics: 0 };

  await db.$transaction(
    async (tx) => {
      await tx.source.create({
        data: {
          id: sourceId,
          name: src.name,
          publishedOn,
          fileName: src.fileName ? path.basename(src.fileName) : null,
          rawText: src.rawText,
          contentHash,
          single: src.single ?? false,
        },
      });
      const knownCodes = await placeCodesIn(tx as unknown as Db, doc.articles);
      for (const [position, a] of doc.articles.entries()) {
        await tx.article.create({ data: { ...articleRow(a, sourceId, position, publishedOn), engineVersion: engine } });
        const mentions = a.mentions.filter((m) => knownCodes.has(m.code));
        if (mentions.length !== a.mentions.length) {
          throw new IngestError("the gazetteer is not loaded in this database: run `npm run db:setup` first");
        }
        if (mentions.length) {
          await tx.mention.createMany({
            data: mentions.map((m) => ({
              articleId: a.id,
              placeCode: m.code,
              text: m.text,
              level: m.level,
              start: m.start,
              end: m.end,
              primary: isPrimary(a, m.code),
            })),
          });
        }
        if (a.metrics.length) {
          await tx.metric.createMany({
            data: a.metrics.map((m, i) => ({
              articleId: a.id,
              position: i,
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
            })),
          });
        }
        counts.mentions += mentions.length;
        counts.metrics += a.metrics.length;
      }
      if (audit) {
        await tx.deskEvent.create({
          data: { userEmail: audit.userEmail, action: "publish", sourceId, summary: `发布：${src.name}（${doc.articles.length} 篇）` },
        });
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { status: "created", sourceId, articles: doc.articles.length, ...counts };
}

function articleRow(a: ExtractedArticle, sourceId: string, position: number, publishedOn: string | null) {
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
    cityCode: p?.city?.adcode ?? null,
    countyCode: p?.county?.adcode ?? null,
    townshipCode: p?.township?.code ?? null,
    lon: p?.lon ?? null,
    lat: p?.lat ?? null,
    confidence: p?.confidence ?? null,
  };
}

function isPrimary(a: ExtractedArticle, code: string): boolean {
  const p = a.place;
  if (!p) return false;
  const primaryCode = p.township?.code ?? p.county?.adcode ?? p.city?.adcode;
  return code === primaryCode;
}

async function placeCodesIn(db: Db, articles: ExtractedArticle[]): Promise<Set<string>> {
  const codes = [...new Set(articles.flatMap((a) => a.mentions.map((m) => m.code)))];
  if (codes.length === 0) return new Set();
  const rows = await db.place.findMany({ where: { code: { in: codes } }, select: { code: true } });
  return new Set(rows.map((r) => r.code));
}
