/**
 * The map as a PNG: MapLibre clears its WebGL drawing buffer after each frame, so the canvas is
 * read inside a "render" event it fires right after drawing (no preserveDrawingBuffer, which would
 * slow every frame for a rare export). The map is then copied onto a 2D canvas with what a
 * picture needs to stand alone: a title line, the legend and the data attribution.
 */
import type { ColorClass } from "@/lib/compare/classes";
import { formatZh } from "@/lib/format";

type MapLike = { getCanvas(): HTMLCanvasElement; once(type: "render", fn: () => void): unknown; triggerRepaint(): void };

export type PngDecor = { title: string; legendTitle: string; classes: ColorClass[]; noDataLabel: string; attribution: string };

/** The map's current frame as a data URL, read while the frame is still in the drawing buffer. */
export function mapFrame(map: MapLike, timeoutMs = 5000): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error("the map did not render")), timeoutMs);
    map.once("render", () => {
      window.clearTimeout(timer);
      const src = map.getCanvas();
      const copy = document.createElement("canvas");
      copy.width = src.width;
      copy.height = src.height;
      const ctx = copy.getContext("2d");
      if (!ctx) return reject(new Error("no 2D canvas"));
      ctx.drawImage(src, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

const FONT = '"Noto Sans SC", sans-serif';

/** The frame with a title band on top and the legend and attribution drawn over its corners. */
export function decorate(frame: HTMLCanvasElement, d: PngDecor, dpr: number): HTMLCanvasElement {
  const band = Math.round(36 * dpr);
  const out = document.createElement("canvas");
  out.width = frame.width;
  out.height = frame.height + band;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(frame, 0, band);
  ctx.fillStyle = "#1f2933";
  ctx.font = `bold ${Math.round(16 * dpr)}px ${FONT}`;
  ctx.textBaseline = "middle";
  ctx.fillText(d.title, 12 * dpr, band / 2, out.width - 24 * dpr);

  // Legend, bottom left, as on screen.
  const line = 18 * dpr;
  const rows = [...d.classes.map((c) => ({ color: c.color, text: c.min === c.max ? formatZh(c.min) : `${formatZh(c.min)} – ${formatZh(c.max)}` })), { color: "#d0d5da", text: d.noDataLabel }];
  const boxH = line * (rows.length + 1) + 12 * dpr;
  const boxW = 170 * dpr;
  const x0 = 12 * dpr;
  const y0 = out.height - boxH - 28 * dpr;
  ctx.fillStyle = "rgba(255,255,255,0.95)";
  ctx.fillRect(x0, y0, boxW, boxH);
  ctx.strokeStyle = "#d5dbe1";
  ctx.strokeRect(x0, y0, boxW, boxH);
  ctx.fillStyle = "#1f2933";
  ctx.font = `bold ${Math.round(12 * dpr)}px ${FONT}`;
  ctx.fillText(d.legendTitle, x0 + 8 * dpr, y0 + 6 * dpr + line / 2, boxW - 16 * dpr);
  ctx.font = `${Math.round(12 * dpr)}px ${FONT}`;
  rows.forEach((r, i) => {
    const y = y0 + 6 * dpr + line * (i + 1);
    ctx.fillStyle = r.color;
    ctx.fillRect(x0 + 8 * dpr, y + 3 * dpr, 18 * dpr, 12 * dpr);
    ctx.fillStyle = "#1f2933";
    ctx.fillText(r.text, x0 + 32 * dpr, y + line / 2, boxW - 40 * dpr);
  });

  ctx.font = `${Math.round(10 * dpr)}px ${FONT}`;
  ctx.fillStyle = "#5f6b77";
  ctx.textAlign = "right";
  ctx.fillText(d.attribution, out.width - 8 * dpr, out.height - 10 * dpr, out.width - 16 * dpr);
  return out;
}

export function canvasBlob(c: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => c.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
}
