import { getDb } from "@/lib/db/client";
import { undoCorrection } from "@/lib/desk/correct";
import { deskRoute } from "@/lib/desk/http";
import { engineDeps } from "@/lib/desk/reextract";
import { loadGazetteer } from "@/lib/geo/gazetteer";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** Undoes a correction (kept in the history as undone); the page is rebuilt without it. */
export async function POST(req: Request, { params }: Ctx) {
  const raw = (await params).id;
  const db = getDb();
  return deskRoute(db, req, async ({ editor }) => {
    const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
    const r = await undoCorrection(db, editor, id, engineDeps(loadGazetteer()));
    return { sourceId: r.sourceId, orphaned: r.orphaned, articles: r.report.articles.map((a) => a.id) };
  });
}
