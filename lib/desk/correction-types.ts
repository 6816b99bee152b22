/** The kinds of correction an editor can make, and the payloads stored in Correction.after. */
import { z } from "../zod";
import { METRIC_KINDS } from "../metrics/kinds";
import type { Anchor } from "./anchor";

export const CORRECTION_KINDS = ["place", "title", "split", "merge", "hide", "metric-fix", "metric-delete", "metric-add"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** How the desk and the article history name each kind. */
export const CORRECTION_LABELS: Record<CorrectionKind, string> = {
  place: "地点",
  title: "标题",
  split: "拆分",
  merge: "合并",
  hide: "隐藏",
  "metric-fix": "修改数字",
  "metric-delete": "删除数字",
  "metric-add": "添加数字",
};

export const MAX_TITLE_CHARS = 200;

const code = z.string().regex(/^\d{6}(\d{3})?$/);

export const storedPlaceSchema = z.object({
  level: z.enum(["city", "county", "township"]),
  cityCode: code.nullable(),
  countyCode: code.nullable(),
  townshipCode: code.nullable(),
  lon: z.number().finite().nullable(),
  lat: z.number().finite().nullable(),
  confidence: z.number().min(0).max(1).nullable(),
});

export const metricFieldsSchema = z.object({
  value: z.number().finite("the value must be a number"),
  unit: z.string().trim().min(1, "a unit is required").max(20),
  approx: z.boolean(),
  label: z.string().trim().max(60),
  kind: z.string().refine((k) => k in METRIC_KINDS, "not a known kind"),
});

const title = z.string().trim().min(1, "the title is empty").max(MAX_TITLE_CHARS);

/** Correction.after, by kind. */
export const afterSchemas = {
  place: z.object({ place: storedPlaceSchema.nullable(), label: z.string() }),
  title: z.object({ title }),
  split: z.object({ title }),
  merge: z.object({}),
  hide: z.object({}),
  "metric-fix": z.object({ metric: metricFieldsSchema }),
  "metric-delete": z.object({}),
  "metric-add": z.object({ metric: metricFieldsSchema }),
} satisfies Record<CorrectionKind, z.ZodType>;

export type CorrectionAfter<K extends CorrectionKind = CorrectionKind> = z.infer<(typeof afterSchemas)[K]>;

/** A correction as apply.ts reads it. */
export type CorrectionRecord = { [K in CorrectionKind]: { id: number; kind: K; anchor: Anchor; after: CorrectionAfter<K> } }[CorrectionKind];

const quote = z.object({ exact: z.string().min(1), prefix: z.string(), suffix: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) });
const articleAnchor = z.object({ articleId: z.string(), title: z.string(), lead: z.string() });
export const anchorSchema = z.object({ article: articleAnchor, target: quote.optional(), next: articleAnchor.optional() });

/** A stored correction row back to a record; a row that cannot be read says why. */
export function parseCorrection(row: { id: number; kind: string; anchor: string; after: string }): CorrectionRecord | { id: number; error: string } {
  if (!(CORRECTION_KINDS as readonly string[]).includes(row.kind)) return { id: row.id, error: `unknown kind ${row.kind}` };
  const kind = row.kind as CorrectionKind;
  try {
    const anchor = anchorSchema.parse(JSON.parse(row.anchor));
    const after = afterSchemas[kind].parse(JSON.parse(row.after));
    return { id: row.id, kind, anchor, after } as CorrectionRecord;
  } catch (e) {
    return { id: row.id, error: `unreadable correction: ${e instanceof Error ? e.message.slice(0, 200) : String(e)}` };
  }
}
