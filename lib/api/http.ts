/**
 * The public read API's responses (/api/v1): JSON, open to every origin for GET (CORS), errors as
 * JSON with their HTTP status. Routes are thin: they parse with lib/api/params, read with lib/db
 * and shape with lib/api/mappers; this module turns the result or the failure into a Response.
 */
import { QueryError } from "../search/query";

export const API_VERSION = 1;

export const CORS_HEADERS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, HEAD, OPTIONS",
  "access-control-allow-headers": "Content-Type, If-None-Match",
  "access-control-max-age": "86400",
};

/** A request the API refuses, with the status it answers. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new ApiError(400, message);
export const notFound = (message: string) => new ApiError(404, message);

export type ErrorBody = { error: { status: number; message: string } };

function headers(extra: Record<string, string> = {}): Headers {
  return new Headers({ ...CORS_HEADERS, "x-api-version": String(API_VERSION), "cache-control": "no-store", ...extra });
}

export function apiJson(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), { status, headers: headers({ "content-type": "application/json; charset=utf-8" }) });
}

export function apiError(status: number, message: string): Response {
  const body: ErrorBody = { error: { status, message } };
  return apiJson(body, status);
}

/** A streamed file (downloads): CORS like every GET, and a file name the browser keeps. */
export function apiFile(body: ReadableStream<Uint8Array>, contentType: string, fileName: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(body, {
    status: 200,
    headers: headers({
      "content-type": contentType,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    }),
  });
}

/** The answer to a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: headers() });
}

/**
 * Runs a route: refused input answers 4xx with its message; anything else is a 500 whose details
 * stay in the server log (a stack trace says nothing useful to a client and may say too much).
 */
export async function apiHandle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ApiError) return apiError(e.status, e.message);
    if (e instanceof QueryError) return apiError(400, e.message);
    console.error("api/v1:", e);
    return apiError(500, "internal error");
  }
}
