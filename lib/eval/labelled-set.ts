// Reader for labelled sets in the devset schema (../shared/devset, lib/eval/pages-train): gold*.json
// lists of pages and articles with their texts in pages/<id>.txt or articles/<id>.txt. Only what
// the metric evaluation needs is read, and validated, so a malformed label fails loudly.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const metricSchema = z.object({
  text: z.string().min(1),
  value: z.number(),
  value_max: z.number().optional(),
  unit: z.string().min(1),
  approx: z.boolean().optional(),
  label: z.string().optional(),
  borderline: z.boolean().optional(),
  note: z.string().optional(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

const countySchema = z.object({ adcode: z.string() }).nullable().optional();

const segmentSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  metrics: z.array(metricSchema).default([]),
  primary_county: countySchema,
  in_zhejiang: z.boolean().optional(),
});

const itemSchema = z.object({
  id: z.string().min(1),
  type: z.enum(["page", "article"]),
  metrics: z.array(metricSchema).optional(),
  segments: z.array(segmentSchema).optional(),
  metrics_labelled: z.boolean().optional(),
  primary_county: countySchema,
  in_zhejiang: z.boolean().optional(),
  township_code: z.string().nullable().optional(),
});

/** Where a report or article is, as labelled: the county adcode (null for city- or province-wide). */
export type PlaceLabel = {
  county: string | null;
  /** False for a subject outside Zhejiang; then `county` is the outside county, if any. */
  inZhejiang: boolean;
};

export type LabelledMetric = {
  text: string;
  value: number;
  valueMax?: number;
  unit: string;
  approx: boolean;
  label: string;
  borderline: boolean;
  note: string;
  /** UTF-16 offsets into the item's text (the files give code points; converted here). */
  start: number;
  end: number;
  /** Index of the page segment holding the metric; 0 for an article. */
  segment: number;
};

export type LabelledItem = {
  id: string;
  type: "page" | "article";
  text: string;
  /** Segment spans (UTF-16) with their place for pages; one span over the whole text for an article. */
  segments: Array<{ start: number; end: number; place: PlaceLabel }>;
  /** The township code of an article whose subject is one township (absent when not labelled). */
  townshipCode?: string | null;
  metrics: LabelledMetric[];
  /** False for items labelled for places only: their metrics are not scored. */
  metricsLabelled: boolean;
};

/** Code-point offset -> UTF-16 offset, for texts with characters outside the BMP. */
function codePointMapper(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return (cp) => table[cp] ?? u;
}

function textPath(dir: string, id: string): string {
  for (const sub of ["pages", "articles"]) {
    const p = path.join(dir, sub, `${id}.txt`);
    if (existsSync(p)) return p;
  }
  throw new Error(`${dir}: no pages/${id}.txt or articles/${id}.txt`);
}

/** True when `dir` holds a labelled set (gold*.json). */
export function isLabelledSet(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => /^gold.*\.json$/.test(f));
}

/** Every item of a labelled set, in file order; throws on a label that does not fit its text. */
export function readLabelledSet(dir: string): LabelledItem[] {
  const files = readdirSync(dir).filter((f) => /^gold.*\.json$/.test(f)).sort();
  if (files.length === 0) throw new Error(`${dir}: no gold*.json`);
  const out: LabelledItem[] = [];
  for (const f of files) {
    const raw = z.array(itemSchema).safeParse(JSON.parse(readFileSync(path.join(dir, f), "utf8")));
    if (!raw.success) throw new Error(`${dir}/${f}: ${raw.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    for (const g of raw.data) {
      const text = readFileSync(textPath(dir, g.id), "utf8");
      const at = codePointMapper(text);
      const segs =
        g.type === "page"
          ? (g.segments ?? [])
          : [{ start: 0, end: [...text].length, metrics: g.metrics ?? [], primary_county: g.primary_county, in_zhejiang: g.in_zhejiang }];
      const metrics: LabelledMetric[] = [];
      segs.forEach((s, k) => {
        for (const m of s.metrics) {
          const start = at(m.start);
          const end = at(m.end);
          if (text.slice(start, end) !== m.text) throw new Error(`${dir} ${g.id}: metric "${m.text}" is not at ${m.start}-${m.end}`);
          metrics.push({
            text: m.text,
            value: m.value,
            ...(m.value_max !== undefined ? { valueMax: m.value_max } : {}),
            unit: m.unit,
            approx: m.approx ?? false,
            label: m.label ?? "",
            borderline: m.borderline ?? false,
            note: m.note ?? "",
            start,
            end,
            segment: k,
          });
        }
      });
      out.push({
        id: g.id,
        type: g.type,
        text,
        segments: segs.map((s) => ({
          start: at(s.start),
          end: at(s.end),
          place: { county: s.primary_county?.adcode ?? null, inZhejiang: s.in_zhejiang !== false },
        })),
        ...(g.type === "article" && "township_code" in g ? { townshipCode: g.township_code ?? null } : {}),
        metrics,
        metricsLabelled: g.metrics_labelled !== false,
      });
    }
  }
  return out;
}
