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
