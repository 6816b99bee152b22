// `npm test`: every check the project has, in the order that fails fastest: types, lint, unit and
// integration tests (vitest, real SQLite and PostgreSQL databases), then end-to-end tests in a real
// Chromium against a production build (Playwright). Exits non-zero on the first failure.
import path from "node:path";
import { resolveDatabase } from "@/lib/db/database-url";
import { removeSqliteFiles } from "@/lib/db/sqlite";
import { setupDatabase } from "./db-setup";
import { isCi } from "@/lib/db/test-postgres";
import { ensureChromium } from "./lib/chromium";
import { ensurePostgres } from "./lib/postgres";
import { bin, buildIfStale, quietEnv, ROOT, run } from "./lib/run";

export const E2E_DB_FILE = ".local/e2e.sqlite";
// E2E_PORT lets two checkouts run their browser tests side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

async function main() {
  const step = (s: string) => console.log(`\n▶ ${s}`);
  const ci = isCi();
  const chromium = ensureChromium((s) => console.log(s));
  console.log(`• Chromium: ${chromium}`);
  // Under CI the PostgreSQL suite must run: missing binaries are installed or the run fails.
  const noPostgres = ensurePostgres((s) => console.log(s), ci);
  console.log(noPostgres ? `• PostgreSQL tests will be skipped: ${noPostgres}` : "• PostgreSQL: server binaries found");

  step("type check (tsc)");
  run(bin("tsc"), ["--noEmit", "-p", "."]);
  step("lint (eslint)");
  run(bin("eslint"), [".", "--max-warnings=0"]);
  // Built before the integration tests: the server tests (scripts/server.test.ts) run the build.
  step("production build");
  buildIfStale();
  step("unit and integration tests (vitest)");
  run(bin("vitest"), ["run"]);

  step("end-to-end tests (Playwright, production build)");
  // A fresh database for every run, so the browser tests see exactly the seed page.
  const dbFile = path.join(ROOT, E2E_DB_FILE);
  removeSqliteFiles(dbFile);
  const target = resolveDatabase({ DATABASE_URL: `file:${dbFile}` }, ROOT);
  await setupDatabase({ target, log: (s) => console.log(s) });
  run(
    bin("playwright"),
    ["test"],
    quietEnv({ CHROMIUM_PATH: chromium, DATABASE_URL: target.url, E2E_PORT: String(E2E_PORT) }),
  );
  console.log("\n✔ all tests passed");
}

main().catch((err) => {
  console.error(`\n✘ npm test failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
