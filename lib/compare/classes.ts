/**
 * Class breaks and colours for shading counties (DESIGN.md: sequential single hue, 5 classes with
 * the breaks in the legend, a distinct look for "no data").
 */

/** ColorBrewer "Blues", light to dark. */
export const SEQUENTIAL = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
export const NO_DATA_COLOR = "#e9ecef";
export const MAX_CLASSES = SEQUENTIAL.length;

export type ColorClass = { min: number; max: number; color: string };

/**
 * Classes over the values with data. Few distinct values get one class each (1, 2, 3 stories);
 * otherwise quantile classes, so a single large county does not wash out all the others.
 */
export function classify(values: number[]): ColorClass[] {
  const sorted = [...new Set(values.filter((v) => Number.isFinite(v)))].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  if (sorted.length <= MAX_CLASSES) {
    const colors = pickColors(sorted.length);
    return sorted.map((v, i) => ({ min: v, max: v, color: colors[i]! }));
  }
  const all = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const cuts: number[] = [];
  for (let i = 1; i < MAX_CLASSES; i++) {
    const q = all[Math.floor((i * all.length) / MAX_CLASSES)]!;
    if (!cuts.includes(q) && q > all[0]!) cuts.push(q);
  }
  const bounds = [all[0]!, ...cuts, all[all.length - 1]!];
  const colors = pickColors(bounds.length - 1);
  return bounds.slice(0, -1).map((lo, i) => ({ min: lo, max: bounds[i + 1]!, color: colors[i]! }));
}

/** Spread n colours across the scale so two classes are not two nearly identical light blues. */
function pickColors(n: number): string[] {
  if (n >= SEQUENTIAL.length) return [...SEQUENTIAL];
  if (n === 1) return [SEQUENTIAL[3]];
  return Array.from({ length: n }, (_, i) => SEQUENTIAL[Math.round(((i + 1) * (SEQUENTIAL.length - 1)) / n)]!);
}

/** The colour for a value: its class (upper bounds inclusive), or NO_DATA_COLOR for null. */
export function colorFor(value: number | null, classes: ColorClass[]): string {
  if (value === null || classes.length === 0) return NO_DATA_COLOR;
  for (const c of classes) if (value <= c.max) return c.color;
  return classes[classes.length - 1]!.color;
}
