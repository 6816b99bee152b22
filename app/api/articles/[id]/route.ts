import { getDb } from "@/lib/db/client";
import { articleSourceUrl } from "@/lib/crawl/article-link";
import { getArticleDetail } from "@/lib/db/read-models";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  if (!/^[0-9a-f]{12}$/.test(id)) return Response.json({ error: "not a valid article id" }, { status: 400 });
  const article = await getArticleDetail(getDb(), id);
  if (!article) return Response.json({ error: "article not found" }, { status: 404 });
  // sourceUrl: the page a crawled article was fetched from (lib/crawl), null for pasted pages.
  return Response.json({ ...article, sourceUrl: await articleSourceUrl(getDb(), id) });
}
