/**
 * Graceful shutdown of an HTTP server: stop accepting connections, answer with
 * `Connection: close` from now on, let requests in flight finish (up to a grace period), close
 * keep-alive connections once nothing has happened on them for a moment, then run the cleanups
 * (closing the database). Plain Node, no Next: used by scripts/server.ts.
 *
 * Why not just server.close(): since Node 19 it also closes every "idle" connection at once, and a
 * connection whose request has arrived but not yet been parsed (the event loop is busy rendering)
 * counts as idle, so requests already sent would be dropped.
 */
import type http from "node:http";
import net from "node:net";

export type ShutdownOptions = {
  graceMs: number;
  /** How long nothing must happen before idle keep-alive connections are closed (default 500). */
  settleMs?: number;
  cleanups: (() => Promise<unknown>)[];
  log: (event: string, fields?: Record<string, unknown>) => void;
};

/** Tracks open connections and requests in flight, and when anything last happened. */
export function trackInFlight(server: http.Server) {
  let inFlight = 0;
  let draining = false;
  let lastActivity = Date.now();
  const sockets = new Set<net.Socket>();
  server.on("connection", (s: net.Socket) => {
    sockets.add(s);
    lastActivity = Date.now();
    s.on("close", () => sockets.delete(s));
  });
  server.on("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    lastActivity = Date.now();
    // While draining, tell keep-alive clients to reconnect elsewhere after this response.
    if (draining) res.setHeader("Connection", "close");
    res.on("close", () => {
      inFlight--;
      lastActivity = Date.now();
    });
  });
  return {
    get inFlight() {
      return inFlight;
    },
    get connections() {
      return sockets.size;
    },
    get quietForMs() {
      return Date.now() - lastActivity;
    },
    startDraining() {
      draining = true;
    },
  };
}

export async function shutdownGracefully(server: http.Server, tracker: ReturnType<typeof trackInFlight>, o: ShutdownOptions): Promise<{ timedOut: boolean }> {
  tracker.startDraining();
  o.log("shutdown started", { inFlight: tracker.inFlight, connections: tracker.connections, graceMs: o.graceMs });
  const deadline = Date.now() + o.graceMs;
  const settleMs = o.settleMs ?? 500;
  // Connections the kernel has already completed wait in the listen backlog until the event loop
  // accepts them; closing the listener first would reset them. A few loop turns accept them.
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
  // Stop listening, leaving open connections alone (net.Server's close, not http.Server's).
  const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
  while (tracker.connections > 0 && Date.now() < deadline) {
    if (tracker.inFlight === 0 && tracker.quietForMs >= settleMs) server.closeIdleConnections();
    await new Promise((r) => setTimeout(r, 25));
  }
  const timedOut = tracker.connections > 0;
  if (timedOut) o.log("grace period over: closing remaining connections", { inFlight: tracker.inFlight, connections: tracker.connections });
  server.closeAllConnections();
  await closed;
  for (const c of o.cleanups) {
    try {
      await c();
    } catch (e) {
      o.log("cleanup failed", { err: e instanceof Error ? e.message : String(e) });
    }
  }
  o.log("shutdown complete", { timedOut });
  return { timedOut };
}
