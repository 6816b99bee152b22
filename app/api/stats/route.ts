import { getDashboardStats } from "@/lib/db/aggregates";
import { handle, json } from "@/lib/db/api";
import { getDb } from "@/lib/db/client";
import { filterFromParams } from "@/lib/db/story-filter";
import { isRankableMeasure } from "@/lib/compare/measures";
import { parseViewState } from "@/lib/url-state";

export const dynamic = "force-dynamic";

/**
 * Aggregates for the current filters and measure (same parameters as the page URL): stories per
 * county and city, the measure's county totals, the newest stories; `coverage=1` adds how many
 * counties have data on each measure.
 */
export async function GET(req: Request) {
  return handle(async () => {
    const params = new URL(req.url).searchParams;
    const f = filterFromParams(params);
    const state = parseViewState(params);
    const measure = isRankableMeasure(state.measure) ? state.measure : "stories";
    return json(await getDashboardStats(getDb(), f, { measure, coverage: params.get("coverage") === "1" }));
  });
}
