import type { MetadataRoute } from "next";
import { getDb } from "@/lib/db/client";
import { getShareIndex } from "@/lib/db/share-index";
import { sitemapEntries } from "@/lib/share/sitemap-entries";
import { siteUrl } from "@/lib/share/site";

// Lists what the database holds now (pages are ingested after the build) under today's SITE_URL.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getShareIndex(getDb()), siteUrl());
}
