/** Small helpers shared by the JSON route handlers: errors as JSON with a status, bounded numbers. */
import { QueryError } from "../search/query";

export class BadRequest extends Error {}

export function json(data: unknown, init: { status?: number; version?: number } = {}): Response {
  return Response.json(data, { status: init.status ?? 200, headers: { "cache-control": "no-store" } });
}

/** Runs a handler; bad input (BadRequest, an unreadable search) answers 400 with a message. */
export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof BadRequest || e instanceof QueryError) return json({ error: e.message }, { status: 400 });
    throw e;
  }
}

export function intParam(params: URLSearchParams, name: string, def: number, min: number, max: number): number {
  const raw = params.get(name);
  if (raw === null || raw === "") return def;
  if (!/^\d{1,7}$/.test(raw)) throw new BadRequest(`${name} must be a whole number`);
  const n = Number(raw);
  if (n < min || n > max) throw new BadRequest(`${name} must be between ${min} and ${max}`);
  return n;
}
