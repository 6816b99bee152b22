/**
 * A chart's SVG as a standalone file. Inside the page the chart gets its size and font from CSS;
 * a file opened elsewhere has neither, so width, height, xmlns and a font are written out, with
 * the chart's title above it and a source line below, so the file says what it counts and where
 * the numbers come from. The font is embedded (the Noto Sans SC subsets the text needs, as data
 * URLs), so machines without a Chinese font show the text instead of boxes.
 */
import { parseUnicodeRange } from "../og/unicode-range";

/** The embedded font's own family name first, so the file never depends on what is installed. */
export const EMBEDDED_FAMILY = "ZJMap Noto Sans SC";
export const SVG_FONT_FAMILY = `"${EMBEDDED_FAMILY}", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
const TITLE_BLOCK = 52;
const SOURCE_BLOCK = 26;

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

type Options = {
  /** The chart's own markup: the serialized children of the rendered <svg>. */
  inner: string;
  width: number;
  height: number;
  title: string;
  subtitle: string;
  /** "来源：…" under the chart. */
  source: string;
  /** @font-face rules to embed (embeddedFontFaces), or none. */
  fontCss?: string;
};

export function standaloneSvg({ inner, width, height, title, subtitle, source, fontCss = "" }: Options): string {
  const w = Math.max(1, Math.round(width));
  const chartH = Math.max(1, Math.round(height));
  const h = chartH + TITLE_BLOCK + SOURCE_BLOCK;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${escapeXml(SVG_FONT_FAMILY)}">`,
    ...(fontCss ? [`<style>${fontCss.replace(/]]>/g, "")}</style>`] : []),
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="700" fill="#1f2933">${escapeXml(title)}</text>`,
    `<text x="12" y="42" font-size="12" fill="#5f6b77">${escapeXml(subtitle)}</text>`,
    // Recharts writes font-family on its own text; the file's font must win there too.
    `<g transform="translate(0 ${TITLE_BLOCK})" style="font-family: ${escapeXml(SVG_FONT_FAMILY)}">${inner}</g>`,
    `<text x="12" y="${TITLE_BLOCK + chartH + 18}" font-size="11" fill="#5f6b77" data-role="source">${escapeXml(source)}</text>`,
    `</svg>`,
  ].join("\n");
}

/** "来源：浙江基层动态地图（据 临平日报、台州日报 报道；筛选：杭州市）" — the outlets behind the chart. */
export function sourceLine(sources: string[], filters: string[], lang: "zh" | "en" = "zh"): string {
  const outlets = [...new Set(sources)].sort();
  if (lang === "en") {
    return `Source: Zhejiang Initiatives Map${outlets.length ? `, from reports in ${outlets.join(", ")}` : ""}${filters.length ? `; filters: ${filters.join(", ")}` : ""}`;
  }
  return `来源：浙江基层动态地图${outlets.length ? `，据${outlets.join("、")}报道` : ""}${filters.length ? `；筛选：${filters.join("、")}` : ""}`;
}

/** The text an SVG shows: what its embedded font must cover. */
export function svgText(svg: string): string {
  const out: string[] = [];
  for (const m of svg.matchAll(/>([^<]+)</g)) out.push(m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!));
  return out.join("");
}

export type FontFace = { weight: string; unicodeRange: string; url: string };

/** The faces among `faces` that cover at least one character of `text` (by unicode-range). */
export function facesFor(text: string, faces: FontFace[]): FontFace[] {
  const points = [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((p) => p > 0x20);
  return faces.filter((f) => {
    const ranges = parseUnicodeRange(f.unicodeRange);
    return points.some((p) => ranges.some(([lo, hi]) => p >= lo && p <= hi));
  });
}

/** @font-face rules for the embedded family from faces whose files were read as data URLs. */
export function fontFaceCss(faces: { weight: string; unicodeRange: string; dataUrl: string }[]): string {
  return faces
    .map((f) => `@font-face{font-family:"${EMBEDDED_FAMILY}";font-weight:${f.weight};src:url(${f.dataUrl}) format("woff2");unicode-range:${f.unicodeRange};}`)
    .join("\n");
}
