// The benchmark runner (`npm run bench`): runs every scenario in scenarios.ts at seed size and at
// province scale (100,000 synthetic stories) in one run, side by side, and writes
// docs/benchmarks.md with only what this run measured. See scripts/bench/README.md for how to add
// a scenario (one file in scenarios/ plus one line in scenarios.ts).
//
//   npm run bench                      full run: 100,000 stories, writes docs/benchmarks.md
//   npm run bench -- --quick           10,000 stories, shorter rounds, writes .local/bench/benchmarks-quick.md
//   npm run bench -- --articles 50000  another scale size (cached per size)
//   npm run bench -- --only ingest,server-rss   a subset (writes to .local/bench unless --out is given)
//   npm run bench -- --port 3150       first port for `next start` (BENCH_PORT)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { DEFAULT_SEED, GENERATOR_VERSION } from "@/lib/synth/corpus";
import { ensureChromium } from "../lib/chromium";
import { buildIfStale, ROOT } from "../lib/run";
import { BENCH_DIR, buildSeedDb, cachedScaleDb, storiesIn, workingCopy, type ScaleBuild } from "./databases";
import { printOutcome, renderScenario, type Outcome, type ScenarioResult } from "./render";
import { SCENARIOS } from "./scenarios";
import { startBenchServer, type RunningServer } from "./server";
import type { BenchContext, BenchSample, BenchSize, Scenario, SizeName } from "./types";

type Args = { quick: boolean; articles: number; seed: number; only: string[] | null; out: string; port: number };

function parse(): Args {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      articles: { type: "string" },
      seed: { type: "string" },
      only: { type: "string" },
      out: { type: "string" },
      port: { type: "string" },
    },
  });
  const quick = values.quick ?? false;
  const articles = Number(values.articles ?? (quick ? 10_000 : 100_000));
  const seed = Number(values.seed ?? DEFAULT_SEED);
  const port = Number(values.port ?? process.env.BENCH_PORT ?? 3150);
  if (![articles, seed, port].every((n) => Number.isSafeInteger(n) && n > 0)) throw new Error("--articles, --seed and --port take positive integers");
  const only = values.only ? values.only.split(",").map((s) => s.trim()) : null;
  const unknown = only?.filter((id) => !SCENARIOS.some((s) => s.id === id)) ?? [];
  if (unknown.length) throw new Error(`unknown scenario(s): ${unknown.join(", ")}; known: ${SCENARIOS.map((s) => s.id).join(", ")}`);
  // Only a full run of every scenario may replace the committed figures.
  const partial = quick || only !== null || values.articles !== undefined;
  const out = values.out ?? (partial ? path.join(BENCH_DIR, quick ? "benchmarks-quick.md" : "benchmarks-partial.md") : path.join(ROOT, "docs/benchmarks.md"));
  return { quick, articles, seed, only, out, port };
}

function sampleOf(file: string): BenchSample {
  const db = new Database(file, { readonly: true });
  try {
    const n = (db.prepare(`SELECT count(*) AS n FROM "Article"`).get() as { n: number }).n;
    const step = Math.max(1, Math.floor(n / 400));
    const articleIds = (db.prepare(`SELECT "id" FROM "Article" WHERE rowid % ? = 0 LIMIT 400`).pluck().all(step) as string[]).concat(
      db.prepare(`SELECT "id" FROM "Article" LIMIT 1`).pluck().all() as string[],
    );
    const countyCodes = db.prepare(`SELECT DISTINCT "countyCode" FROM "Article" WHERE "countyCode" IS NOT NULL ORDER BY 1`).pluck().all() as string[];
    return { articleIds, countyCodes };
  } finally {
    db.close();
  }
}

