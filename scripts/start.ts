// `npm start`: migrate and seed the embedded database if needed, build if the sources changed,
// then serve the app. Every step is idempotent, so a second run reuses the database and build.
import { spawn } from "node:child_process";
import { buildIfStale, NEXT_BIN, quietEnv, ROOT } from "./lib/run";
import { setupDatabase } from "./db-setup";

async function main() {
  await setupDatabase({ log: console.log });
  buildIfStale();
  const port = process.env.PORT ?? "3000";
  const host = process.env.HOST ?? "0.0.0.0";
  console.log(`• serving http://localhost:${port}`);
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", port, "-H", host], {
    cwd: ROOT,
    env: quietEnv(),
    stdio: "inherit",
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((err) => {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
