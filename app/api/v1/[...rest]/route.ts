import { apiError, preflight } from "@/lib/api/http";

export const dynamic = "force-dynamic";
export const OPTIONS = preflight;

/** Unknown paths under /api/v1 answer JSON too, so clients parse every error the same way. */
export async function GET() {
  return apiError(404, "no such endpoint: see /api/v1 for the list");
}
