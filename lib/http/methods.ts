/**
 * Which HTTP methods a path answers. Pages, share images, geo files and the other files the app
 * serves are read-only: GET and HEAD (and OPTIONS, answered with Allow). A POST to a page is let
 * through only as a Next.js server action (it carries a `Next-Action` header), so a future desk
 * can use them. The read-only API routes answer GET, HEAD and OPTIONS; other routes under /api
 * decide for themselves (Next answers 405 for a method a handler does not export). Nothing serves
 * TRACE.
 */
import { READ_ONLY_API_ROUTES, routeOf } from "./routes";

export const READ_METHODS = ["GET", "HEAD", "OPTIONS"] as const;
export const ALLOW_READ = READ_METHODS.join(", ");

export type MethodVerdict =
  | { ok: true; write: boolean }
  | { ok: false; status: 405; allow: string };

export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/** Methods no route serves, refused by the server before Next (whose request object rejects TRACE). */
export function isNeverServed(method: string): boolean {
  return ["TRACE", "TRACK", "CONNECT"].includes(method.toUpperCase());
}

export function checkMethod(method: string, pathname: string, headers: Headers): MethodVerdict {
  const m = method.toUpperCase();
  if (isNeverServed(m)) return { ok: false, status: 405, allow: ALLOW_READ };
  if ((READ_METHODS as readonly string[]).includes(m)) return { ok: true, write: false };
  if (isApiPath(pathname)) {
    if (READ_ONLY_API_ROUTES.has(routeOf(pathname))) return { ok: false, status: 405, allow: ALLOW_READ };
    return { ok: true, write: true };
  }
  if (m === "POST" && headers.has("next-action")) return { ok: true, write: true };
  return { ok: false, status: 405, allow: ALLOW_READ };
}
