/**
 * Editor accounts with better-auth (email and password, sessions in the database through its Prisma
 * adapter). Chosen over Auth.js because it keeps server-side sessions for password sign-in (Auth.js
 * allows credentials only with JWT sessions, which cannot be revoked when an account is removed),
 * hashes with scrypt, signs its cookies and checks the Origin of every state-changing request, and
 * works with the app's own Prisma client on SQLite and PostgreSQL alike.
 *
 * No public sign-up: accounts are made on the server (users.ts, `npm run user`). Only the routes
 * the desk uses are served (handler.ts), and sign-in is throttled there (throttle.ts).
 */
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { dialectOf, type Db } from "../db/client";
import { ownOrigins } from "./origins";
import { authSecret } from "./secret";

/** How long a sign-in lasts without use; each day of use extends it. */
export const SESSION_SECONDS = 12 * 60 * 60;
export const MIN_PASSWORD = 10;
export const COOKIE_PREFIX = "zjdesk";

/** The public origin when SITE_URL is set (behind a proxy); else each request's own. */
function configuredOrigin(env: Record<string, string | undefined>): string | undefined {
  const raw = env.SITE_URL?.trim();
  if (!raw) return undefined;
  try {
    return new URL(raw).origin;
  } catch {
    return undefined;
  }
}

export function createAuth(db: Db, env: Record<string, string | undefined> = process.env) {
  const origin = configuredOrigin(env);
  return betterAuth({
    appName: "浙江基层动态地图·编辑台",
    database: prismaAdapter(db, { provider: dialectOf(db) === "postgres" ? "postgresql" : "sqlite" }),
    secret: authSecret(env),
    baseURL: origin,
    basePath: "/api/auth",
    // The site's own origin as the request names it (Host, the proxy's X-Forwarded-*, SITE_URL):
    // without a fixed SITE_URL better-auth would trust no origin and refuse every sign-in.
    trustedOrigins: (request?: Request) => (request ? [...ownOrigins(request, env)] : origin ? [origin] : []),
    emailAndPassword: { enabled: true, disableSignUp: true, autoSignIn: false, minPasswordLength: MIN_PASSWORD, maxPasswordLength: 128 },
    user: {
      additionalFields: { role: { type: "string", required: false, defaultValue: "editor", input: false } },
      changeEmail: { enabled: false },
      deleteUser: { enabled: false },
    },
    session: {
      expiresIn: SESSION_SECONDS,
      updateAge: 60 * 60,
      // Every request reads the session row: a removed account or a revoked session ends at once.
      cookieCache: { enabled: false },
    },
    // Sign-in attempts are limited per account and per address by throttle.ts (failures only, in
    // the database, so it holds across instances); the library's own limiter counts successes too.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      // Origin checks on (better-auth turns them off under NODE_ENV=test; tests must see production).
      disableOriginCheck: false,
      disableCSRFCheck: false,
      // Secure (and __Secure- prefixed) when the site is served over https.
      useSecureCookies: origin ? origin.startsWith("https://") : false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "strict", path: "/" },
    },
    telemetry: { enabled: false },
    logger: { level: "error" },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const cache = new WeakMap<Db, Auth>();

/** One auth instance per database client. */
export function getAuth(db: Db): Auth {
  let a = cache.get(db);
  if (!a) {
    a = createAuth(db);
    cache.set(db, a);
  }
  return a;
}
