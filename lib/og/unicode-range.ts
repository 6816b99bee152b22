/** CSS unicode-range values, read in the browser (SVG export) and on the server (share cards) alike. */

/** "U+4e00-4e0f,U+3001" -> [[0x4e00,0x4e0f],[0x3001,0x3001]] sorted. Wildcards (U+4??) widen to their span. */
export function parseUnicodeRange(value: string): [number, number][] {
  const out: [number, number][] = [];
  for (const part of value.split(",")) {
    const m = /^\s*U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!m) continue;
    const first = m[1]!;
    const lo = parseInt(first.replace(/\?/g, "0"), 16);
    const hi = m[2] !== undefined ? parseInt(m[2], 16) : parseInt(first.replace(/\?/g, "f"), 16);
    if (Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi) out.push([lo, hi]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
