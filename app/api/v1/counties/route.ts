import { getDb } from "@/lib/db/client";
import { apiHandle, apiJson, preflight } from "@/lib/api/http";
import { apiCountyList } from "@/lib/api/v1";

export const dynamic = "force-dynamic";
export const OPTIONS = preflight;

/** Every county with its stories and the measure's total (documented in lib/api/endpoints.ts and at /api-docs). */
export async function GET(req: Request) {
  return apiHandle(async () => apiJson(await apiCountyList(getDb(), new URL(req.url).searchParams)));
}
