import { getDb } from "@/lib/db/client";
import { searchArticles } from "@/lib/db/read-models";
import { MAX_QUERY_LENGTH } from "@/lib/url-state";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const q = (new URL(req.url).searchParams.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  return Response.json({ q, hits: q ? await searchArticles(getDb(), q) : [] });
}
