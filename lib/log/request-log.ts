/** What one request log line holds (see routes.ts for why the route is a pattern). */
import { routeOf } from "../http/routes";

export type RequestLogLine = {
  msg: "request";
  method: string;
  route: string;
  status: number;
  durationMs: number;
  bytes?: number;
  client?: string;
};

export function requestLine(method: string, rawUrl: string, status: number, durationMs: number, extra: { bytes?: number; client?: string } = {}): RequestLogLine {
  const q = rawUrl.indexOf("?");
  const pathname = q === -1 ? rawUrl : rawUrl.slice(0, q);
  return { msg: "request", method, route: routeOf(pathname), status, durationMs: Math.round(durationMs * 10) / 10, ...extra };
}
