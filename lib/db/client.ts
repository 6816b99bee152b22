import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../../generated/postgres/client";
import { resolveDatabase, type DatabaseTarget } from "./database-url";

// Both generated clients come from the same models (prisma/postgres is derived from the SQLite
// schema), so one type serves both.
export type Db = SqliteClient;

export type Dialect = DatabaseTarget["kind"];

const dialects = new WeakMap<object, Dialect>();

/** Which database a client talks to, for the few queries that differ (full text, mostly). */
export function dialectOf(db: Db): Dialect {
  return dialects.get(db) ?? "sqlite";
}

export function createDb(target: DatabaseTarget = resolveDatabase()): Db {
  if (target.kind === "postgres") {
    const db = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
    dialects.set(db, "postgres");
    return db;
  }
  fs.mkdirSync(path.dirname(target.file), { recursive: true });
  const db = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: target.url }) });
  dialects.set(db, "sqlite");
  return db;
}

const globalForDb = globalThis as unknown as { __zjmapDb?: Db };

/** One client per process (Next's dev server reloads modules; the global keeps a single pool). */
export function getDb(): Db {
  globalForDb.__zjmapDb ??= createDb();
  return globalForDb.__zjmapDb;
}
