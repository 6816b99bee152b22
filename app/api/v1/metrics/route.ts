import { getDb } from "@/lib/db/client";
import { apiHandle, apiJson, preflight } from "@/lib/api/http";
import { apiMetrics } from "@/lib/api/v1";

export const dynamic = "force-dynamic";
export const OPTIONS = preflight;

/** Every number with its sentence, article, source and places (documented in lib/api/endpoints.ts and at /api-docs). */
export async function GET(req: Request) {
  return apiHandle(async () => apiJson(await apiMetrics(getDb(), new URL(req.url).searchParams)));
}
