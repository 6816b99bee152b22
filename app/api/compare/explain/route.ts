import { isRankableMeasure } from "@/lib/compare/measures";
import { BadRequest, handle, json } from "@/lib/db/api";
import { getDb } from "@/lib/db/client";
import { explainCounties } from "@/lib/db/indicator-explain";
import { filterFromParams } from "@/lib/db/story-filter";
import { MAX_COMPARE } from "@/lib/url-state";

export const dynamic = "force-dynamic";

const COUNTY = /^33\d{2}(?!00)\d{2}$/;

/**
 * "How this was computed": `measure=` (stories or an indicator) and `counties=330102,330108` (at
 * most 12) or `counties=all`, with the page URL's filters. Per county: the figures added and those
 * left out with the reason, the stories and sources, and whether that is enough evidence to rank.
 */
export async function GET(req: Request) {
  return handle(async () => {
    const params = new URL(req.url).searchParams;
    const measure = params.get("measure") ?? "stories";
    if (!isRankableMeasure(measure)) throw new BadRequest("measure must be stories or a summable indicator id");
    const raw = params.get("counties") ?? "";
    let counties: string[] | null = null;
    if (raw !== "all") {
      counties = [...new Set(raw.split(",").map((s) => s.trim()).filter(Boolean))];
      if (counties.length === 0 || counties.length > MAX_COMPARE) throw new BadRequest(`counties must list 1 to ${MAX_COMPARE} county codes, or be all`);
      if (counties.some((c) => !COUNTY.test(c))) throw new BadRequest("counties must be 6-digit Zhejiang county codes");
    }
    return json({ measure, counties: await explainCounties(getDb(), filterFromParams(params), measure, counties) });
  });
}
