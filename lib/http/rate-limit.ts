/**
 * Rate limits for search and write routes (and, later, sign-in), answered with 429 and Retry-After.
 *
 * Counting is done by `rate-limiter-flexible`: maintained, no dependencies, framework-agnostic (it
 * counts keys and says how long to wait, so it fits a Next.js proxy or route handler on Node as
 * well as a script), with atomic in-memory counters and drop-in stores (PostgreSQL, Redis) for when
 * several app processes must share one count. This module owns the policies and the HTTP answer.
 */
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { CLIENT_ADDRESS_HEADER } from "./client-address";

export type RatePolicy = {
  /** Names the counter; also the environment variable RATE_LIMIT_<NAME> that overrides the numbers. */
  name: string;
  /** Requests allowed per window. */
  points: number;
  windowSeconds: number;
};

/** Search: generous for a person typing, low enough that a scraper cannot hammer the database. */
export const SEARCH_POLICY: RatePolicy = { name: "search", points: 120, windowSeconds: 60 };
/** Any write (POST/PUT/PATCH/DELETE to /api, server actions). */
export const WRITE_POLICY: RatePolicy = { name: "write", points: 30, windowSeconds: 60 };

/**
 * Applies RATE_LIMIT_<NAME>="POINTS/SECONDS" (e.g. RATE_LIMIT_SEARCH=600/60) or "off" to a policy.
 * Returns null when the limit is switched off.
 */
export function policyFromEnv(base: RatePolicy, env: Record<string, string | undefined> = process.env): RatePolicy | null {
  const raw = env[`RATE_LIMIT_${base.name.toUpperCase()}`]?.trim();
  if (!raw) return base;
  if (raw === "off") return null;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(raw);
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) {
    throw new Error(`RATE_LIMIT_${base.name.toUpperCase()} must look like POINTS/SECONDS (e.g. 120/60) or "off"; got "${raw}"`);
  }
  return { ...base, points: Number(m[1]), windowSeconds: Number(m[2]) };
}

// Next bundles proxy.ts and each route separately; one registry on globalThis gives them one count.
const registry = globalThis as unknown as { __zjmapRateLimiters?: Map<string, RateLimiterAbstract> };

function limiterFor(policy: RatePolicy): RateLimiterAbstract {
  registry.__zjmapRateLimiters ??= new Map();
  const key = `${policy.name}:${policy.points}/${policy.windowSeconds}`;
  let limiter = registry.__zjmapRateLimiters.get(key);
  if (!limiter) {
    limiter = new RateLimiterMemory({ keyPrefix: policy.name, points: policy.points, duration: policy.windowSeconds });
    registry.__zjmapRateLimiters.set(key, limiter);
  }
  return limiter;
}

export type RateVerdict = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1", "localhost"]);

/**
 * RATE_LIMIT_EXEMPT_LOOPBACK=1 leaves requests from this machine's loopback address uncounted
 * (`npm run bench` runs 100 readers from one address against a server on the same machine); every
 * other address keeps its limits. Off by default.
 */
export function exemptFromLimits(key: string, env: Record<string, string | undefined> = process.env): boolean {
  return env.RATE_LIMIT_EXEMPT_LOOPBACK?.trim() === "1" && LOOPBACK.has(key);
}

/** Takes one request from `key`'s allowance under `policy` (null: no limit). */
export async function takeToken(policy: RatePolicy | null, key: string): Promise<RateVerdict> {
  if (!policy || exemptFromLimits(key)) return { allowed: true, remaining: Infinity };
  try {
    const res = await limiterFor(policy).consume(key);
    return { allowed: true, remaining: res.remainingPoints };
  } catch (e) {
    if (e instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
    throw e;
  }
}

/** The key a request is counted under: the address scripts/server.ts decided on, else the forwarded one. */
export function requestKey(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

export function tooManyRequests(retryAfterSeconds: number, extraHeaders: Record<string, string> = {}): Response {
  return Response.json(
    { error: "too many requests; try again later" },
    { status: 429, headers: { ...extraHeaders, "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}

/**
 * Wraps a route handler in a rate limit, for routes the proxy does not already cover (the desk's
 * sign-in, for example): `export const POST = withRateLimit(SIGN_IN_POLICY, handler)`.
 */
export function withRateLimit<A extends unknown[]>(
  base: RatePolicy,
  handler: (req: Request, ...rest: A) => Promise<Response> | Response,
  keyOf: (req: Request) => string = (req) => requestKey(req.headers),
): (req: Request, ...rest: A) => Promise<Response> {
  return async (req, ...rest) => {
    const verdict = await takeToken(policyFromEnv(base), keyOf(req));
    if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds);
    return handler(req, ...rest);
  };
}
