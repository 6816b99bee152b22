/**
 * A local web site for crawler tests, e2e specs and the benchmark: an HTTP server on 127.0.0.1 with
 * a random port, a log of every request (path, headers, time) and routes as plain functions.
 * Never reachable from outside this machine.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type LoggedRequest = { path: string; at: number; headers: http.IncomingHttpHeaders };

export type Reply = {
  status?: number;
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
  /** Stream this many bytes (in 64 KB chunks, no Content-Length) instead of a body. */
  streamBytes?: number;
  /** Wait before answering. */
  delayMs?: number;
};

export type Handler = (path: string, req: http.IncomingMessage, hits: number) => Reply | null;

export type FixtureSite = {
  origin: string;
  log: LoggedRequest[];
  hits: (path: string) => number;
  close: () => Promise<void>;
};

export async function startFixtureSite(handler: Handler, port = 0): Promise<FixtureSite> {
  const log: LoggedRequest[] = [];
  const counts = new Map<string, number>();
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    log.push({ path, at: Date.now(), headers: req.headers });
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    let reply: Reply | null;
    try {
      reply = handler(path, req, n);
    } catch (e) {
      reply = { status: 500, body: String(e) };
    }
    reply ??= { status: 404, headers: { "content-type": "text/html; charset=utf-8" }, body: "<html><body>not found</body></html>" };
    const headers = Object.fromEntries(Object.entries(reply.headers ?? {}).filter((e): e is [string, string] => e[1] !== undefined));
    const send = () => {
      if (res.destroyed) return;
      if (reply!.streamBytes) {
        res.writeHead(reply!.status ?? 200, headers);
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let left = reply!.streamBytes;
        const pump = () => {
          while (left > 0) {
            left -= chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("error", () => undefined);
        pump();
        return;
      }
      res.writeHead(reply!.status ?? 200, headers);
      res.end(reply!.body ?? "");
    };
    if (reply.delayMs) setTimeout(send, reply.delayMs);
    else send();
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    log,
    hits: (p) => counts.get(p) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A handler that answers conditional GETs with 304 from a fixed ETag and Last-Modified. */
export function conditional(req: http.IncomingMessage, body: string | Buffer, headers: Record<string, string>, version = "v1"): Reply {
  const etag = `"${version}"`;
  const lastModified = "Sat, 02 Mar 2024 08:00:00 GMT";
  if (req.headers["if-none-match"] === etag || (!req.headers["if-none-match"] && req.headers["if-modified-since"] === lastModified)) {
    return { status: 304, headers: { etag, "last-modified": lastModified } };
  }
  return { status: 200, headers: { ...headers, etag, "last-modified": lastModified }, body };
}
