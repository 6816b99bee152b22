import { getDb } from "@/lib/db/client";
import { apiHandle, apiJson, preflight } from "@/lib/api/http";
import { apiMonths } from "@/lib/api/v1";

export const dynamic = "force-dynamic";
export const OPTIONS = preflight;

/** Stories and totals by month (documented in lib/api/endpoints.ts and at /api-docs). */
export async function GET(req: Request) {
  return apiHandle(async () => apiJson(await apiMonths(getDb(), new URL(req.url).searchParams)));
}
