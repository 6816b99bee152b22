/**
 * Story pins clustered on the server (supercluster), answered per viewport and zoom.
 *
 * Stories are geocoded to a township or a county seat, so the province has a bounded number of
 * distinct spots (about 1,500) however many stories there are. The index holds spots weighted by
 * their story counts, not stories: it builds in milliseconds for any filter and stays small, and
 * a response never holds more features than fit on the screen.
 *
 * Features keep the property names MapLibre's own clustering used, so the layers in lib/map/layers
 * draw them unchanged: `point_count` (stories) on clusters and on spots holding several stories.
 */
import Supercluster from "supercluster";
import type { Feature, FeatureCollection, Point } from "geojson";

export type Spot = { lon: number; lat: number; stories: number; /** The story's id when the spot holds exactly one. */ id: string | null };

/** Same look as MapLibre's clustering before: 28 px radius on 512 px tiles, no clusters past zoom 13. */
export const CLUSTER_RADIUS = 28;
export const CLUSTER_MAX_ZOOM = 13;

export type PinProps =
  /**
   * Several spots drawn as one bubble; `expansion_zoom` is where it first splits, `bounds`
   * ("w,s,e,n") the box of all its spots, which a click fits so every pin separates at once.
   */
  | { cluster: true; cluster_id: number; point_count: number; spots: number; expansion_zoom: number; bounds: string }
  /** One spot holding several stories (they share a township or county seat). */
  | { spot: true; point_count: number; lon: number; lat: number }
  /** One story. */
  | { id: string; title: string; countyCode: string | null };

export type PinCollection = FeatureCollection<Point, PinProps>;

type SpotProps = { stories: number; id: string | null; lon: number; lat: number };

export class PinIndex {
  private readonly index: Supercluster<SpotProps, { stories: number }>;

  constructor(spots: Spot[]) {
    this.index = new Supercluster<SpotProps, { stories: number }>({
      radius: CLUSTER_RADIUS,
      extent: 512,
      maxZoom: CLUSTER_MAX_ZOOM,
      map: (p) => ({ stories: p.stories }),
      reduce: (acc, p) => {
        acc.stories += p.stories;
      },
    });
    this.index.load(
      spots.map((s) => ({ type: "Feature", geometry: { type: "Point", coordinates: [s.lon, s.lat] }, properties: { stories: s.stories, id: s.id, lon: s.lon, lat: s.lat } })),
    );
  }

  /** Clusters, spots and single stories in a bbox [w, s, e, n] at a zoom; single stories need their titles. */
  pins(bbox: [number, number, number, number], zoom: number, titles: (ids: string[]) => Map<string, { title: string; countyCode: string | null }>): PinCollection {
    const raw = this.index.getClusters(bbox, Math.floor(zoom));
    const singles = raw.flatMap((f) => (!("cluster" in f.properties) && (f.properties as SpotProps).stories === 1 && (f.properties as SpotProps).id ? [(f.properties as SpotProps).id!] : []));
    const info = titles(singles);
    const features: Feature<Point, PinProps>[] = raw.map((f) => {
      const p = f.properties as Partial<Supercluster.ClusterProperties> & Partial<SpotProps> & { stories: number };
      if (p.cluster) {
        const id = p.cluster_id!;
        return {
          type: "Feature",
          geometry: f.geometry,
          properties: { cluster: true, cluster_id: id, point_count: p.stories, spots: p.point_count!, expansion_zoom: this.index.getClusterExpansionZoom(id), bounds: this.boundsOf(id) },
        };
      }
      if (p.stories > 1 || !p.id) return { type: "Feature", geometry: f.geometry, properties: { spot: true, point_count: p.stories, lon: p.lon!, lat: p.lat! } };
      const t = info.get(p.id);
      return { type: "Feature", geometry: f.geometry, properties: { id: p.id, title: t?.title ?? "", countyCode: t?.countyCode ?? null } };
    });
    return { type: "FeatureCollection", features };
  }

  /** "w,s,e,n" around a cluster's spots; a cluster has at most the ~1,500 spots of the province. */
  private boundsOf(clusterId: number): string {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const f of this.index.getLeaves(clusterId, Infinity)) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
    return [w, s, e, n].map((x) => Math.round(x * 1e5) / 1e5).join(",");
  }

  /** The spots inside a cluster (throws when the id is not a cluster of this index). */
  spotsOf(clusterId: number): Spot[] {
    return this.index.getLeaves(clusterId, Infinity).map((f) => ({ lon: f.properties.lon, lat: f.properties.lat, stories: f.properties.stories, id: f.properties.id }));
  }
}

/** Parses "w,s,e,n" within the world; null when malformed. */
export function parseBbox(raw: string | null): [number, number, number, number] | null {
  if (!raw) return null;
  const parts = raw.split(",").map((x) => Number(x));
  if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x))) return null;
  const [w, s, e, n] = parts as [number, number, number, number];
  if (w < -180 || e > 180 || s < -90 || n > 90 || w >= e || s >= n) return null;
  return [w, s, e, n];
}
