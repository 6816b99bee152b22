/**
 * How each chosen county's line is told apart in compare over time (and its chip's swatch): a colour,
 * readable by colour-blind readers for the first eight (Okabe–Ito), then darker tones, and a dash
 * pattern, so two counties with the same figures (drawn one over the other) both stay visible. Both
 * follow the county's place in the compare list: adding a county never restyles the others. Kept
 * apart from time-lines.ts so the compare view's chips need no CSV code.
 */
export const LINE_COLORS = [
  "#0072b2",
  "#d55e00",
  "#009e73",
  "#cc79a7",
  "#e69f00",
  "#56b4e9",
  "#000000",
  "#8c6d31",
  "#6a3d9a",
  "#b15928",
  "#1b7837",
  "#7f7f7f",
];

/** SVG stroke-dasharray per place: solid, dashed, dotted, dash-dot, then again. */
export const LINE_DASHES = ["", "7 4", "2 3", "9 3 2 3"];

export function lineStyle(i: number): { color: string; dash: string } {
  return { color: LINE_COLORS[i % LINE_COLORS.length]!, dash: LINE_DASHES[i % LINE_DASHES.length]! };
}
