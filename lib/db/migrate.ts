import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { DatabaseTarget } from "./database-url";
import { migratePostgres } from "./pg-migrate";

export const SQLITE_MIGRATIONS_DIR = "prisma/migrations";

/**
 * Brings a database to the current schema: `prisma migrate deploy` for SQLite; for PostgreSQL our
 * runner over the same kind of migration files (see pg-migrate.ts for why).
 */
export async function applyMigrations(target: DatabaseTarget, root: string = process.cwd()): Promise<void> {
  if (target.kind === "postgres") {
    await migratePostgres(target.url, root);
    return;
  }
  // Prisma's schema engine needs the database to itself on a WAL database (it fails with
  // SocketTimeout while any other connection is open), so it runs only when a migration is
  // pending: an ingest next to a running server must not touch the schema. It also saves the
  // ~3 s the engine takes to start.
  if (pendingSqliteMigrations(target.file, root).length === 0) return;
  const prisma = path.join(root, "node_modules/.bin/prisma");
  const r = spawnSync(prisma, ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: target.url, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`prisma migrate deploy failed (stop the server while migrations are applied):\n${r.stdout}\n${r.stderr}`);
}

/**
 * Migrations in prisma/migrations that the database has not recorded as applied with the same
 * checksum (Prisma's _prisma_migrations table holds the sha256 of each migration.sql).
 */
export function pendingSqliteMigrations(file: string, root: string = process.cwd()): string[] {
  const dir = path.join(root, SQLITE_MIGRATIONS_DIR);
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  if (!fs.existsSync(file)) return names;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    if (!table) return names;
    const done = new Map(
      (
        db.prepare(`SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as {
          name: string;
          checksum: string;
        }[]
      ).map((r) => [r.name, r.checksum]),
    );
    return names.filter((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"));
      return done.get(name) !== createHash("sha256").update(sql).digest("hex");
    });
  } finally {
    db.close();
  }
}
