import { getDb } from "@/lib/db/client";
import { deskRoute } from "@/lib/desk/http";
import { startUpload } from "@/lib/desk/jobs";
import { batchRequestSchema, issues } from "@/lib/desk/page-input";
import { DeskError } from "@/lib/desk/page-store";

export const dynamic = "force-dynamic";

/** Many files at once: stored in the background, one page per transaction, with progress. */
export function POST(req: Request) {
  const db = getDb();
  return deskRoute(db, req, async ({ editor, body }) => {
    const r = batchRequestSchema.safeParse(body);
    if (!r.success) throw new DeskError(issues(r.error));
    return startUpload(db, editor, { ...r.data, publishedOn: r.data.publishedOn ?? null });
  });
}
