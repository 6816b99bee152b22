/**
 * Camera helpers for the map component: how much of the map a panel or bottom sheet may cover
 * when the camera fits a place, and the zoom range that lets any frame show the whole province.
 */
export type Insets = { top: number; right: number; bottom: number; left: number };

/** Zoom 4 shows all of Zhejiang in a 300 px frame: zooming out must never be disabled before that. */
export const MIN_ZOOM = 4;
export const MAX_ZOOM = 14;

/**
 * Padding for fitting the camera, leaving at least `minShare` of the map's width and height
 * visible. A phone's compare sheet covers 70% of the map: fitting the province into the 30% above
 * it with MapLibre's minimum zoom would push the centre far south (a shared link once opened near
 * 16°N), so each axis's padding is scaled down until the visible part is big enough.
 */
export function visibleInsets(size: { width: number; height: number }, pad: Insets, minShare = 0.4): Insets {
  const axis = (a: number, b: number, length: number): [number, number] => {
    const room = length * (1 - minShare);
    if (a + b <= room || a + b === 0) return [a, b];
    const k = Math.max(0, room) / (a + b);
    return [Math.floor(a * k), Math.floor(b * k)];
  };
  const [top, bottom] = axis(pad.top, pad.bottom, size.height);
  const [left, right] = axis(pad.left, pad.right, size.width);
  return { top, right, bottom, left };
}

/** Adds `n` pixels on every side. */
export function grow(p: Insets, n: number): Insets {
  return { top: p.top + n, right: p.right + n, bottom: p.bottom + n, left: p.left + n };
}

/** "w,s,e,n" (a cluster's bounds as the pins API writes them) -> [[w,s],[e,n]], or null. */
export function parseBounds(raw: unknown): [[number, number], [number, number]] | null {
  if (typeof raw !== "string") return null;
  const n = raw.split(",").map(Number);
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return null;
  const [w, s, e, north] = n as [number, number, number, number];
  return w <= e && s <= north ? [[w, s], [e, north]] : null;
}
