/**
 * Readiness: the database answers, and every migration this build ships has been applied to it.
 * The reason for "not ready" is for the server log only (it may name hosts and tables).
 */
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../db/client";
import type { DatabaseTarget } from "../db/database-url";
import { PG_MIGRATIONS_DIR } from "../db/pg-migrate";

export const SQLITE_MIGRATIONS_DIR = "prisma/migrations";

export type Readiness = { ready: true } | { ready: false; reason: string };

/** Migration folder names the build ships for this kind of database. */
export function shippedMigrations(kind: DatabaseTarget["kind"], root: string = process.cwd()): string[] {
  const dir = path.join(root, kind === "postgres" ? PG_MIGRATIONS_DIR : SQLITE_MIGRATIONS_DIR);
  // Read at run time from the deployed project; not a file the bundler should trace.
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

async function appliedMigrations(db: Db, kind: DatabaseTarget["kind"]): Promise<Set<string>> {
  const rows =
    kind === "postgres"
      ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM "_zjmap_migrations"`)
      : await db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        );
  return new Set(rows.map((r) => r.name));
}

export async function checkReadiness(db: Db, kind: DatabaseTarget["kind"], opts: { root?: string; timeoutMs?: number } = {}): Promise<Readiness> {
  const timeoutMs = opts.timeoutMs ?? 3000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: `database did not answer within ${timeoutMs} ms` }), timeoutMs);
  });
  const check = (async (): Promise<Readiness> => {
    try {
      const applied = await appliedMigrations(db, kind);
      const missing = shippedMigrations(kind, opts.root).filter((m) => !applied.has(m));
      if (missing.length) return { ready: false, reason: `migrations not applied: ${missing.join(", ")}` };
      return { ready: true };
    } catch (e) {
      return { ready: false, reason: `database unreachable or not migrated: ${e instanceof Error ? e.message : String(e)}` };
    }
  })();
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
