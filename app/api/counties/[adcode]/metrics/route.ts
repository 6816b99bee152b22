import { getDb } from "@/lib/db/client";
import { getCountyMetrics } from "@/lib/db/read-models";

export const dynamic = "force-dynamic";

/** Every metric of a county's stories with its sentence, so county charts can trace each number. */
export async function GET(_req: Request, ctx: { params: Promise<{ adcode: string }> }) {
  const { adcode } = await ctx.params;
  if (!/^33\d{4}$/.test(adcode)) return Response.json({ error: "not a Zhejiang county code" }, { status: 400 });
  return Response.json(await getCountyMetrics(getDb(), adcode));
}
