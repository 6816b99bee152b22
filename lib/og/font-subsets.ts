/**
 * Chooses the @fontsource/noto-sans-sc subset files that cover a piece of text, for Open Graph
 * images drawn by satori. The package splits Noto Sans SC into ~100 small fonts per weight, each
 * declared in its CSS with a unicode-range; satori cannot read that CSS, and it reads WOFF but not
 * WOFF2, so we parse the CSS ourselves and hand satori only the .woff files a text needs. With no
 * network and no CJK system font, a glyph left uncovered here would make satori try to fetch a
 * font from Google (and draw nothing).
 */
import fs from "node:fs";
import path from "node:path";
import { parseUnicodeRange } from "./unicode-range";

export { parseUnicodeRange };

export type FontWeight = 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;
export type FontStyle = "normal" | "italic";

/** One @font-face block: a .woff file and the code points it covers (sorted, inclusive ranges). */
export type FontSubset = {
  file: string;
  weight: FontWeight;
  style: FontStyle;
  ranges: ReadonlyArray<readonly [number, number]>;
};

/** The shape ImageResponse (satori) expects in its `fonts` option. */
export type OgFont = { name: string; data: ArrayBuffer; weight: FontWeight; style: FontStyle };

export const NOTO_SANS_SC_FAMILY = "Noto Sans SC";

const WEIGHTS: ReadonlySet<number> = new Set([100, 200, 300, 400, 500, 600, 700, 800, 900]);

/** Every @font-face in a fontsource CSS file that has a .woff source and a unicode-range, in CSS order. */
export function parseFontFaces(css: string): FontSubset[] {
  const faces: FontSubset[] = [];
  for (const block of css.split("@font-face").slice(1)) {
    const body = block.slice(0, block.indexOf("}") + 1 || undefined);
    const woff = /url\(\s*['"]?([^'")]+\.woff)['"]?\s*\)\s*format\(\s*['"]woff['"]\s*\)/i.exec(body)?.[1];
    const range = /unicode-range\s*:\s*([^;}]+)/i.exec(body)?.[1];
    const weight = Number(/font-weight\s*:\s*(\d+)/i.exec(body)?.[1] ?? 400);
    const style: FontStyle = /font-style\s*:\s*italic/i.test(body) ? "italic" : "normal";
    if (!woff || !range || !WEIGHTS.has(weight)) continue;
    faces.push({ file: woff.replace(/^\.\//, ""), weight: weight as FontWeight, style, ranges: parseUnicodeRange(range) });
  }
  return faces;
}

export function covers(subset: FontSubset, codePoint: number): boolean {
  const r = subset.ranges;
  let lo = 0;
  let hi = r.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = r[mid]!;
    if (codePoint < a) hi = mid - 1;
    else if (codePoint > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The fewest subsets (greedy, in CSS order) whose ranges cover every code point of `text`, and the
 * characters no subset covers. Whitespace and control characters need no glyph and are skipped.
 */
export function subsetsForText(subsets: readonly FontSubset[], text: string): { subsets: FontSubset[]; missing: string[] } {
  const chosen: FontSubset[] = [];
  const missing = new Set<string>();
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0)!;
    if (/[\s\p{Cc}]/u.test(ch)) continue;
    if (chosen.some((s) => covers(s, cp))) continue;
    const found = subsets.find((s) => covers(s, cp));
    if (found) chosen.push(found);
    else missing.add(ch);
  }
  return { subsets: chosen, missing: [...missing] };
}

/** Where the font package lives; the server always runs from the project root. */
export function notoSansScDir(root: string = process.cwd()): string {
  return path.join(root, "node_modules/@fontsource/noto-sans-sc");
}

// Parsed CSS and font bytes are kept for the life of the process: both are immutable package files.
const facesCache = new Map<string, FontSubset[]>();
const bytesCache = new Map<string, ArrayBuffer>();

export function loadSubsets(weight: FontWeight, dir: string = notoSansScDir()): FontSubset[] {
  const cssFile = path.join(dir, `${weight}.css`);
  let faces = facesCache.get(cssFile);
  if (!faces) {
    faces = parseFontFaces(fs.readFileSync(cssFile, "utf8"));
    facesCache.set(cssFile, faces);
  }
  return faces;
}

function readBytes(file: string): ArrayBuffer {
  let bytes = bytesCache.get(file);
  if (!bytes) {
    const buf = fs.readFileSync(file);
    bytes = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    bytesCache.set(file, bytes);
  }
  return bytes;
}

/** "files/noto-sans-sc-57-700-normal.woff" -> "57": the subset's name without weight and style. */
export function subsetKey(s: FontSubset): string {
  const base = path.basename(s.file).replace(/\.woff$/i, "");
  return base.replace(new RegExp(`-${s.weight}-${s.style}$`), "").replace(/^noto-sans-sc-/, "");
}

/**
 * Fonts for satori covering `text` in each weight. Satori keeps ONE font per family name (the best
 * weight match) and falls back glyph by glyph only across different names, so the first subset is
 * registered as the family itself (what `fontFamily` asks for) and every other subset under its
 * own name, e.g. "Noto Sans SC 57", the same name in every weight. `missing` lists characters the
 * font cannot draw at all.
 */
export function fontsForText(
  text: string,
  weights: readonly FontWeight[] = [400, 700],
  dir: string = notoSansScDir(),
): { fonts: OgFont[]; missing: string[] } {
  const fonts: OgFont[] = [];
  const missing = new Set<string>();
  let primary: string | null = null;
  for (const weight of weights) {
    const pick = subsetsForText(loadSubsets(weight, dir), text);
    pick.missing.forEach((ch) => missing.add(ch));
    for (const s of pick.subsets) {
      const key = subsetKey(s);
      primary ??= key;
      const name = key === primary ? NOTO_SANS_SC_FAMILY : `${NOTO_SANS_SC_FAMILY} ${key}`;
      fonts.push({ name, data: readBytes(path.join(dir, s.file)), weight: s.weight, style: s.style });
    }
  }
  return { fonts, missing: [...missing] };
}

/** Removes characters the font cannot draw, so satori never reaches for the network. */
export function withoutMissing(text: string, missing: readonly string[]): string {
  if (missing.length === 0) return text;
  const drop = new Set(missing);
  return [...text].filter((ch) => !drop.has(ch)).join("");
}
