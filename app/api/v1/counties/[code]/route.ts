import { getDb } from "@/lib/db/client";
import { apiHandle, apiJson, preflight } from "@/lib/api/http";
import { apiCounty } from "@/lib/api/v1";

export const dynamic = "force-dynamic";
export const OPTIONS = preflight;

/** One county's stories and numbers (documented in lib/api/endpoints.ts and at /api-docs). */
export async function GET(req: Request, ctx: { params: Promise<{ code: string }> }) {
  return apiHandle(async () => apiJson(await apiCounty(getDb(), (await ctx.params).code, new URL(req.url).searchParams)));
}
