import { getDb } from "@/lib/db/client";
import { deskRoute } from "@/lib/desk/http";
import { uploadStatus } from "@/lib/desk/jobs";
import { DeskError } from "@/lib/desk/page-store";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** A batch's progress: each file's outcome, read from the database (survives a reload). */
export async function GET(req: Request, { params }: Ctx) {
  const id = (await params).id;
  const db = getDb();
  return deskRoute(db, req, async () => {
    const s = /^[0-9a-f-]{36}$/.test(id) ? await uploadStatus(db, id) : null;
    if (!s) throw new DeskError("no such upload", 404);
    return s;
  });
}
