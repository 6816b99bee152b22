/**
 * Turns GeoJSON (Multi)Polygons into SVG path data fitted to a box, for the small maps drawn in
 * Open Graph images. A county is a few kilometres across, so a plain equirectangular projection
 * with x shrunk by cos(latitude) keeps its shape true enough; no projection library is needed.
 */

export type Position = readonly number[];
export type PolygonGeometry =
  | { type: "Polygon"; coordinates: Position[][] }
  | { type: "MultiPolygon"; coordinates: Position[][][] };

/** [minLon, minLat, maxLon, maxLat] */
export type Bounds = readonly [number, number, number, number];
export type Box = { width: number; height: number; padding: number };
export type Projection = (p: Position) => [number, number];

export function polygonsOf(g: PolygonGeometry): Position[][][] {
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

export function boundsOf(geometries: readonly PolygonGeometry[]): Bounds | null {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    for (const poly of polygonsOf(g)) {
      for (const ring of poly) {
        for (const [x, y] of ring as [number, number][]) {
          if (x < minX) minX = x;
          if (y < minY) minY = y;
          if (x > maxX) maxX = x;
          if (y > maxY) maxY = y;
        }
      }
    }
  }
  return Number.isFinite(minX) ? [minX, minY, maxX, maxY] : null;
}

/** Uniform scale that fits `bounds` inside the box (less padding), centred; north is up. */
export function fitProjection(bounds: Bounds, box: Box): Projection {
  const [minX, minY, maxX, maxY] = bounds;
  const kx = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const w = Math.max((maxX - minX) * kx, 1e-9);
  const h = Math.max(maxY - minY, 1e-9);
  const innerW = box.width - 2 * box.padding;
  const innerH = box.height - 2 * box.padding;
  const scale = Math.min(innerW / w, innerH / h);
  const offX = box.padding + (innerW - w * scale) / 2;
  const offY = box.padding + (innerH - h * scale) / 2;
  return (p) => [offX + (p[0]! - minX) * kx * scale, offY + (maxY - p[1]!) * scale];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * SVG path data ("M x y L ... Z" per ring). Points closer than `minStep` pixels to the last kept
 * one are dropped, and rings that shrink below a triangle vanish: at thumbnail size they are
 * invisible, and the full-resolution coastline would make the image slow to draw.
 */
export function pathFor(g: PolygonGeometry, project: Projection, minStep = 0.75): string {
  const parts: string[] = [];
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      const kept: [number, number][] = [];
      for (const pos of ring) {
        const [x, y] = project(pos);
        const last = kept[kept.length - 1];
        if (!last || Math.hypot(x - last[0], y - last[1]) >= minStep) kept.push([x, y]);
      }
      if (kept.length < 3) continue;
      parts.push(`M${kept.map(([x, y]) => `${round1(x)} ${round1(y)}`).join("L")}Z`);
    }
  }
  return parts.join("");
}
