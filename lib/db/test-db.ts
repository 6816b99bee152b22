/** Test helper: a fresh, migrated database (SQLite file in a temp dir, or a given PostgreSQL URL). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "./client";
import { resolveDatabase, type DatabaseTarget } from "./database-url";
import { applyMigrations } from "./migrate";

export async function tempSqliteDb(): Promise<{ db: Db; target: DatabaseTarget; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-test-"));
  const target = resolveDatabase({ DATABASE_URL: `file:${path.join(dir, "test.sqlite")}` });
  await applyMigrations(target);
  const db = createDb(target);
  return {
    db,
    target,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
