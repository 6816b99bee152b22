/**
 * Which pins to ask the server for: the viewport at an integer zoom, padded and snapped to a grid,
 * so small pans reuse the pins already loaded and only a zoom step or a long pan fetches again.
 */
export type PinsArea = { z: number; bbox: [number, number, number, number] };

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The area to fetch for a viewport [w, s, e, n] at a (fractional) zoom. */
export function pinsArea(view: [number, number, number, number], zoom: number): PinsArea {
  const z = clamp(Math.floor(zoom), 0, 24);
  const [w, s, e, n] = view;
  const padX = (e - w) / 2;
  const padY = (n - s) / 2;
  // Snap to a quarter of a tile's width at this zoom: neighbouring viewports share a request.
  const grid = 360 / 2 ** z / 4;
  const down = (x: number) => Math.floor(x / grid) * grid;
  const up = (x: number) => Math.ceil(x / grid) * grid;
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  return { z, bbox: [r(clamp(down(w - padX), -180, 180)), r(clamp(down(s - padY), -85, 85)), r(clamp(up(e + padX), -180, 180)), r(clamp(up(n + padY), -85, 85))] };
}

/** True when `loaded` already holds the pins for this viewport and zoom. */
export function covers(loaded: PinsArea | null, view: [number, number, number, number], zoom: number): boolean {
  if (!loaded || loaded.z !== clamp(Math.floor(zoom), 0, 24)) return false;
  const [w, s, e, n] = view;
  const [lw, ls, le, ln] = loaded.bbox;
  return w >= lw && s >= ls && e <= le && n <= ln;
}

export function pinsAreaParams(a: PinsArea): string {
  return `bbox=${a.bbox.join(",")}&z=${a.z}`;
}
