import { getDb } from "@/lib/db/client";
import { makeCorrection } from "@/lib/desk/correct";
import { deskRoute } from "@/lib/desk/http";
import { engineDeps } from "@/lib/desk/reextract";
import { loadGazetteer } from "@/lib/geo/gazetteer";

export const dynamic = "force-dynamic";

/** One correction of a stored article (place, title, split, merge, hide, a number). */
export function POST(req: Request) {
  const db = getDb();
  return deskRoute(db, req, async ({ editor, body }) => {
    const r = await makeCorrection(db, editor, body, engineDeps(loadGazetteer()));
    return { correctionId: r.correctionId, sourceId: r.sourceId, summary: r.summary, articles: r.report.articles.map((a) => a.id) };
  });
}
