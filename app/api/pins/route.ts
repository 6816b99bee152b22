import { BadRequest, handle, intParam, json } from "@/lib/db/api";
import { getDb } from "@/lib/db/client";
import { getPins } from "@/lib/db/pins";
import { filterFromParams } from "@/lib/db/story-filter";
import { parseBbox } from "@/lib/map/clusters";

export const dynamic = "force-dynamic";

/** Clustered pins (GeoJSON) in bbox=w,s,e,n at zoom z, for the filters of the page URL. */
export async function GET(req: Request) {
  return handle(async () => {
    const params = new URL(req.url).searchParams;
    const bbox = parseBbox(params.get("bbox"));
    if (!bbox) throw new BadRequest("bbox must be west,south,east,north in degrees");
    const z = intParam(params, "z", 0, 0, 24);
    return json(await getPins(getDb(), filterFromParams(params), bbox, z));
  });
}
