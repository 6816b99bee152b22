import { getDb } from "@/lib/db/client";
import { apiHandle, apiJson, preflight } from "@/lib/api/http";
import { apiArticles } from "@/lib/api/v1";

export const dynamic = "force-dynamic";
export const OPTIONS = preflight;

/** Stories, newest first, cursor-paged (documented in lib/api/endpoints.ts and at /api-docs). */
export async function GET(req: Request) {
  return apiHandle(async () => apiJson(await apiArticles(getDb(), new URL(req.url).searchParams)));
}
