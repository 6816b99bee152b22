import { spawnSync } from "node:child_process";
import path from "node:path";
import type { DatabaseTarget } from "./database-url";
import { migratePostgres } from "./pg-migrate";

/**
 * Brings a database to the current schema: `prisma migrate deploy` for SQLite; for PostgreSQL our
 * runner over the same kind of migration files (see pg-migrate.ts for why).
 */
export async function applyMigrations(target: DatabaseTarget, root: string = process.cwd()): Promise<void> {
  if (target.kind === "postgres") {
    await migratePostgres(target.url, root);
    return;
  }
  const prisma = path.join(root, "node_modules/.bin/prisma");
  const r = spawnSync(prisma, ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: target.url, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`prisma migrate deploy failed:\n${r.stdout}\n${r.stderr}`);
}
