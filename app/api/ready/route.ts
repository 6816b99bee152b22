import { getDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/database-url";
import { getLogger } from "@/lib/log/logger";
import { checkReadiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

/** Readiness: the database answers and holds every migration. The body stays generic; why not is logged. */
export async function GET() {
  const result = await checkReadiness(getDb(), resolveDatabase().kind);
  if (!result.ready) getLogger().warn({ check: "ready", reason: result.reason }, "not ready");
  return Response.json({ status: result.ready ? "ready" : "not ready" }, { status: result.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
