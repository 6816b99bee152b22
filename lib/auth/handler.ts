/**
 * The /api/auth/* route: better-auth's handler, restricted to the endpoints the desk uses (no
 * sign-up, no password-reset mail, no account deletion), with sign-in throttled per account and
 * per address (throttle.ts).
 */
import type { Db } from "../db/client";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address";
import { getAuth } from "./auth";
import { clearAccount, recordFailure, signInKeys, throttled } from "./throttle";

const SERVED = new Set(["POST /sign-in/email", "POST /sign-out", "GET /get-session", "POST /change-password"]);

/**
 * The client's address: the one the app's server decided on (lib/http/client-address.ts, which
 * trusts only TRUST_PROXY_HOPS proxies), else the last x-forwarded-for entry (a bare `next start`).
 */
export function clientAddress(req: Request): string | null {
  const decided = req.headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  if (decided) return decided;
  const xff = req.headers.get("x-forwarded-for");
  const last = xff?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last || req.headers.get("x-real-ip")?.trim() || null;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", ...headers } });
}

export async function handleAuthRequest(db: Db, req: Request): Promise<Response> {
  const path = new URL(req.url).pathname.replace(/^.*?\/api\/auth/, "").replace(/\/+$/, "");
  if (!SERVED.has(`${req.method} ${path}`)) return json(404, { message: "not found" });
  const auth = getAuth(db);
  if (path !== "/sign-in/email") return auth.handler(req);

  const body = (await req
    .clone()
    .json()
    .catch(() => null)) as { email?: unknown } | null;
  const email = typeof body?.email === "string" ? body.email : "";
  const keys = signInKeys(email, clientAddress(req));
  const wait = await throttled(db, keys);
  if (wait > 0) return json(429, { code: "TOO_MANY_ATTEMPTS", message: "登录失败次数过多，请稍后再试" }, { "retry-after": String(wait) });
  const res = await auth.handler(req);
  if (res.status === 401) await recordFailure(db, keys);
  else if (res.ok && email) await clearAccount(db, email);
  return res;
}