export async function main(): Promise<void> {
  const args = parse();
  const log = (s: string) => console.log(s);
  const started = new Date();
  const loadBefore = os.loadavg();
  const chosen = SCENARIOS.filter((s) => !args.only || args.only.includes(s.id));
  // Scenarios that write to the database run after those that only read it.
  const ordered = [...chosen.filter((s) => !s.mutates), ...chosen.filter((s) => s.mutates)];
  const perSize = ordered.filter((s) => s.sizes === "each");
  fs.mkdirSync(BENCH_DIR, { recursive: true });

  const files: Record<SizeName, string> = { seed: path.join(BENCH_DIR, "work-seed.sqlite"), scale: path.join(BENCH_DIR, "work-scale.sqlite") };
  let scaleBuild: ScaleBuild | null = null;
  const sizes: Partial<Record<SizeName, BenchSize>> = {};
  if (perSize.length) {
    log("• seed database (data/sources)…");
    await buildSeedDb(files.seed);
    log(`• scale database: ${args.articles.toLocaleString("en-US")} synthetic stories (seed ${args.seed}, generator v${GENERATOR_VERSION})…`);
    scaleBuild = await cachedScaleDb(args.articles, args.seed, log);
    log(scaleBuild.cached ? `  cached: ${path.relative(ROOT, scaleBuild.file)}` : `  built in ${Math.round(scaleBuild.seconds!)} s (${Math.round(scaleBuild.storiesPerSecond!)} stories/s)`);
    workingCopy(scaleBuild.file, files.scale);
    for (const name of ["seed", "scale"] as const) {
      const stories = storiesIn(files[name]);
      sizes[name] = {
        name,
        stories,
        label: name === "seed" ? `seed (${stories.toLocaleString("en-US")} stories)` : `${stories.toLocaleString("en-US")} stories`,
        target: { kind: "sqlite", file: files[name], url: `file:${files[name]}` },
      };
    }
  }
  if (ordered.some((s) => s.server)) buildIfStale();
  let chromiumPath: string | null = null;
  const chromium = () => (chromiumPath ??= ensureChromium(log));

  const results = new Map<Scenario, ScenarioResult>(ordered.map((s) => [s, { scenario: s, bySize: {} }]));
  const runOne = async (scenario: Scenario, size: BenchSize, ctxServer: () => Promise<RunningServer>, fresh: () => Promise<RunningServer>) => {
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), `zjmap-bench-${scenario.id}-`));
    const ctx: BenchContext = {
      size,
      quick: args.quick,
      server: ctxServer,
      freshServer: fresh,
      chromium,
      sample: () => sampleOf(size.target.file),
      tmpDir,
      log: (s) => log(`    ${s}`),
    };
    log(`• ${scenario.id}${scenario.sizes === "each" ? ` at ${size.label}` : ""}…`);
    let outcome: Outcome;
    try {
      outcome = await scenario.run(ctx);
    } catch (e) {
      outcome = { error: e instanceof Error ? e.message : String(e) };
    } finally {
      fs.rmSync(tmpDir, { recursive: true, force: true });
    }
    results.get(scenario)!.bySize[size.name] = outcome;
    printOutcome(scenario, scenario.sizes === "each" ? size.name : "", outcome, log);
  };

  const noServer = () => Promise.reject(new Error("this scenario did not declare `server: true`"));
  const seedSize: BenchSize = sizes.seed ?? { name: "seed", stories: 0, label: "seed", target: { kind: "sqlite", file: files.seed, url: `file:${files.seed}` } };
  for (const s of ordered.filter((x) => x.sizes === "once")) await runOne(s, seedSize, noServer, noServer);

  // One size at a time, one server at a time: the machine has 2 cores and other work on it.
  for (const name of ["seed", "scale"] as const) {
    const size = sizes[name];
    if (!size) continue;
    let server: RunningServer | null = null;
    const logFile = path.join(BENCH_DIR, `server-${name}.log`);
    fs.rmSync(logFile, { force: true });
    const shared = async () => {
      // A server that died under an earlier scenario is replaced (and the death reported there).
      if (server?.exited()) server = null;
      return (server ??= await startBenchServer(args.port, size.target.url, logFile));
    };
    const fresh = async () => {
      await server?.stop();
      server = null;
      return shared();
    };
    try {
      for (const s of perSize) await runOne(s, size, s.server ? shared : noServer, s.server ? fresh : noServer);
    } finally {
      await (server as RunningServer | null)?.stop();
    }
  }

  const labels = { seed: sizes.seed?.label ?? "seed", scale: sizes.scale?.label ?? "scale" };
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const loadAfter = os.loadavg();
  const header = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench${args.quick ? " -- --quick" : ""}\` on ${started.toISOString().slice(0, 10)} (${os.cpus().length} × ${cpu}, Node ${process.version}, ` +
      `load average ${loadBefore[0]!.toFixed(1)} at the start and ${loadAfter[0]!.toFixed(1)} at the end: the machine is shared, so compare ratios within one run).`,
    "Every figure below was measured in this run; per-size scenarios ran at both sizes, one after the other, against the same build.",
    "",
  ];
  const busy = Math.max(loadBefore[0]!, loadAfter[0]!) / os.cpus().length;
  if (busy > 1.5) {
    header.splice(
      -1,
      0,
      `**The machine was busy during this run** (about ${busy.toFixed(0)} runnable processes per core): absolute rates and times are several times worse than on an idle machine; the ratios between the two sizes and between the writers remain comparable.`,
    );
  }
  if (sizes.scale && scaleBuild) {
    header.push(
      `- **${labels.seed}**: a fresh database with what \`npm start\` loads (\`data/sources\`).`,
      `- **${labels.scale}**: the seed pages plus ${args.articles.toLocaleString("en-US")} synthetic stories from \`lib/synth\` (seed ${args.seed}, generator v${GENERATOR_VERSION}), ` +
        (scaleBuild.cached
          ? "taken from the cache in `.local/bench/cache` (built by an earlier run through the same ingest path)."
          : `built in this run through \`ingestSources\` in ${Math.round(scaleBuild.seconds!)} s (${Math.round(scaleBuild.storiesPerSecond!).toLocaleString("en-US")} stories/s, extraction included).`),
      "- Both databases are SQLite working copies; scenarios that write run last.",
      "",
    );
  }
  const body = ordered.map((s) => renderScenario(results.get(s)!, labels));
  // In the order of the list, not of execution.
  const inListOrder = SCENARIOS.filter((s) => results.has(s)).map((s) => body[ordered.indexOf(s)]!);
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, [...header, ...inListOrder].join("\n").trimEnd() + "\n");
  log(`• wrote ${path.relative(ROOT, args.out)}`);
}
