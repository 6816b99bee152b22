import { MB, quantile } from "./stats";
import type { BenchSample, BenchServer } from "./types";

/**
 * The main routes a reader visits, as URL paths built from ids that exist in the database: the map
 * page (plain and with a county's panel open), the county and article pages, the APIs the panel and
 * the public API answer, search, a geo file and the sitemap index.
 */
export function mainRoutes(sample: BenchSample): { name: string; path: (i: number) => string }[] {
  const pick = <T>(xs: T[], i: number) => xs[i % xs.length]!;
  const queries = ["滨江", "亚运", "共富", "民宿", "营商环境", "饮用水"];
  return [
    { name: "/ (map page)", path: () => "/" },
    { name: "/?county= (map with county panel)", path: (i) => `/?county=${pick(sample.countyCodes, i * 5)}` },
    { name: "/county/[adcode]", path: (i) => `/county/${pick(sample.countyCodes, i)}` },
    { name: "/article/[id]", path: (i) => `/article/${pick(sample.articleIds, i)}` },
    { name: "/api/articles/[id]", path: (i) => `/api/articles/${pick(sample.articleIds, i * 7)}` },
    { name: "/api/counties/[adcode]/metrics", path: (i) => `/api/counties/${pick(sample.countyCodes, i * 3)}/metrics` },
    { name: "/api/search?q=", path: (i) => `/api/search?q=${encodeURIComponent(pick(queries, i))}` },
    { name: "/api/v1/articles?county=", path: (i) => `/api/v1/articles?county=${pick(sample.countyCodes, i * 11)}&limit=20` },
    { name: "/geo/counties", path: () => "/geo/counties" },
    { name: "/sitemap.xml (index)", path: () => "/sitemap.xml" },
  ];
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The load generator only ever targets this machine. */
export function assertLoopback(origin: string): void {
  const host = new URL(origin).hostname;
  if (!LOOPBACK.has(host)) throw new Error(`the load test targets loopback only, not ${host}`);
}

export type LoadResult = {
  requests: number;
  errors: number;
  /** answers with a 5xx status (the server failed, as opposed to answering too late) */
  serverErrors: number;
  /** requests sent again once because the server reset a reused keep-alive connection */
  retried: number;
  /** a few distinct error descriptions, for the report */
  errorKinds: Map<string, number>;
  latencies: number[];
  byRoute: Map<string, { latencies: number[]; errors: number }>;
  seconds: number;
  /** set when the run was stopped because the server grew past the memory cap */
  aborted?: string;
  peakRss: number;
};

/**
 * `concurrency` readers, each requesting the routes in turn (starting at different routes) until
 * `stop` resolves or `maxRequests` were sent (bounded: loopback only, at most 1,000 readers). A
 * request fails when it is not 2xx, when the connection fails, or after `timeoutMs`. The server's
 * memory is watched and the load stops above `rssCap`, so a runaway server cannot take the shared
 * machine down.
 */
export async function runReaders(opts: {
  server: BenchServer;
  sample: BenchSample;
  concurrency: number;
  stop: Promise<unknown>;
  timeoutMs?: number;
  rssCap?: number;
  maxRequests?: number;
  routes?: { name: string; path: (i: number) => string }[];
}): Promise<LoadResult> {
  assertLoopback(opts.server.origin);
  if (!(opts.concurrency >= 1 && opts.concurrency <= 1000)) throw new Error(`between 1 and 1,000 readers, not ${opts.concurrency}`);
  const routes = opts.routes ?? mainRoutes(opts.sample);
  const maxRequests = opts.maxRequests ?? 1_000_000;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const rssCap = opts.rssCap ?? 4096 * MB;
  const result: LoadResult = { requests: 0, errors: 0, serverErrors: 0, retried: 0, errorKinds: new Map(), latencies: [], byRoute: new Map(), seconds: 0, peakRss: 0 };
  for (const r of routes) result.byRoute.set(r.name, { latencies: [], errors: 0 });
  let stopped = false;
  void opts.stop.then(
    () => (stopped = true),
    () => (stopped = true),
  );
  const watch = setInterval(() => {
    const died = opts.server.exited();
    if (died && !stopped) {
      result.aborted = died;
      stopped = true;
    }
    const rss = opts.server.rss();
    result.peakRss = Math.max(result.peakRss, rss);
    if (rss > rssCap && !stopped) {
      result.aborted = `server memory passed ${Math.round(rssCap / MB)} MB`;
      stopped = true;
    }
  }, 500);
  const fail = (kind: string, route: string) => {
    result.errors++;
    result.byRoute.get(route)!.errors++;
    result.errorKinds.set(kind, (result.errorKinds.get(kind) ?? 0) + 1);
  };
  let inFlight = 0;
  const t0 = performance.now();
  const reader = async (id: number) => {
    for (let i = id; !stopped && result.requests + inFlight < maxRequests; i++) {
      inFlight++;
      const route = routes[i % routes.length]!;
      const started = performance.now();
      const url = opts.server.origin + route.path(Math.floor(i / routes.length) + id * 13);
      try {
        let res: Response;
        try {
          res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        } catch (e) {
          // A server that closes an idle keep-alive connection just as the client reuses it resets
          // the request before any answer; browsers send such a GET again, and so do we, once.
          if ((e as Error & { cause?: { code?: string } }).cause?.code !== "ECONNRESET") throw e;
          result.retried++;
          res = await fetch(url, { signal: AbortSignal.timeout(Math.max(1, Math.floor(timeoutMs - (performance.now() - started)))) });
        }
        await res.arrayBuffer();
        if (res.status >= 500) result.serverErrors++;
        if (!res.ok) fail(`HTTP ${res.status} on ${route.name}`, route.name);
      } catch (e) {
        const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
        const name =
          (e as Error).name === "TimeoutError"
            ? `no answer within ${timeoutMs / 1000} s`
            : cause?.code === "UND_ERR_CONNECT_TIMEOUT"
              ? "connection not accepted within 10 s"
              : `connection error (${cause?.code ?? cause?.message ?? (e as Error).message})`;
        fail(`${name} on ${route.name}`, route.name);
      }
      const ms = performance.now() - started;
      inFlight--;
      result.requests++;
      result.latencies.push(ms);
      result.byRoute.get(route.name)!.latencies.push(ms);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, (_, id) => reader(id)));
  clearInterval(watch);
  result.seconds = (performance.now() - t0) / 1000;
  result.peakRss = Math.max(result.peakRss, opts.server.rss());
  return result;
}

export const p = (xs: number[], q: number) => (xs.length ? quantile(xs, q) : null);
