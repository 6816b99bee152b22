import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../../generated/postgres/client";
import { resolveDatabase, type DatabaseTarget } from "./database-url";
import { ServerSqliteAdapter } from "./sqlite";

// Both generated clients come from the same models (prisma/postgres is derived from the SQLite
// schema), so one type serves both.
export type Db = SqliteClient;

export type Dialect = DatabaseTarget["kind"];

const targets = new WeakMap<Db, DatabaseTarget>();

/** Which database a client talks to, for the few queries that differ (full text, mostly). */
export function dialectOf(db: Db): Dialect {
  return targets.get(db)?.kind ?? "sqlite";
}

export function createDb(target: DatabaseTarget = resolveDatabase()): Db {
  let db: Db;
  if (target.kind === "postgres") {
    db = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
  } else {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    db = new SqliteClient({ adapter: new ServerSqliteAdapter(target.url) });
  }
  targets.set(db, target);
  return db;
}

/** The database a client made by createDb talks to (the bulk writer opens its own SQLite connection to it). */
export function targetOf(db: Db): DatabaseTarget | undefined {
  return targets.get(db);
}

const globalForDb = globalThis as unknown as { __zjmapDb?: Db };

/** One client per process (Next's dev server reloads modules; the global keeps a single pool). */
export function getDb(): Db {
  globalForDb.__zjmapDb ??= createDb();
  return globalForDb.__zjmapDb;
}
