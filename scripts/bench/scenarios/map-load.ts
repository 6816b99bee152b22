import { chromium } from "@playwright/test";
import { median } from "../stats";
import type { Scenario } from "../types";

type LoadRun = { idleMs: number; htmlMs: number; canvasMs: number; htmlBytes: number; jsBytes: number; jsInitialBytes: number; maplibreLazy: boolean; rechartsOnMap: boolean };

/** Navigation to the map's first idle with pins, in Chromium against the production build. */
export const mapLoad: Scenario = {
  id: "map-load",
  title: "Map load: navigation → first idle with pins",
  method:
    "Production build (`next start`), Chromium headless (WebGL through SwiftShader on the CPU: this machine has no " +
    "GPU), 1280×800, a fresh browser context per load; one warm-up load, then the median of 5 (2 with --quick). " +
    "\"Idle\" is the first moment MapLibre is idle with story pins or clusters rendered, from navigation start; " +
    "the split points are DOMContentLoaded and the creation of the map's canvas. Bytes are as transferred (gzip).",
  sizes: "each",
  server: true,
  async run(ctx) {
    const server = await ctx.server();
    const origin = server.origin;
    const browser = await chromium.launch({ executablePath: ctx.chromium(), args: ["--disable-quic", "--disable-dev-shm-usage", "--no-sandbox"] });
    const runs: LoadRun[] = [];
    const contentOf = new Map<string, string>();
    try {
      const loads = ctx.quick ? 3 : 6;
      for (let i = 0; i < loads; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        // A string, not a function: the TypeScript loader would wrap a function in helpers the page lacks.
        await page.addInitScript(
          "(function poll(){ if (document.querySelector('canvas.maplibregl-canvas')) window.__canvasAt = performance.now(); else setTimeout(poll, 5); })();",
        );
        // The HTML as served (before hydration adds script tags): what "initial" scripts are.
        const html = await (await fetch(`${origin}/`, { signal: AbortSignal.timeout(120_000) })).text();
        const res = await page.goto(`${origin}/`, { timeout: 120_000 });
        if (!res?.ok()) throw new Error(`the map page answered HTTP ${res?.status()}`);
        await page.waitForFunction(
          () => window.__mapIdle === true && (window.__map?.queryRenderedFeatures({ layers: ["story-pins", "story-clusters"] }).length ?? 0) > 0,
          null,
          { timeout: 60_000, polling: 10 },
        );
        const idleMs = await page.evaluate(() => performance.now());
        const timing = await page.evaluate(() => {
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          return { htmlMs: nav.domContentLoadedEventEnd, htmlBytes: nav.transferSize, canvasMs: (window as unknown as { __canvasAt: number }).__canvasAt };
        });
        const entries = await page.evaluate(() =>
          (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
            .filter((e) => e.initiatorType === "script" || /\.m?js(\?|$)/.test(e.name))
            .map((e) => ({ url: e.name, bytes: e.transferSize || e.encodedBodySize })),
        );
        const scripts = [];
        for (const e of entries) {
          const p = new URL(e.url).pathname;
          if (!contentOf.has(p)) contentOf.set(p, await (await fetch(`${origin}${p}`)).text());
          const src = contentOf.get(p)!;
          scripts.push({ ...e, initial: html.includes(p), maplibre: /maplibre/i.test(src) && src.length > 200_000, recharts: src.includes("recharts-") && src.length > 200_000 });
        }
        if (i > 0) {
          runs.push({
            idleMs,
            ...timing,
            jsBytes: scripts.reduce((s, x) => s + x.bytes, 0),
            jsInitialBytes: scripts.filter((x) => x.initial).reduce((s, x) => s + x.bytes, 0),
            maplibreLazy: scripts.some((s) => s.maplibre && !s.initial) && !scripts.some((s) => s.maplibre && s.initial),
            rechartsOnMap: scripts.some((s) => s.recharts),
          });
        }
        await context.close();
      }
    } finally {
      await browser.close();
    }
    const m = (f: (r: LoadRun) => number) => median(runs.map(f));
    const last = runs.at(-1)!;
    return {
      rows: [
        { label: "navigation → first idle with pins", value: m((r) => r.idleMs), unit: "ms", target: { ratioMax: 1.3, text: "≤ 1.3× seed" } },
        { label: "of which: HTML parsed (DOMContentLoaded)", value: m((r) => r.htmlMs), unit: "ms" },
        { label: "of which: map canvas created", value: m((r) => r.canvasMs), unit: "ms" },
        { label: "of which: MapLibre start-up, data, first frames", value: m((r) => r.idleMs - r.canvasMs), unit: "ms" },
        { label: "HTML document transferred", value: m((r) => r.htmlBytes) / 1024, unit: "kB" },
        { label: "JavaScript transferred (all scripts on the map view)", value: m((r) => r.jsBytes) / 1024, unit: "kB" },
        { label: "of which referenced by the initial HTML", value: m((r) => r.jsInitialBytes) / 1024, unit: "kB" },
      ],
      notes: [`maplibre-gl loaded lazily: ${last.maplibreLazy ? "yes" : "no"}; recharts loaded on the map view: ${last.rechartsOnMap ? "yes" : "no"}.`],
    };
  },
};
