import { apiHandle, apiJson, preflight } from "@/lib/api/http";
import { apiIndex } from "@/lib/api/v1";

export const dynamic = "force-dynamic";
export const OPTIONS = preflight;

/** The API's version and its endpoints. */
export async function GET() {
  return apiHandle(async () => apiJson(apiIndex()));
}
