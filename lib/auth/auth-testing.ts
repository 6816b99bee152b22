/** Test helpers: sign in through the real auth route and carry the session cookie. */
import type { Db } from "../db/client";
import { handleAuthRequest } from "./handler";

export const TEST_ORIGIN = "http://desk.test";

export function request(path: string, init: { method?: string; body?: unknown; cookie?: string; origin?: string | null; headers?: Record<string, string> } = {}): Request {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.cookie) headers.cookie = init.cookie;
  if (init.origin !== null) headers.origin = init.origin ?? TEST_ORIGIN;
  return new Request(`${TEST_ORIGIN}${path}`, { method: init.method ?? (init.body !== undefined ? "POST" : "GET"), headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

/** The cookie header a browser would send back after this response. */
export function cookieFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.endsWith("="))
    .join("; ");
}

export async function signIn(db: Db, email: string, password: string, headers: Record<string, string> = {}): Promise<{ res: Response; cookie: string }> {
  const res = await handleAuthRequest(db, request("/api/auth/sign-in/email", { body: { email, password }, headers }));
  return { res, cookie: cookieFrom(res) };
}
