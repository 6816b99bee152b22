/**
 * The one wrapper every desk route handler goes through: CSRF, session and role (lib/auth/guard),
 * a bounded JSON body, and errors as JSON with their status. A refused request writes nothing,
 * because the guard runs before the handler is called.
 */
import type { Editor, Role } from "../auth/roles";
import { guard } from "../auth/guard";
import type { Db } from "../db/client";
import { IngestError } from "../db/ingest-write";
import { InputError } from "../ingest/input-check";
import { DeskError } from "./page-store";

/** A pasted page is at most a few hundred kilobytes; a batch of files a few megabytes. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export function deskJson(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { "cache-control": "no-store" } });
}

async function readBody(req: Request): Promise<unknown> {
  if (req.method === "GET" || req.method === "HEAD") return null;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new DeskError("the request is too large", 413);
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) throw new DeskError("the request is too large", 413);
  if (!text) return {};
  if (!(req.headers.get("content-type") ?? "").includes("application/json")) throw new DeskError("send JSON (content-type: application/json)", 415);
  try {
    return JSON.parse(text);
  } catch {
    throw new DeskError("the body is not valid JSON");
  }
}

export async function deskRoute(
  db: Db,
  req: Request,
  fn: (ctx: { editor: Editor; body: unknown }) => Promise<unknown>,
  role: Role = "editor",
): Promise<Response> {
  const g = await guard(db, req, role);
  if (!g.ok) return g.response;
  try {
    const body = await readBody(req);
    return deskJson(await fn({ editor: g.editor, body }));
  } catch (e) {
    if (e instanceof DeskError) return deskJson({ error: e.message }, e.status);
    if (e instanceof IngestError || e instanceof InputError) return deskJson({ error: e.message }, 400);
    console.error("desk route failed:", e);
    return deskJson({ error: "the server failed; nothing was changed" }, 500);
  }
}
