import { getDb } from "@/lib/db/client";
import { deskRoute } from "@/lib/desk/http";
import { searchPlaces } from "@/lib/desk/places";

export const dynamic = "force-dynamic";

/** The place picker's search: counties and townships whose name contains q. */
export function GET(req: Request) {
  const db = getDb();
  return deskRoute(db, req, async () => searchPlaces(db, new URL(req.url).searchParams.get("q") ?? ""));
}
