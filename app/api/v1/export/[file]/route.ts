import { apiFile, apiHandle, preflight } from "@/lib/api/http";
import { getDb } from "@/lib/db/client";
import { exportFile } from "@/lib/export/files";

export const dynamic = "force-dynamic";
export const OPTIONS = preflight;

/** Downloads (articles.csv, metrics.csv, stories.geojson, counties.csv, months.csv), streamed. */
export async function GET(req: Request, ctx: { params: Promise<{ file: string }> }) {
  return apiHandle(async () => {
    const res = await exportFile(getDb(), (await ctx.params).file, new URL(req.url).searchParams);
    return apiFile(res.body, res.contentType, res.fileName);
  });
}
