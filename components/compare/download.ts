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
