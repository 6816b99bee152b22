import type { MetadataRoute } from "next";
import { absoluteUrl, siteUrl } from "@/lib/share/site";

// SITE_URL is read when served, not when built, so one build can be deployed under any host.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = siteUrl();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/desk"] },
    sitemap: absoluteUrl("/sitemap.xml", base),
    host: base.origin,
  };
}
