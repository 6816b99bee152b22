import { getDb } from "@/lib/db/client";
import { deskRoute } from "@/lib/desk/http";
import { reextractJob, startReextractAll } from "@/lib/desk/jobs";

export const dynamic = "force-dynamic";

const view = (j: Awaited<ReturnType<typeof reextractJob>>) => j && { id: j.id, status: j.status, progress: j.progress, result: j.result, error: j.error };

/** Re-extraction of every stored page in the background: its progress... */
export function GET(req: Request) {
  const db = getDb();
  return deskRoute(db, req, async () => ({ job: view(await reextractJob(db)) }));
}

/** ...and starting it (one run at a time). */
export function POST(req: Request) {
  const db = getDb();
  return deskRoute(db, req, async ({ editor }) => ({ job: view(await startReextractAll(db, editor)) }));
}
