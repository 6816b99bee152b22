// Every error Next.js catches while serving (a page, a route handler, the proxy) is logged with its
// cause and the route it happened in, so no 500 goes unexplained in the server log.
import type { Instrumentation } from "next";

/**
 * Runs once when the server starts: the worker for the desk's background jobs (uploads of many
 * files, re-extraction of every page) on the shared job queue. ZJ_DESK_WORKER=0 turns it off (for
 * instances that should only serve pages while another runs the jobs).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.ZJ_DESK_WORKER === "0" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ getDb }, { startDeskWorker }] = await Promise.all([import("./lib/db/client"), import("./lib/desk/jobs")]);
  const worker = startDeskWorker(getDb());
  process.once("SIGTERM", () => worker.stop());
}

export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  const { getLogger } = await import("./lib/log/logger");
  const q = request.path.indexOf("?");
  getLogger().error(
    {
      err,
      digest: typeof err === "object" && err !== null && "digest" in err ? String((err as { digest: unknown }).digest) : undefined,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      path: q === -1 ? request.path : request.path.slice(0, q),
    },
    "request failed",
  );
};
