// Runs the read-path scenarios (scripts/bench/read-path.ts) side by side on the seed database and
// a synthetic 100,000-story database (scripts/dev/grow-db.ts), on a production build.
//   npx tsx scripts/dev/bench-read.ts [--big .local/big.sqlite] [--port 3015]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { resolveDatabase } from "@/lib/db/database-url";
import { setupDatabase } from "../db-setup";
import { READ_PATH_SCENARIOS, type Row } from "../bench/read-path";
import { ensureChromium } from "../lib/chromium";
import { buildIfStale, quietEnv, ROOT, startServer } from "../lib/run";

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : def;
};

async function waitUp(base: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${base} did not start`);
}

async function main() {
  const big = path.resolve(ROOT, arg("big", ".local/big.sqlite"));
  if (!fs.existsSync(big)) throw new Error(`${big} is missing: npx tsx scripts/dev/grow-db.ts --db ${big}`);
  const port = Number(arg("port", "3015"));
  const only = arg("only", "");
  const chromiumPath = ensureChromium(console.log);
  const seedFile = path.join(ROOT, ".local/bench-seed.sqlite");
  for (const f of [seedFile, `${seedFile}-wal`, `${seedFile}-shm`]) fs.rmSync(f, { force: true });
  const seedTarget = resolveDatabase({ DATABASE_URL: `file:${seedFile}` }, ROOT);
  await setupDatabase({ target: seedTarget });
  buildIfStale();
  const servers = [
    startServer(port, quietEnv({ DATABASE_URL: seedTarget.url }), "127.0.0.1", true),
    startServer(port + 1, quietEnv({ DATABASE_URL: `file:${big}` }), "127.0.0.1", true),
  ];
  const rows: Row[] = [];
  try {
    const s = { seed: `http://127.0.0.1:${port}`, big: `http://127.0.0.1:${port + 1}`, chromiumPath };
    await Promise.all([waitUp(s.seed), waitUp(s.big)]);
    const stories = async (b: string) => ((await (await fetch(`${b}/api/stats`)).json()) as { totals: { stories: number } }).totals.stories;
    console.log(`• seed: ${await stories(s.seed)} stories; big: ${await stories(s.big)} stories`);
    for (const sc of READ_PATH_SCENARIOS) {
      if (only && !sc.name.includes(only)) continue;
      console.log(`• ${sc.name}…`);
      const r = await sc.run(s, console.log);
      for (const x of r) console.log(`  ${x.ok ? "✔" : "✘"} ${x.measure}: seed ${x.seed.toFixed(1)} ${x.unit}, 100k ${x.big.toFixed(1)} ${x.unit} (${x.target})`);
      rows.push(...r);
    }
  } finally {
    servers.forEach((p) => p.kill("SIGTERM"));
  }
  const md = [
    "| measure | seed (11 stories) | 100,000 stories | target | met |",
    "|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.measure} | ${r.seed.toFixed(1)} ${r.unit} | ${r.big.toFixed(1)} ${r.unit} | ${r.target} | ${r.ok ? "yes" : "no"} |`),
  ].join("\n");
  console.log(`\n${md}`);
  const load = os.loadavg()[0]!.toFixed(1);
  const doc = `# Read path at province scale (issue 10)

Written by \`npx tsx scripts/dev/bench-read.ts\` on ${new Date().toISOString().slice(0, 10)} (${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, load average ${load} at the end).
Two production servers run side by side: one on the seed page (11 stories), one on 100,000 synthetic
stories (\`scripts/dev/grow-db.ts\`: the seed's articles re-placed at real townships, dates over five
years). Latencies are whole HTTP requests from a client on the same machine; "first request" is the
first for that county or query since the server started (its caches cold), "repeated" three more
rounds. Browser timings are medians of five loads after a warm-up, alternating seed and 100k.

${md}
`;
  fs.writeFileSync(path.join(ROOT, "docs/benchmarks-read-path.md"), doc);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
