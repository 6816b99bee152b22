import { z } from "zod";

/**
 * The extraction contract (DESIGN.md) as a schema: what `npm run extract` prints and outside checks
 * read. Strict, so an accidental extra or missing field fails the tests.
 */
const code = (len: number) => z.string().regex(new RegExp(`^\\d{${len}}$`));
const named = (len: number) => z.object({ adcode: code(len), name: z.string().min(1) }).strict();

export const contractPlaceSchema = z
  .object({
    level: z.enum(["city", "county", "township"]),
    city: named(6).nullable(),
    county: named(6).nullable(),
    township: z.object({ code: code(9), name: z.string().min(1) }).strict().nullable(),
    lon: z.number().nullable(),
    lat: z.number().nullable(),
    confidence: z.number().min(0).max(1),
  })
  .strict();

export const contractMentionSchema = z
  .object({
    text: z.string().min(1),
    level: z.enum(["city", "county", "township"]),
    code: z.string().regex(/^\d{6}(\d{3})?$/),
    start: z.number().int().min(0),
    end: z.number().int(),
    // Added (issue 9/10): the mention of the article's own place.
    primary: z.boolean(),
  })
  .strict();

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const contractMetricSchema = z
  .object({
    text: z.string().min(1),
    value: z.number().finite(),
    /** Upper bound of a range (七八百人 -> value 700, valueMax 800); absent for a single value. */
    valueMax: z.number().finite().optional(),
    unit: z.string().min(1),
    approx: z.boolean(),
    label: z.string(),
    kind: z.string().min(1),
    start: z.number().int().min(0),
    end: z.number().int(),
    normalized: z.object({ value: z.number().finite(), unit: z.string().min(1) }).strict().optional(),
    /** Id in lib/metrics/indicators.json; "other" when no indicator fits. */
    indicator: z.string().regex(/^[a-z][a-z0-9_]*$/),
    indicatorConfidence: z.number().min(0).max(1),
    /** Index in the same article's `metrics` of the figure this one is part of, else null. */
    partOf: z.number().int().min(0).nullable(),
  })
  .strict()
  .refine((m) => m.valueMax === undefined || m.valueMax > m.value, { message: "valueMax must exceed value" });

export const contractArticleSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{12}$/),
    title: z.string(),
    authors: z.array(z.string().min(1)),
    body: z.string(),
    captions: z.array(z.string()),
    place: contractPlaceSchema.nullable(),
    mentions: z.array(contractMentionSchema),
    metrics: z.array(contractMetricSchema),
    // Added (issue 9/10) so the contract is the whole stored record: theme tags, the page's date.
    tags: z.array(z.string().regex(/^[a-z][a-z-]*$/)),
    publishedOn: isoDate.nullable(),
  })
  .strict();

export const contractDocumentSchema = z.object({ publishedOn: isoDate.nullable(), articles: z.array(contractArticleSchema) }).strict();

/**
 * Offsets must point at the text they claim, in the body they belong to; a metric's `partOf` must
 * name another metric of the same article.
 */
export function spanProblems(doc: z.infer<typeof contractDocumentSchema>): string[] {
  const out: string[] = [];
  doc.articles.forEach((a, i) => {
    for (const s of [...a.mentions, ...a.metrics]) {
      if (a.body.slice(s.start, s.end) !== s.text) out.push(`article ${i}: span ${s.start}-${s.end} is not "${s.text}"`);
    }
    a.metrics.forEach((m, k) => {
      if (m.partOf !== null && (m.partOf >= a.metrics.length || m.partOf === k)) out.push(`article ${i}: metric ${k} is part of ${m.partOf}, which is not another metric of the article`);
    });
  });
  return out;
}
