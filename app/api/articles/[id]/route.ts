import { getDb } from "@/lib/db/client";
import { getArticleDetail } from "@/lib/db/read-models";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  if (!/^[0-9a-f]{12}$/.test(id)) return Response.json({ error: "not a valid article id" }, { status: 400 });
  const article = await getArticleDetail(getDb(), id);
  if (!article) return Response.json({ error: "article not found" }, { status: 404 });
  return Response.json(article);
}
