/**
 * The security headers every response carries, and the Content-Security-Policy of HTML pages.
 * One place decides them: proxy.ts applies them to pages and its own answers, next.config.ts the
 * static part to everything else (scripts, fonts, geo files, images).
 */

/** Headers that hold for any response, whatever its type. */
export const BASELINE_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export type CspOptions = {
  /** Fresh per request; Next reads it back from the request's CSP header and puts it on its scripts. */
  nonce: string;
  /** React's development build needs eval for its error overlays; production never does. */
  dev: boolean;
  /** `embed=1` views may be framed by other sites; every other view by nobody. */
  embed: boolean;
  /** Who may frame embed views (EMBED_FRAME_ANCESTORS, space-separated sources); default any site. */
  embedAncestors?: string;
};

/** Sources allowed to frame embed views when EMBED_FRAME_ANCESTORS is unset. */
export const DEFAULT_EMBED_ANCESTORS = "*";

/**
 * The policy the app satisfies: scripts only with this request's nonce (and what they load, through
 * 'strict-dynamic'); everything else (fonts, geo files, API data, MapLibre's worker) from the app's
 * own origin. MapLibre also creates blob: workers and images, and draws with WebGL (not governed by
 * CSP). Inline style attributes are allowed: React and MapLibre position elements with them, and a
 * style cannot run code.
 */
export function contentSecurityPolicy(o: CspOptions): string {
  const ancestors = o.embed ? (o.embedAncestors?.trim() || DEFAULT_EMBED_ANCESTORS) : "'none'";
  const directives: [string, string][] = [
    ["default-src", "'self'"],
    ["script-src", `'self' 'nonce-${o.nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ""}`],
    ["style-src", "'self' 'unsafe-inline'"],
    ["img-src", "'self' data: blob:"],
    ["font-src", "'self' data:"],
    ["connect-src", o.dev ? "'self' ws: wss:" : "'self'"],
    ["worker-src", "'self' blob:"],
    ["child-src", "'self' blob:"],
    ["manifest-src", "'self'"],
    ["media-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-src", "'none'"],
    ["frame-ancestors", ancestors],
  ];
  return directives.map(([k, v]) => `${k} ${v}`).join("; ");
}

/** Headers for an HTML page: the baseline, the CSP, and the legacy frame guard for non-embed views. */
export function pageSecurityHeaders(o: CspOptions): Record<string, string> {
  const h: Record<string, string> = { ...BASELINE_HEADERS, "Content-Security-Policy": contentSecurityPolicy(o) };
  // X-Frame-Options cannot express "these sites": set it only where nobody may frame the page.
  if (!o.embed) h["X-Frame-Options"] = "DENY";
  return h;
}

/** An unguessable nonce (128 random bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** True for `embed=1` (and the older `embed=true`), the same rule as lib/url-state.ts. */
export function isEmbedView(search: URLSearchParams): boolean {
  const v = search.get("embed");
  return v === "1" || v === "true";
}
