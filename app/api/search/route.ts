import { handle, intParam, json } from "@/lib/db/api";
import { getDb } from "@/lib/db/client";
import { MAX_SEARCH_OFFSET, SEARCH_PAGE, searchStories } from "@/lib/db/search";
import { filterFromParams } from "@/lib/db/story-filter";

export const dynamic = "force-dynamic";

/**
 * Ranked full-text search: q (required to find anything), the page URL's filters and county=,
 * cursor= from the previous page. A query with control characters or nothing to search answers 400.
 */
export async function GET(req: Request) {
  return handle(async () => {
    const params = new URL(req.url).searchParams;
    const f = filterFromParams(params, { county: true });
    if (!f.q) return json({ q: "", total: 0, hits: [], nextCursor: null });
    const offset = intParam(params, "cursor", 0, 0, MAX_SEARCH_OFFSET);
    return json(await searchStories(getDb(), { ...f, q: f.q }, offset, intParam(params, "limit", SEARCH_PAGE, 1, 50)));
  });
}
