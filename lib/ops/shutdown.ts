/**
 * Graceful shutdown of an HTTP server: answer with `Connection: close` from now on, stop accepting
 * connections, let requests in flight finish (up to a grace period), close what is left, then run
 * the cleanups (closing the database). Plain Node, no Next: used by scripts/server.ts.
 */
import type http from "node:http";

export type ShutdownOptions = {
  graceMs: number;
  /** Wait before closing the listener, so requests already on the wire are counted (default 500). */
  settleMs?: number;
  cleanups: (() => Promise<unknown>)[];
  log: (event: string, fields?: Record<string, unknown>) => void;
};

/** Tracks requests in flight so shutdown knows when the last one is done. */
export function trackInFlight(server: http.Server) {
  let inFlight = 0;
  let draining = false;
  const waiters: (() => void)[] = [];
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    // While draining, tell keep-alive clients to reconnect elsewhere after this response.
    if (draining) res.setHeader("Connection", "close");
    res.on("close", () => {
      inFlight--;
      if (inFlight === 0) waiters.splice(0).forEach((w) => w());
    });
  });
  return {
    get inFlight() {
      return inFlight;
    },
    startDraining() {
      draining = true;
    },
    idle(): Promise<void> {
      return inFlight === 0 ? Promise.resolve() : new Promise((r) => waiters.push(r));
    },
  };
}

export async function shutdownGracefully(server: http.Server, tracker: ReturnType<typeof trackInFlight>, o: ShutdownOptions): Promise<{ timedOut: boolean }> {
  tracker.startDraining();
  o.log("shutdown started", { inFlight: tracker.inFlight, graceMs: o.graceMs });
  const deadline = Date.now() + o.graceMs;
  // Connections accepted a moment ago may not have had their request parsed yet (the event loop is
  // busy rendering): to Node they look idle, and server.close() would drop them. Let them settle.
  await new Promise((r) => setTimeout(r, Math.min(o.settleMs ?? 500, o.graceMs)));
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    tracker.idle().then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), Math.max(0, deadline - Date.now()));
    }),
  ]);
  clearTimeout(timer);
  if (timedOut) o.log("grace period over: closing remaining connections", { inFlight: tracker.inFlight });
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
