import { getDb } from "@/lib/db/client";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { deskRoute } from "@/lib/desk/http";
import { parsePageRequest } from "@/lib/desk/page-input";
import { publishPage } from "@/lib/desk/publish";

export const dynamic = "force-dynamic";

/** 发布: stores a page as `npm run ingest` does (one transaction; the same text twice stores it once). */
export function POST(req: Request) {
  const db = getDb();
  return deskRoute(db, req, async ({ editor, body }) => {
    const page = parsePageRequest(body);
    return publishPage(db, editor.email, page, loadGazetteer());
  });
}
