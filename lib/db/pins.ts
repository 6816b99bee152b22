/** Pins for the map by viewport and zoom, from a per-filter spot index cached per data version. */
import { PinIndex, type PinCollection, type Spot } from "../map/clusters";
import type { Db } from "./client";
import { getDataVersion, readCache } from "./data-version";
import { ensureSearchIndex } from "./search-index";
import { join, num, query, sql, type Sql } from "./sql";
import { filterKey, filterSql, type StoryFilter } from "./story-filter";
import { listStories, type ListOptions, type StoryPage } from "./story-list";

async function loadSpots(db: Db, f: StoryFilter): Promise<Spot[]> {
  const rows = await query<{ lon: number; lat: number; n: unknown; id: string }>(
    db,
    sql`SELECT a."lon" AS lon, a."lat" AS lat, COUNT(*) AS n, MIN(a."id") AS id FROM "Article" a
        WHERE a."lon" IS NOT NULL AND a."lat" IS NOT NULL ${filterSql(db, f)} GROUP BY a."lon", a."lat"`,
  );
  return rows.map((r) => {
    const stories = num(r.n);
    return { lon: num(r.lon), lat: num(r.lat), stories, id: stories === 1 ? r.id : null };
  });
}

async function pinIndex(db: Db, f: StoryFilter, version: number): Promise<PinIndex> {
  return readCache(db).get(version, `pins|${filterKey(f)}`, async () => new PinIndex(await loadSpots(db, f)));
}

export type PinsResponse = PinCollection & { version: number };

export async function getPins(db: Db, f: StoryFilter, bbox: [number, number, number, number], zoom: number): Promise<PinsResponse> {
  if (f.q) await ensureSearchIndex(db);
  const version = await getDataVersion(db);
  const index = await pinIndex(db, f, version);
  let titles = new Map<string, { title: string; countyCode: string | null }>();
  const fc = index.pins(bbox, zoom, (ids) => {
    titles = new Map(ids.map((id) => [id, { title: "", countyCode: null }]));
    return titles;
  });
  // Titles of the single-story pins on screen only (a few hundred at most).
  const ids = [...titles.keys()];
  if (ids.length) {
    const rows = await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, countyCode: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const feature of fc.features) {
      const p = feature.properties;
      if ("id" in p) {
        const r = byId.get(p.id);
        p.title = r?.title ?? "";
        p.countyCode = r?.countyCode ?? null;
      }
    }
  }
  return { ...fc, version };
}

export class StaleClusterError extends Error {}

function atSpots(spots: { lon: number; lat: number }[]): Sql {
  return sql`AND (${join(
    spots.map((s) => sql`(a."lon" = ${s.lon} AND a."lat" = ${s.lat})`),
    " OR ",
  )})`;
}

/** Stories at one spot (a pin holding several), newest first. */
export async function storiesAtSpot(db: Db, f: StoryFilter, spot: { lon: number; lat: number }, opts: ListOptions = {}): Promise<StoryPage> {
  return listStories(db, f, { ...opts, where: atSpots([spot]), cacheKey: `spot:${spot.lon},${spot.lat}` });
}

/**
 * Stories inside a cluster, newest first. Cluster ids belong to one index: when the data changed
 * since the client fetched its pins (`version`), the id may mean another cluster, so it is refused.
 */
export async function storiesInCluster(db: Db, f: StoryFilter, clusterId: number, version: number, opts: ListOptions = {}): Promise<StoryPage> {
  const now = await getDataVersion(db);
  if (now !== version) throw new StaleClusterError("the map's data changed since the pins were drawn");
  const index = await pinIndex(db, f, now);
  let spots: Spot[];
  try {
    spots = index.spotsOf(clusterId);
  } catch {
    throw new StaleClusterError(`no cluster ${clusterId} on this map`);
  }
  if (spots.length === 0) return { items: [], nextCursor: null, total: 0 };
  return listStories(db, f, { ...opts, where: atSpots(spots), cacheKey: `cluster:${version}:${clusterId}` });
}

