import { getDb } from "@/lib/db/client";
import { deskRoute } from "@/lib/desk/http";
import { DeskError } from "@/lib/desk/page-store";
import { reextractPage } from "@/lib/desk/reextract";
import { loadGazetteer } from "@/lib/geo/gazetteer";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** Re-extracts one page now (one transaction) and re-applies its corrections. */
export async function POST(req: Request, { params }: Ctx) {
  const id = (await params).id;
  const db = getDb();
  return deskRoute(db, req, async ({ editor }) => {
    if (!/^[0-9a-f]{16}$/.test(id) || !(await db.source.findUnique({ where: { id }, select: { id: true } }))) throw new DeskError("no such page", 404);
    const r = await reextractPage(db, id, { gazetteer: loadGazetteer(), editor });
    return { engineVersion: r.engineVersion, previousEngine: r.previousEngine, articles: r.articles, kept: r.kept, added: r.added, removed: r.removed, orphaned: r.orphaned };
  });
}
