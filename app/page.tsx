import Dashboard from "@/components/dashboard/Dashboard";
import { statsParams } from "@/lib/api-params";
import { isRankableMeasure } from "@/lib/compare/measures";
import { getDb } from "@/lib/db/client";
import { getInventory, inventorySummary } from "@/lib/db/inventory";
import { getDashboardData } from "@/lib/db/read-models";
import { lenientFilter } from "@/lib/db/story-filter";
import { parseViewState, rejectedSelection } from "@/lib/url-state";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The first HTML carries places and aggregates for the link's filters and measure, never the
 * stories themselves: its size is the same at 11 stories and at 100,000.
 */
export default async function Home({ searchParams }: Props) {
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string") params.set(k, v);
  const state = parseViewState(params);
  const measure = isRankableMeasure(state.measure) ? state.measure : "stories";
  const db = getDb();
  const [data, inventory] = await Promise.all([getDashboardData(db, lenientFilter(params), measure, { coverage: state.view === "compare" }), getInventory(db)]);
  return (
    <Dashboard
      data={data}
      initialState={state}
      initialStatsQuery={statsParams(state, measure)}
      inventory={inventorySummary(inventory)}
      badArticle={rejectedSelection(params).article}
    />
  );
}
