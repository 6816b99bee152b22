import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Liveness plus a cheap database round trip: used by the test server wait and by deployments. */
export async function GET() {
  try {
    const articles = await getDb().article.count();
    return Response.json({ ok: true, articles });
  } catch (e) {
    return Response.json({ ok: false, error: (e as Error).message }, { status: 503 });
  }
}
