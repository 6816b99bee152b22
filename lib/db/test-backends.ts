/**
 * Test helper: the same suite on each database the app supports. SQLite always runs; PostgreSQL
 * runs on a throwaway cluster when the server binaries are on the machine (skipped with the reason
 * otherwise, like lib/db/postgres.test.ts).
 */
import { createDb, type Db } from "./client";
import { resolveDatabase } from "./database-url";
import { applyMigrations } from "./migrate";
import { tempSqliteDb } from "./test-db";
import { postgresUnavailable, startTempPostgres } from "./test-postgres";

export type TestBackend = { name: string; skip: string | null; open: () => Promise<{ db: Db; cleanup: () => Promise<void> }> };

const pgSkip = postgresUnavailable();
if (pgSkip) console.warn(`PostgreSQL runs of the shared suites skipped: ${pgSkip}`);

export const TEST_BACKENDS: TestBackend[] = [
  { name: "SQLite", skip: null, open: () => tempSqliteDb() },
  {
    name: "PostgreSQL",
    skip: pgSkip,
    open: async () => {
      const pg = startTempPostgres();
      try {
        const target = resolveDatabase({ DATABASE_URL: pg.url });
        await applyMigrations(target);
        const db = createDb(target);
        return {
          db,
          cleanup: async () => {
            await db.$disconnect();
            pg.stop();
          },
        };
      } catch (e) {
        pg.stop();
        throw e;
      }
    },
  },
];
