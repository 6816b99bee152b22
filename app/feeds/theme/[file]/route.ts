import { getDb } from "@/lib/db/client";
import { feedResponse, feedSpec } from "@/lib/feeds/feeds";

export const dynamic = "force-dynamic";

/** Atom feed of a theme's newest stories: /feeds/theme/<tag>.xml */
export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const db = getDb();
  return feedResponse(db, await feedSpec(db, "theme", (await ctx.params).file), "no such theme: see /api-docs for the feeds");
}
