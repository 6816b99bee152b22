// Runs before every page, route handler and geo file (not Next's hashed static assets): refuses
// methods a route does not serve, rate-limits search and writes, and sets the security headers,
// with a fresh CSP nonce that Next reads back from the request and puts on its own scripts.
import { NextResponse, type NextRequest } from "next/server";
import { checkMethod, isApiPath } from "@/lib/http/methods";
import { hasBadPercentEncoding } from "@/lib/http/percent-encoding";
import { policyFromEnv, requestKey, SEARCH_POLICY, takeToken, tooManyRequests, WRITE_POLICY } from "@/lib/http/rate-limit";
import { SEARCH_PATHS } from "@/lib/http/routes";
import { BASELINE_HEADERS, isEmbedView, newNonce, pageSecurityHeaders } from "@/lib/http/security-headers";

const JSON_HEADERS = { ...BASELINE_HEADERS, "Cache-Control": "no-store" };

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;

  // Normally caught by scripts/server.ts already; kept here for a bare `next start`.
  if (hasBadPercentEncoding(new URL(request.url).pathname)) {
    return NextResponse.json({ error: "bad %-encoding in the address" }, { status: 400, headers: JSON_HEADERS });
  }

  const method = checkMethod(request.method, pathname, request.headers);
  if (!method.ok) {
    return NextResponse.json({ error: `method ${request.method} not allowed here` }, { status: 405, headers: { ...JSON_HEADERS, Allow: method.allow } });
  }
  if (request.method === "OPTIONS" && !isApiPath(pathname)) {
    return new NextResponse(null, { status: 204, headers: { ...BASELINE_HEADERS, Allow: "GET, HEAD, OPTIONS" } });
  }

  const policy = SEARCH_PATHS.has(pathname) ? SEARCH_POLICY : method.write ? WRITE_POLICY : null;
  if (policy) {
    const verdict = await takeToken(policyFromEnv(policy), requestKey(request.headers));
    if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds, BASELINE_HEADERS);
  }

  const headers = pageSecurityHeaders({
    nonce: newNonce(),
    dev: process.env.NODE_ENV === "development",
    embed: isEmbedView(searchParams),
    embedAncestors: process.env.EMBED_FRAME_ANCESTORS,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

export const config = {
  // Hashed build assets need no CSP or method check (Next serves them read-only); next.config.ts
  // gives them the baseline headers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
