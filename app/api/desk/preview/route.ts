import { getDb } from "@/lib/db/client";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { deskRoute } from "@/lib/desk/http";
import { parsePageRequest } from "@/lib/desk/page-input";
import { previewPage } from "@/lib/desk/preview";

export const dynamic = "force-dynamic";

/** 预览: the extraction of a pasted or uploaded page; stores nothing. */
export function POST(req: Request) {
  const db = getDb();
  return deskRoute(db, req, async ({ body }) => {
    const page = parsePageRequest(body);
    return previewPage(db, { rawText: page.rawText, single: page.single }, loadGazetteer());
  });
}
