import { BadRequest, handle, intParam, json } from "@/lib/db/api";
import { getDb } from "@/lib/db/client";
import { StaleClusterError, storiesAtSpot, storiesInCluster } from "@/lib/db/pins";
import { filterFromParams } from "@/lib/db/story-filter";
import { decodeCursor, MAX_PAGE_SIZE, PAGE_SIZE } from "@/lib/db/story-list";

export const dynamic = "force-dynamic";

/**
 * Stories behind a pin, newest first: spot=lon,lat (several stories at one place) or
 * cluster=<id>&v=<data version of the pins> (409 when the data changed since).
 */
export async function GET(req: Request) {
  return handle(async () => {
    const params = new URL(req.url).searchParams;
    const after = decodeCursor(params.get("cursor"));
    if (after === null) throw new BadRequest("not a valid cursor");
    const opts = { after, limit: intParam(params, "limit", PAGE_SIZE, 1, MAX_PAGE_SIZE) };
    const f = filterFromParams(params);
    const db = getDb();
    const spot = params.get("spot");
    if (spot) {
      const [lon, lat] = spot.split(",").map(Number);
      if (spot.split(",").length !== 2 || !Number.isFinite(lon) || !Number.isFinite(lat)) throw new BadRequest("spot must be lon,lat");
      return json(await storiesAtSpot(db, f, { lon: lon!, lat: lat! }, opts));
    }
    const cluster = intParam(params, "cluster", -1, 0, 2 ** 31 - 1);
    if (cluster < 0) throw new BadRequest("give spot=lon,lat or cluster=<id>&v=<version>");
    try {
      return json(await storiesInCluster(db, f, cluster, intParam(params, "v", 0, 0, 2 ** 31 - 1), opts));
    } catch (e) {
      if (e instanceof StaleClusterError) return json({ error: e.message }, { status: 409 });
      throw e;
    }
  });
}
