import { BadRequest, handle, intParam, json } from "@/lib/db/api";
import { getDb } from "@/lib/db/client";
import { filterFromParams } from "@/lib/db/story-filter";
import { decodeCursor, listStories, MAX_PAGE_SIZE, PAGE_SIZE } from "@/lib/db/story-list";

export const dynamic = "force-dynamic";

/** Stories passing the filters (page URL parameters, plus county=), newest first, cursor-paged. */
export async function GET(req: Request) {
  return handle(async () => {
    const params = new URL(req.url).searchParams;
    const after = decodeCursor(params.get("cursor"));
    if (after === null) throw new BadRequest("not a valid cursor");
    const f = filterFromParams(params, { county: true });
    return json(await listStories(getDb(), f, { after, limit: intParam(params, "limit", PAGE_SIZE, 1, MAX_PAGE_SIZE) }));
  });
}
