// Every error Next.js catches while serving (a page, a route handler, the proxy) is logged with its
// cause and the route it happened in, so no 500 goes unexplained in the server log.
import type { Instrumentation } from "next";

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
