import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { resolveDatabase } from "./lib/db/database-url";

// The JS schema engine with a driver adapter: no Rust binary is downloaded (see STACK.md).
// Migrations are applied by lib/db/migrate.ts (prisma migrate deploy for SQLite; PostgreSQL has its
// own runner because of prisma/orm#27403). This file serves `prisma generate` and `migrate diff`.
process.env.CHECKPOINT_DISABLE ??= "1";
const target = resolveDatabase();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: target.kind === "postgres" ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  adapter: async () => {
    if (target.kind === "postgres") return new PrismaPg({ connectionString: target.url });
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    return new PrismaBetterSQLite3({ url: target.url });
  },
});
