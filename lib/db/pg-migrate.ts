/**
 * Applies prisma/postgres/migrations to PostgreSQL. Prisma 6.19's JS schema engine cannot describe
 * a PostgreSQL database through @prisma/adapter-pg ("Column type 'name' could not be deserialized",
 * prisma/orm#27403), and the classic engine needs a binary download. The migration files are
 * still the ones `prisma migrate diff` writes; this runner applies each new one in its own
 * transaction (PostgreSQL DDL is transactional) and records its checksum.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const PG_MIGRATIONS_DIR = "prisma/postgres/migrations";

export type PgMigrationResult = { applied: string[]; skipped: string[] };

export async function migratePostgres(url: string, root: string = process.cwd()): Promise<PgMigrationResult> {
  const dir = path.join(root, PG_MIGRATIONS_DIR);
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const result: PgMigrationResult = { applied: [], skipped: [] };
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS "_zjmap_migrations" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const done = new Map(
      (await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "_zjmap_migrations"`)).rows.map((r) => [r.name, r.checksum]),
    );
    for (const name of names) {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const seen = done.get(name);
      if (seen !== undefined) {
        if (seen !== checksum) throw new Error(`migration ${name} was changed after it was applied`);
        result.skipped.push(name);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO "_zjmap_migrations" (name, checksum) VALUES ($1, $2)`, [name, checksum]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed: ${(e as Error).message}`);
      }
      result.applied.push(name);
    }
  } finally {
    await client.end();
  }
  return result;
}
