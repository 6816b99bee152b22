/**
 * The app's routes as patterns (/article/[id]), for log lines (grouped by route, with no id or
 * search text in the route field) and for the methods each route serves.
 */

const PATTERNS: [RegExp, string][] = [
  [/^\/$/, "/"],
  [/^\/article\/[^/]+\/(opengraph|twitter)-image[^/]*$/, "/article/[id]/$1-image"],
  [/^\/county\/[^/]+\/(opengraph|twitter)-image[^/]*$/, "/county/[adcode]/$1-image"],
  [/^\/article\/[^/]+$/, "/article/[id]"],
  [/^\/county\/[^/]+$/, "/county/[adcode]"],
  [/^\/geo\/[^/]+$/, "/geo/[layer]"],
  [/^\/sitemaps\/[^/]+$/, "/sitemaps/[file]"],
  [/^\/api\/articles\/[^/]+$/, "/api/articles/[id]"],
  [/^\/desk\/article\/[^/]+$/, "/desk/article/[id]"],
  [/^\/desk\/page\/[^/]+$/, "/desk/page/[id]"],
  [/^\/api\/desk\/corrections\/[^/]+\/undo$/, "/api/desk/corrections/[id]/undo"],
  [/^\/api\/desk\/pages\/[^/]+\/reextract$/, "/api/desk/pages/[id]/reextract"],
  [/^\/api\/desk\/uploads\/[^/]+$/, "/api/desk/uploads/[id]"],
  [/^\/api\/counties\/[^/]+\/metrics$/, "/api/counties/[adcode]/metrics"],
  [/^\/api\/v1\/articles\/[^/]+$/, "/api/v1/articles/[id]"],
  [/^\/api\/v1\/counties\/[^/]+$/, "/api/v1/counties/[code]"],
  [/^\/api\/v1\/export\/[^/]+$/, "/api/v1/export/[file]"],
  [/^\/feeds\/(county|city|theme)\/[^/]+$/, "/feeds/$1/[file]"],
  [/^\/_next\/static\/.*$/, "/_next/static"],
  [/^\/_next\/image.*$/, "/_next/image"],
];

/** The route pattern a path belongs to; unlisted paths are reported as themselves (cut to 100 chars). */
export function routeOf(pathname: string): string {
  for (const [re, name] of PATTERNS) if (re.test(pathname)) return pathname.replace(re, name);
  return pathname.slice(0, 100);
}

/** API routes that only read: any other method gets 405 with Allow (Next itself sends no Allow). */
export const READ_ONLY_API_ROUTES: ReadonlySet<string> = new Set([
  "/api/health",
  "/api/ready",
  "/api/search",
  "/api/articles/[id]",
  "/api/counties/[adcode]/metrics",
  "/api/pins",
  "/api/pins/stories",
  "/api/stats",
  "/api/stories",
  // The public read API (lib/api): GET only, open to every origin.
  "/api/v1",
  "/api/v1/articles",
  "/api/v1/articles/[id]",
  "/api/v1/counties",
  "/api/v1/counties/[code]",
  "/api/v1/metrics",
  "/api/v1/search",
  "/api/v1/months",
  "/api/v1/export/[file]",
]);

/** Paths that run a full-text search, rate-limited like /api/search. */
export const SEARCH_PATHS: ReadonlySet<string> = new Set(["/api/search", "/api/v1/search", "/feeds/search.xml"]);
