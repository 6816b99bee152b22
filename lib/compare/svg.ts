/**
 * A chart's SVG as a standalone file. Inside the page the chart gets its size and font from CSS;
 * a file opened elsewhere has neither, so width, height, xmlns and a Chinese font stack are written
 * out, with the chart's title above it so the file says what it counts.
 */

export const SVG_FONT_FAMILY = `"Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
const TITLE_BLOCK = 52;

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
};

export function standaloneSvg({ inner, width, height, title, subtitle }: Options): string {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height)) + TITLE_BLOCK;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${escapeXml(SVG_FONT_FAMILY)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="700" fill="#1f2933">${escapeXml(title)}</text>`,
    `<text x="12" y="42" font-size="12" fill="#5f6b77">${escapeXml(subtitle)}</text>`,
    `<g transform="translate(0 ${TITLE_BLOCK})">${inner}</g>`,
    `</svg>`,
  ].join("\n");
}
