import { getDb } from "@/lib/db/client";
import { getShareSummary } from "@/lib/db/share-index";
import { sitemapFileNames, sitemapFilePath, sitemapIndexXml } from "@/lib/share/sitemap-entries";
import { absoluteUrl, siteUrl } from "@/lib/share/site";

// Lists what the database holds now under today's SITE_URL: an index of files of ≤ 50,000 URLs.
export const dynamic = "force-dynamic";

export async function GET() {
  const summary = await getShareSummary(getDb());
  const base = siteUrl();
  const files = sitemapFileNames(summary.articleCount).map((name) => ({ url: absoluteUrl(sitemapFilePath(name), base), lastModified: summary.newest }));
  return new Response(sitemapIndexXml(files), { headers: { "content-type": "application/xml; charset=utf-8" } });
}
