// The page splitter's model: softmax regression over line features (features.ts), three classes per
// line: a report starts here, the line continues the report above, or the line belongs to no report
// (a round-up's headline and lead, a separator). Two passes: the first scores each line from its own
// features and its neighbours'; the second adds what the first said about the lines around it and about
// the lines of the page laid out alike (stacking). The weights are data (weights.json, written by
// `npm run train:splitter`), loaded once per process; scoring is dot products, deterministic.
import { z } from "zod";
import { FEATURE_NAMES, STACK_NAMES, StackedFeatures, STACKED_FEATURE_NAMES, type PageFeatures, type Sparse, type SplitLine } from "./features";
import committed from "./weights.json";

export const CLASSES = ["start", "inside", "outside"] as const;
export type LineClass = (typeof CLASSES)[number];
export const START = 0;
export const INSIDE = 1;
export const OUTSIDE = 2;

/** One softmax layer: a row per class (CLASSES order), a weight per feature, then the bias. */
export type Layer = readonly Float64Array[];

export type SplitModel = {
  /** First pass, over FEATURE_NAMES. */
  first: Layer;
  /** Second pass, over STACKED_FEATURE_NAMES. */
  second: Layer;
};

const rowsSchema = z.record(z.string(), z.array(z.number().finite()));
const weightsFileSchema = z.object({
  classes: z.array(z.string()),
  features: z.array(z.string()),
  stackFeatures: z.array(z.string()),
  weights: z.object({ first: rowsSchema, second: rowsSchema }),
});

function layer(rows: Record<string, number[]>, size: number, which: string): Layer {
  return CLASSES.map((c) => {
    const row = rows[c];
    if (!row || row.length !== size + 1) throw new Error(`split model: ${which} pass, class ${c} needs ${size + 1} weights`);
    return Float64Array.from(row);
  });
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Checks a weights file against the features this code computes. A file trained on another feature
 * list would score the wrong numbers silently, so it is refused with the way out.
 */
export function parseModel(json: unknown): SplitModel {
  const parsed = weightsFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`split model: bad weights file: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const w = parsed.data;
  if (!sameList(w.classes, CLASSES)) throw new Error(`split model: classes ${w.classes.join()} != ${CLASSES.join()}`);
  if (!sameList(w.features, FEATURE_NAMES) || !sameList(w.stackFeatures, STACK_NAMES))
    throw new Error("split model: weights.json was trained on another feature list; run `npm run train:splitter`");
  return { first: layer(w.weights.first, FEATURE_NAMES.length, "first"), second: layer(w.weights.second, STACKED_FEATURE_NAMES.length, "second") };
}

let loaded: SplitModel | undefined;

/** The committed model, parsed on first use and kept for the life of the process. */
export function defaultModel(): SplitModel {
  loaded ??= parseModel(committed);
  return loaded;
}

/** Log-probabilities of the three classes for one feature vector under one layer. */
export function layerLogProbs(rows: Layer, x: Sparse): Float64Array {
  const out = new Float64Array(CLASSES.length);
  let max = -Infinity;
  rows.forEach((row, c) => {
    let s = row[row.length - 1]!;
    for (let k = 0; k < x.idx.length; k++) s += row[x.idx[k]!]! * x.val[k]!;
    out[c] = s;
    if (s > max) max = s;
  });
  let sum = 0;
  for (const s of out) sum += Math.exp(s - max);
  const log = max + Math.log(sum);
  for (let c = 0; c < out.length; c++) out[c]! -= log;
  return out;
}

/** Log-probabilities of the classes of every line of a page (both passes). */
export function pageLogProbs(model: SplitModel, lines: readonly SplitLine[], features: PageFeatures): Float64Array[] {
  const first: Float64Array[] = [];
  for (let i = 0; i < features.n; i++) first.push(layerLogProbs(model.first, features.row(i)));
  const stacked = new StackedFeatures(features, lines, first);
  const out: Float64Array[] = [];
  for (let i = 0; i < stacked.n; i++) out.push(layerLogProbs(model.second, stacked.row(i)));
  return out;
}
