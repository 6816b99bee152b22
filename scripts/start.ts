// `npm start`: migrate and seed the embedded database if needed, build if the sources changed,
// then serve the app in this same process (scripts/server.ts), so SIGTERM or Ctrl-C reaches the
// server itself: requests in flight finish, the database is closed, and nothing is left running.
import { setupDatabase } from "./db-setup";
import { buildIfStale } from "./lib/run";
import { serveUntilSignalled, serverOptionsFromEnv } from "./server";

async function main() {
  const options = serverOptionsFromEnv();
  await setupDatabase({ log: console.log });
  buildIfStale();
  (process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
  console.log(`• serving http://localhost:${options.port}`);
  await serveUntilSignalled(options);
}

main().catch((err) => {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
