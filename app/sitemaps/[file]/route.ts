import { getDb } from "@/lib/db/client";
import { getArticleSitemapPage, getShareSummary } from "@/lib/db/share-index";
import { articleEntries, pageEntries, parseSitemapFile, sitemapFileNames, urlsetXml } from "@/lib/share/sitemap-entries";
import { siteUrl } from "@/lib/share/site";
import { THEMES } from "@/lib/tags/themes";

export const dynamic = "force-dynamic";

/** One file of the sitemap index: /sitemaps/pages.xml or /sitemaps/articles-N.xml. */
export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const name = (await ctx.params).file.replace(/\.xml$/, "");
  const file = parseSitemapFile(name);
  const db = getDb();
  const summary = await getShareSummary(db);
  if (!file || !sitemapFileNames(summary.articleCount).includes(name)) return new Response("not found", { status: 404 });
  const entries = file.kind === "pages" ? pageEntries(summary, siteUrl(), THEMES.map((t) => t.id)) : articleEntries(await getArticleSitemapPage(db, file.page), siteUrl());
  return new Response(urlsetXml(entries), { headers: { "content-type": "application/xml; charset=utf-8" } });
}
