import { getDb } from "@/lib/db/client";
import { feedResponse, feedSpec } from "@/lib/feeds/feeds";

export const dynamic = "force-dynamic";

/** Atom feed of a city's newest stories: /feeds/city/<code>.xml */
export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const db = getDb();
  return feedResponse(db, await feedSpec(db, "city", (await ctx.params).file), "no such city: see /api-docs for the feeds");
}
