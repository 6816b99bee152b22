/**
 * Who a request comes from, for rate limits and logs. Behind a reverse proxy every connection
 * comes from the proxy, so the address must be read from X-Forwarded-For, but only as many hops as
 * the operator says are trusted (TRUST_PROXY_HOPS): anything further left was written by the client.
 */

/** Request header the app's server (scripts/server.ts) sets to the address it decided on. */
export const CLIENT_ADDRESS_HEADER = "x-zjmap-client-address";

export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.TRUST_PROXY_HOPS ?? "0");
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

/**
 * The client's address given the socket's peer and the X-Forwarded-For header. With `hops` trusted
 * proxies, the proxy nearest the app appended the client's address last, so it is the hops-th entry
 * from the right.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | null | undefined, hops: number): string {
  const direct = normalizeAddress(peer ?? "unknown");
  if (hops === 0 || !forwardedFor) return direct;
  const chain = forwardedFor
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const picked = chain[chain.length - hops];
  return picked ? normalizeAddress(picked) : chain.length ? normalizeAddress(chain[0]!) : direct;
}

function normalizeAddress(a: string): string {
  return a.startsWith("::ffff:") ? a.slice(7) : a;
}
