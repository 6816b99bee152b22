/**
 * The indicator vocabulary (indicators.json), validated once at load: what each indicator means,
 * its unit and theme, whether values from different stories may be added (summable) and whether a
 * value per 10,000 residents means something (perCapita). Comparisons use indicators, never kinds.
 */
import { z } from "../zod";
import raw from "./indicators.json";

const indicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    zh: z.string().min(1),
    en: z.string().min(1),
    definition: z.string().min(10),
    unit: z.string(),
    theme: z.string(),
    summable: z.boolean(),
    perCapita: z.boolean(),
    /** A price, yield or average: assigned only to metrics of kind "rate". */
    rate: z.boolean().optional(),
    /** Units the number is printed in (a rate by its numerator: 元 of 元/公斤). */
    units: z.array(z.string().min(1)),
    /** Words in a metric's label or clause that name the indicator. */
    cues: z.array(z.string().min(1)),
    /** Words nearby that make it likelier. */
    context: z.array(z.string().min(1)),
    /** More general indicators this one beats when both are named in the label. */
    over: z.array(z.string()).optional(),
    /** Cues that count only as the last word of the label, the thing counted (村 in 9个村, not in 村级项目). */
    heads: z.array(z.string().min(1)).optional(),
    /** Words one of which the label or clause must hold for the indicator to be considered. */
    needs: z.array(z.string().min(1)).optional(),
    /** Words that rule the indicator out when the label or clause holds one. */
    not: z.array(z.string().min(1)).optional(),
    /** Units this indicator is assumed for when nothing names any indicator. */
    fallbackFor: z.array(z.string()).optional(),
  })
  .strict();

const fileSchema = z.object({ about: z.string(), indicators: z.array(indicatorSchema).min(2) }).strict();

export type Indicator = z.infer<typeof indicatorSchema>;

function load(): Indicator[] {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`lib/metrics/indicators.json: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const list = parsed.data.indicators;
  const ids = new Set<string>();
  for (const ind of list) {
    if (ids.has(ind.id)) throw new Error(`lib/metrics/indicators.json: duplicate id ${ind.id}`);
    ids.add(ind.id);
  }
  for (const ind of list) {
    for (const o of ind.over ?? []) if (!ids.has(o)) throw new Error(`lib/metrics/indicators.json: ${ind.id} is over unknown ${o}`);
  }
  const fallbacks = list.flatMap((i) => i.fallbackFor ?? []);
  if (new Set(fallbacks).size !== fallbacks.length) throw new Error("lib/metrics/indicators.json: a unit has two fallback indicators");
  if (!ids.has(OTHER)) throw new Error(`lib/metrics/indicators.json: no "${OTHER}" indicator`);
  const other = list.find((i) => i.id === OTHER)!;
  if (other.summable || other.units.length || other.cues.length) throw new Error(`lib/metrics/indicators.json: "${OTHER}" must match nothing and never be summed`);
  return list;
}

/** The indicator of a quantity no other indicator defines: shown, never summed or ranked. */
export const OTHER = "other";

export const INDICATORS: readonly Indicator[] = load();

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

export function isIndicatorId(id: string): boolean {
  return BY_ID.has(id);
}

/** Indicators a county may be ranked by: summable ones, never "other". */
export function isRankableIndicator(id: string): boolean {
  const ind = BY_ID.get(id);
  return ind !== undefined && ind.id !== OTHER && ind.summable;
}
