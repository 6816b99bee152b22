// In-process timings of the read path's database work (no HTTP, no React), seed vs a 100,000-story
// database, to separate query cost from server and machine load.
//   npx tsx scripts/dev/measure-read-db.ts [--big .local/big.sqlite] [--seed .local/e2e.sqlite]
import path from "node:path";
import { getDashboardStats } from "@/lib/db/aggregates";
import { createDb, type Db } from "@/lib/db/client";
import { getCountyMetricSummary } from "@/lib/db/county-metrics";
import { resolveDatabase } from "@/lib/db/database-url";
import { getPins } from "@/lib/db/pins";
import { searchStories } from "@/lib/db/search";
import { NO_FILTER } from "@/lib/db/story-filter";
import { listStories } from "@/lib/db/story-list";
import { parseSearchQuery } from "@/lib/search/query";
import { SEARCH_QUERIES } from "../bench/scenarios/read-path";
import { ROOT } from "../lib/run";

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : def;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1]!;
const COUNTIES = ["330102", "330108", "330624", "331083", "330604", "330226", "330302", "330424", "330523", "330782", "330881", "330903", "331002", "331121", "330110", "330681", "330185", "330327", "330481", "331024"];

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function measure(db: Db) {
  const out: Record<string, number> = {};
  // County panel: its first page of stories and its metric summary, first call per county (cold) then again.
  const cold: number[] = [];
  const warm: number[] = [];
  for (const c of COUNTIES) cold.push(await timed(() => Promise.all([listStories(db, { ...NO_FILTER, county: c }), getCountyMetricSummary(db, c, NO_FILTER)])));
  for (let r = 0; r < 3; r++) for (const c of COUNTIES) warm.push(await timed(() => Promise.all([listStories(db, { ...NO_FILTER, county: c }), getCountyMetricSummary(db, c, NO_FILTER)])));
  out["county panel p95, cold"] = p95(cold);
  out["county panel p95, warm"] = p95(warm);
  for (const len of [2, 3, 4] as const) {
    const xs: number[] = [];
    for (let r = 0; r < 3; r++) for (const q of SEARCH_QUERIES[len]) xs.push(await timed(() => searchStories(db, { ...NO_FILTER, q: parseSearchQuery(q)! })));
    out[`search p95, ${len} chars`] = p95(xs);
  }
  out["stats, stories (cold)"] = await timed(() => getDashboardStats(db, NO_FILTER, { measure: "stories", coverage: true }));
  out["stats, residents served (cold)"] = await timed(() => getDashboardStats(db, NO_FILTER, { measure: "residents_served" }));
  out["pins, province (cold)"] = await timed(() => getPins(db, NO_FILTER, [118, 27, 123.2, 31.2], 6));
  out["pins, province (warm)"] = await timed(() => getPins(db, NO_FILTER, [118, 27, 123.2, 31.2], 6));
  return out;
}

async function main() {
  const open = (f: string) => createDb(resolveDatabase({ DATABASE_URL: `file:${path.resolve(ROOT, f)}` }, ROOT));
  const seed = open(arg("seed", ".local/e2e.sqlite"));
  const big = open(arg("big", ".local/big.sqlite"));
  // Load the segmenter and warm SQLite's page cache equally.
  await searchStories(seed, { ...NO_FILTER, q: parseSearchQuery("亚运")! });
  await searchStories(big, { ...NO_FILTER, q: parseSearchQuery("亚运")! });
  const a = await measure(seed);
  const b = await measure(big);
  console.log("| measure | seed | 100k |\n|---|---|---|");
  for (const k of Object.keys(a)) console.log(`| ${k} | ${a[k]!.toFixed(1)} ms | ${b[k]!.toFixed(1)} ms |`);
  await seed.$disconnect();
  await big.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
