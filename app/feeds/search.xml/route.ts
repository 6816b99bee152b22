import { getDb } from "@/lib/db/client";
import { feedResponse, searchFeedSpec } from "@/lib/feeds/feeds";
import { QueryError } from "@/lib/search/query";

export const dynamic = "force-dynamic";

/** Atom feed of the newest stories matching a search: /feeds/search.xml?q=亚运 */
export async function GET(req: Request) {
  let spec;
  try {
    spec = searchFeedSpec(new URL(req.url).searchParams.get("q") ?? "");
  } catch (e) {
    if (e instanceof QueryError) return new Response(e.message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
  if (!spec) return new Response("q is required: /feeds/search.xml?q=亚运", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  return feedResponse(getDb(), spec);
}
