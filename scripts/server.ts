// The production server (`npm run serve`, and the last step of `npm start`): Next.js's request
// handler inside a plain Node HTTP server, which adds what `next start` lacks:
// - one structured log line per request (route, status, duration) and every failure with its cause;
// - a 400, logged, for paths whose %-encoding does not decode (Next answers those with a bare 500),
//   and 405 for TRACE (Next's request object rejects it with a 500);
// - the client's address decided once (TRUST_PROXY_HOPS), for rate limits and logs;
// - graceful shutdown on SIGTERM/SIGINT: finish requests in flight, then close the database.
import http from "node:http";
import path from "node:path";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxyHops } from "@/lib/http/client-address";
import { ALLOW_READ, isNeverServed } from "@/lib/http/methods";
import { hasBadPercentEncoding } from "@/lib/http/percent-encoding";
import { BASELINE_HEADERS } from "@/lib/http/security-headers";
import { getLogger } from "@/lib/log/logger";
import { requestLine } from "@/lib/log/request-log";
import { shutdownGracefully, trackInFlight } from "@/lib/ops/shutdown";
import { ROOT } from "./lib/run";

export type ServerOptions = { port: number; host: string; dev?: boolean; graceMs?: number };

/** Closes the app's shared database client (lib/db/client.ts keeps it on globalThis). */
async function closeSharedDb(): Promise<void> {
  const holder = globalThis as unknown as { __zjmapDb?: { $disconnect: () => Promise<void> } };
  await holder.__zjmapDb?.$disconnect();
  holder.__zjmapDb = undefined;
}

export async function startAppServer(o: ServerOptions): Promise<{ server: http.Server; stop: () => Promise<void> }> {
  const log = getLogger();
  const hops = trustedProxyHops();
  const app = next({ dev: o.dev ?? false, dir: ROOT, hostname: o.host, port: o.port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    const t0 = performance.now();
    const rawUrl = req.url ?? "/";
    const client = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"] as string | undefined, hops);
    req.headers[CLIENT_ADDRESS_HEADER] = client;
    res.on("close", () => {
      const line = requestLine(req.method ?? "?", rawUrl, res.statusCode, performance.now() - t0, { client });
      if (!res.writableFinished) log.warn({ ...line, aborted: true });
      else if (res.statusCode >= 500) log.error(line);
      else log.info(line);
    });

    if (hasBadPercentEncoding(rawUrl)) {
      log.warn({ method: req.method, path: rawUrl.split("?")[0]!.slice(0, 200), client }, "bad %-encoding in request path");
      res.writeHead(400, { ...BASELINE_HEADERS, "Content-Type": "application/json", "Cache-Control": "no-store" });
      res.end(JSON.stringify({ error: "bad %-encoding in the address" }));
      return;
    }
    if (isNeverServed(req.method ?? "")) {
      res.writeHead(405, { ...BASELINE_HEADERS, Allow: ALLOW_READ, "Content-Type": "application/json", "Cache-Control": "no-store" });
      res.end(JSON.stringify({ error: `method ${req.method} not allowed` }));
      return;
    }
    handle(req, res).catch((err: unknown) => {
      log.error({ err, method: req.method, path: rawUrl.split("?")[0] }, "request failed outside Next's error handling");
      if (!res.headersSent) {
        res.writeHead(500, { ...BASELINE_HEADERS, "Content-Type": "application/json" });
        res.end(JSON.stringify({ error: "internal error" }));
      } else res.destroy();
    });
  });
  const tracker = trackInFlight(server);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, o.host, () => resolve());
  });
  log.info({ port: o.port, host: o.host, trustProxyHops: hops }, "server listening");

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= shutdownGracefully(server, tracker, {
      graceMs: o.graceMs ?? 10_000,
      log: (event, fields) => log.info(fields ?? {}, event),
      cleanups: [closeSharedDb, () => app.close()],
    }).then(() => undefined));
  return { server, stop };
}

/** Serves until SIGTERM or SIGINT, then shuts down gracefully and exits. */
export async function serveUntilSignalled(o: ServerOptions): Promise<void> {
  const { stop } = await startAppServer(o);
  const onSignal = (signal: NodeJS.Signals) => {
    getLogger().info({ signal }, "signal received");
    stop().then(
      () => process.exit(0),
      (e) => {
        getLogger().error({ err: e }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}

export function serverOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const port = Number(env.PORT ?? "3000");
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number; got "${env.PORT}"`);
  const grace = Number(env.SHUTDOWN_GRACE_MS ?? "10000");
  return { port, host: env.HOST ?? "0.0.0.0", graceMs: Number.isFinite(grace) && grace >= 0 ? grace : 10_000 };
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  (process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
  serveUntilSignalled(serverOptionsFromEnv()).catch((err) => {
    getLogger().fatal({ err }, "server failed to start");
    process.exit(1);
  });
}
