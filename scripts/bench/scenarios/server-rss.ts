import { mainRoutes } from "../load";
import { MB } from "../stats";
import type { Scenario } from "../types";

/** Memory the production server holds: after start, and after serving every main route. */
export const serverRss: Scenario = {
  id: "server-rss",
  title: "Server memory (RSS)",
  method:
    "A fresh `next start` on the database; resident memory of the server process and its children from " +
    "/proc (VmRSS) once it answers, then after requesting each main route 5 times one after another (map page, " +
    "county page, article page, article API, county metrics API, search), and the peak (VmHWM). Issue 10 asks " +
    "for at most 600 MB at 100,000 stories.",
  sizes: "each",
  server: true,
  async run(ctx) {
    const server = await ctx.freshServer();
    const idle = server.rss();
    const failures = new Map<string, number>();
    for (const route of mainRoutes(ctx.sample())) {
      for (let i = 0; i < 5; i++) {
        try {
          const res = await fetch(server.origin + route.path(i), { signal: AbortSignal.timeout(60_000) });
          await res.arrayBuffer();
          if (!res.ok) failures.set(`${route.name} HTTP ${res.status}`, (failures.get(`${route.name} HTTP ${res.status}`) ?? 0) + 1);
        } catch (e) {
          const k = `${route.name} ${(e as Error).name === "TimeoutError" ? "no answer within 60 s" : (e as Error).message}`;
          failures.set(k, (failures.get(k) ?? 0) + 1);
        }
      }
    }
    const served = server.rss();
    return {
      rows: [
        { label: "after start", value: idle / MB, unit: "MB" },
        { label: "after serving the main routes", value: served / MB, unit: "MB", target: { max: 600, text: "≤ 600 MB" } },
        { label: "peak", value: server.peakRss() / MB, unit: "MB" },
      ],
      notes: failures.size ? [`requests that failed while warming: ${[...failures].map(([k, v]) => `${k} (${v}×)`).join("; ")}.`] : [],
    };
  },
};
