// Liveness: the process answers. No database call and no details, so it is safe to expose and cheap
// to poll; readiness (database reachable and migrated) is /api/ready.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
