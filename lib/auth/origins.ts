/** Which origins are this site, for the CSRF checks of the desk's routes and of better-auth's. */

/** The origins this request may legitimately come from: its own, the proxy's and SITE_URL's. */
export function ownOrigins(req: Request, env: Record<string, string | undefined> = process.env): Set<string> {
  const out = new Set<string>();
  try {
    out.add(new URL(req.url).origin);
  } catch {
    // a relative URL cannot happen in a route handler
  }
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const proto = req.headers.get("x-forwarded-proto") ?? (req.url.startsWith("https:") ? "https" : "http");
  if (host) out.add(`${proto.split(",")[0]!.trim()}://${host.split(",")[0]!.trim()}`);
  if (env.SITE_URL) {
    try {
      out.add(new URL(env.SITE_URL).origin);
    } catch {
      // an invalid SITE_URL adds nothing
    }
  }
  return out;
}
