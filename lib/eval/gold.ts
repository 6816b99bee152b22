// Gold-label documents (the shape of lib/ingest/fixtures/seed-gold.json, plus an optional `mode`).
// Validated strictly with zod so a typo in a hand-written label fails loudly instead of scoring silently.
import { z } from "zod";

const cityRef = z.object({ adcode: z.string().regex(/^33\d{2}00$/), name: z.string().min(1) });
const countyRef = z.object({ adcode: z.string().regex(/^33\d{4}$/), name: z.string().min(1) });
const townshipRef = z.object({ code: z.string().regex(/^33\d{7}$/), name: z.string().min(1) });

export const goldPlaceSchema = z.object({
  city: cityRef,
  county: countyRef.nullable(),
  township: townshipRef.nullable(),
});

export const goldMetricSchema = z.object({
  text: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  approx: z.boolean().optional(),
  label: z.string().optional(),
});

export const goldArticleSchema = z.object({
  n: z.number().int(),
  title: z.string().min(1),
  authors: z.array(z.string().min(1)),
  place: goldPlaceSchema.nullable(),
  mentions_in_zhejiang: z.array(z.string().regex(/^33(\d{4}|\d{7})$/)),
  body_starts_with: z.string().min(1),
  body_ends_with: z.string().min(1),
  body_must_contain: z.array(z.string().min(1)),
  captions: z.array(z.string().min(1)),
  metrics: z.array(goldMetricSchema.extend({ approx: z.boolean() })),
  optional_metrics: z.array(goldMetricSchema).optional(),
  not_metrics: z.array(z.string().min(1)).optional(),
});

export const goldDocumentSchema = z.object({
  about: z.string().optional(),
  source: z.string().optional(),
  mode: z.enum(["page", "single"]).optional(),
  articles: z.array(goldArticleSchema),
});

export type GoldPlace = z.infer<typeof goldPlaceSchema>;
export type GoldMetric = z.infer<typeof goldMetricSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;
export type GoldDocument = z.infer<typeof goldDocumentSchema>;

/** Parses and validates a gold document; throws with the zod issue list when it does not fit. */
export function parseGold(raw: unknown): GoldDocument {
  const r = goldDocumentSchema.safeParse(raw);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid gold document: ${issues}`);
  }
  return r.data;
}
