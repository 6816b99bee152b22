import { BadRequest, handle, intParam, json } from "@/lib/db/api";
import { getDb } from "@/lib/db/client";
import { getCountyMetricItems, getCountyMetricSummary } from "@/lib/db/county-metrics";
import { filterFromParams } from "@/lib/db/story-filter";
import { METRIC_KINDS, type MetricKind } from "@/lib/metrics/kinds";

export const dynamic = "force-dynamic";

/**
 * A county's numbers for the filters of the page URL, summarised: per kind its total, hedges,
 * counts and the first items traced to their sentences. kind=<kind>&cursor=<n> pages one kind.
 */
export async function GET(req: Request, ctx: { params: Promise<{ adcode: string }> }) {
  return handle(async () => {
    const { adcode } = await ctx.params;
    if (!/^33\d{4}$/.test(adcode)) return json({ error: "not a Zhejiang county code" }, { status: 400 });
    const params = new URL(req.url).searchParams;
    const f = filterFromParams(params);
    const kind = params.get("kind");
    const db = getDb();
    if (kind === null) return json({ adcode, kinds: await getCountyMetricSummary(db, adcode, f) });
    if (!Object.hasOwn(METRIC_KINDS, kind)) throw new BadRequest("unknown kind");
    const offset = intParam(params, "cursor", 0, 0, 1_000_000);
    return json(await getCountyMetricItems(db, adcode, f, kind as MetricKind, offset, intParam(params, "limit", 20, 1, 50)));
  });
}
