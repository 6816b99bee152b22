/** Saves text as a file from the browser (CSV, SVG) without a server round trip. */
export function downloadText(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // Chromium reads the blob after click() returns; revoke only once the download has started.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The markup inside a rendered chart's <svg> and its drawn size, for lib/compare/svg. */
export function chartMarkup(container: HTMLElement | null): { inner: string; width: number; height: number } | null {
  const svg = container?.querySelector<SVGSVGElement>("svg.recharts-surface");
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  const serializer = new XMLSerializer();
  const inner = Array.from(svg.childNodes, (n) => serializer.serializeToString(n)).join("");
  return { inner, width: Number(svg.getAttribute("width")) || box.width, height: Number(svg.getAttribute("height")) || box.height };
}

/**
 * @font-face rules with the page's own Noto Sans SC subsets (from app/layout.tsx's fontsource CSS)
 * that the SVG's text needs, read as data URLs so the file shows its text on any machine. Empty
 * when the page's style sheets cannot be read.
 */
export async function embeddedFontCss(svg: string): Promise<string> {
  const { facesFor, fontFaceCss, svgText } = await import("@/lib/compare/svg");
  const faces: { weight: string; unicodeRange: string; url: string }[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule) || !/Noto Sans SC/i.test(rule.style.getPropertyValue("font-family"))) continue;
      const url = /url\(\s*["']?([^"')]+\.woff2[^"')]*)["']?\s*\)/.exec(rule.style.getPropertyValue("src"))?.[1];
      const unicodeRange = rule.style.getPropertyValue("unicode-range");
      if (!url || !unicodeRange) continue;
      faces.push({ weight: rule.style.getPropertyValue("font-weight") || "400", unicodeRange, url: new URL(url, sheet.href ?? location.href).href });
    }
  }
  const needed = facesFor(svgText(svg), faces);
  const read = await Promise.all(
    needed.map(async (f) => {
      const res = await fetch(f.url);
      if (!res.ok) return null;
      const bytes = new Uint8Array(await res.arrayBuffer());
      let bin = "";
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { weight: f.weight, unicodeRange: f.unicodeRange, dataUrl: `data:font/woff2;base64,${btoa(bin)}` };
    }),
  );
  return fontFaceCss(read.filter((x): x is NonNullable<typeof x> => x !== null));
}
