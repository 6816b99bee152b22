/** Site identity for metadata, share images, the sitemap and robots.txt. */

export const SITE_NAME = "浙江基层动态地图";
export const SITE_LOCALE = "zh_CN";
export const DEFAULT_SITE_URL = "http://localhost:3000";

/**
 * The public origin links and share cards point to, from SITE_URL. Crawlers and chat apps need
 * absolute URLs; a missing or malformed value falls back to the local default instead of failing
 * the page.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): URL {
  const raw = env.SITE_URL?.trim();
  if (raw) {
    try {
      const url = new URL(raw);
      if (url.protocol === "http:" || url.protocol === "https:") return new URL(url.origin + url.pathname.replace(/\/+$/, "") + "/");
    } catch {
      // fall through to the default
    }
  }
  return new URL(`${DEFAULT_SITE_URL}/`);
}

/** An absolute URL for a site path ("/article/abc"), keeping any base path SITE_URL carries. */
export function absoluteUrl(pathname: string, base: URL = siteUrl()): string {
  return new URL(pathname.replace(/^\/+/, ""), base).toString();
}
