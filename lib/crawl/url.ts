/**
 * One form per address, so the same article reached as /a.html, /a.html#top and /a.html?from=rss is
 * queued once. Only parameters that never select content (tracking and share markers) are dropped.
 */
const TRACKING = /^(?:utm_[a-z]+|from|spm|share|share_token|sharetype|isappinstalled|scene|clicktime|enterid|wxshare|timestamp|_t|tt_from|tt_medium|ref|referer)$/i;

export function normalizeUrl(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  u.username = "";
  u.password = "";
  const keep = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k));
  u.search = "";
  for (const [k, v] of keep) u.searchParams.append(k, v);
  return u.toString();
}

/** For links rendered to readers: only http(s) addresses, never javascript: or data:. */
export function isHttpUrl(s: string | null | undefined): s is string {
  if (!s) return false;
  try {
    const u = new URL(s);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

export function hostOf(url: string): string {
  return new URL(url).host.toLowerCase();
}
