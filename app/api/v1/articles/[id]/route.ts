import { getDb } from "@/lib/db/client";
import { apiHandle, apiJson, preflight } from "@/lib/api/http";
import { apiArticle } from "@/lib/api/v1";

export const dynamic = "force-dynamic";
export const OPTIONS = preflight;

/** One article with its text, places and numbers (documented in lib/api/endpoints.ts and at /api-docs). */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return apiHandle(async () => apiJson(await apiArticle(getDb(), (await ctx.params).id)));
}
