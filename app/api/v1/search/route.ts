import { getDb } from "@/lib/db/client";
import { apiHandle, apiJson, preflight } from "@/lib/api/http";
import { apiSearch } from "@/lib/api/v1";

export const dynamic = "force-dynamic";
export const OPTIONS = preflight;

/** Ranked full-text search (documented in lib/api/endpoints.ts and at /api-docs). */
export async function GET(req: Request) {
  return apiHandle(async () => apiJson(await apiSearch(getDb(), new URL(req.url).searchParams)));
}
