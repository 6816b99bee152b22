/** Text fitting for share images: satori has no line clamp we can rely on, so we cut and size ahead. */

/** Cuts `text` to at most `max` characters (code points), ending in "…" when cut. */
export function clampText(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, Math.max(1, max - 1)).join("").trimEnd()}…`;
}

/** A title size that keeps a clamped title within three lines of the image's text column. */
export function titleFontSize(title: string): number {
  const n = [...title].length;
  if (n <= 12) return 68;
  if (n <= 20) return 60;
  if (n <= 30) return 52;
  return 44;
}

/** Every string inside a tree of plain elements (what satori will draw), for choosing font files. */
export function collectText(node: unknown, out: string[] = []): string[] {
  if (typeof node === "string" || typeof node === "number") out.push(String(node));
  else if (Array.isArray(node)) node.forEach((n) => collectText(n, out));
  else if (node && typeof node === "object" && "props" in node) {
    const props = (node as { props?: { children?: unknown } }).props;
    collectText(props?.children, out);
  }
  return out;
}
