/**
 * What every desk write checks, in this order: the request comes from the site's own pages (CSRF:
 * Origin or Referer of this site, never a cross-site fetch), a valid session (signed cookie, a
 * session row not expired), and a role that allows the action. Route handlers call `guard`; pages
 * call `currentEditor` to decide whether to show the desk or the sign-in page.
 */
import type { Db } from "../db/client";
import { getAuth } from "./auth";
import { ownOrigins } from "./origins";
import { isRole, roleAllows, type Editor, type Role } from "./roles";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** Null when a state-changing request comes from this site; else why it is refused. */
export function csrfProblem(req: Request, env: Record<string, string | undefined> = process.env): string | null {
  if (SAFE.has(req.method)) return null;
  if (req.headers.get("sec-fetch-site") === "cross-site") return "cross-site request";
  const origin = req.headers.get("origin");
  let from: string | null = origin && origin !== "null" ? origin : null;
  if (!from) {
    const referer = req.headers.get("referer");
    try {
      from = referer ? new URL(referer).origin : null;
    } catch {
      from = null;
    }
  }
  if (!from) return "missing Origin header";
  return ownOrigins(req, env).has(from) ? null : `origin ${from} is not this site`;
}

/** The signed-in editor for these request headers, or null (no cookie, tampered, expired, removed). */
export async function currentEditor(db: Db, headers: Headers): Promise<Editor | null> {
  const session = await getAuth(db).api.getSession({ headers });
  if (!session) return null;
  const u = session.user as { id: string; email: string; name: string; role?: unknown };
  if (!isRole(u.role)) return null;
  return { id: u.id, email: u.email, name: u.name, role: u.role };
}

export type GuardResult = { ok: true; editor: Editor } | { ok: false; response: Response };

function refuse(status: number, message: string): GuardResult {
  return { ok: false, response: Response.json({ error: message }, { status }) };
}

/** CSRF, session and role checks for a desk route; 403, 401 or 403 with a reason when one fails. */
export async function guard(db: Db, req: Request, role: Role = "editor"): Promise<GuardResult> {
  const csrf = csrfProblem(req);
  if (csrf) return refuse(403, `refused: ${csrf}`);
  const editor = await currentEditor(db, req.headers);
  if (!editor) return refuse(401, "sign in first");
  if (!roleAllows(editor.role, role)) return refuse(403, role === "admin" ? "only an admin may do this" : "not allowed");
  return { ok: true, editor };
}
