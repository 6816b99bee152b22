// Writes prisma/postgres/schema.prisma from prisma/schema.prisma so the two never drift:
// the models are identical, only the datasource and the generated client's folder differ.
// `--check` exits non-zero when the committed file is stale (run by the tests).
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const sqlitePath = path.join(root, "prisma/schema.prisma");
const pgPath = path.join(root, "prisma/postgres/schema.prisma");

export function derivePostgresSchema(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/^\/\/ SQLite schema:[^\n]*\n(\/\/[^\n]*\n)*/, "// GENERATED from prisma/schema.prisma by scripts/sync-postgres-schema.ts: do not edit.\n")
    .replace('output     = "../generated/sqlite"', 'output     = "../../generated/postgres"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:./dev.db"', 'url      = "postgresql://localhost/placeholder"');
  if (!out.includes('"postgresql"') || !out.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma no longer has the expected generator/datasource lines");
  }
  return out;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const expected = derivePostgresSchema(fs.readFileSync(sqlitePath, "utf8"));
  if (process.argv.includes("--check")) {
    const actual = fs.existsSync(pgPath) ? fs.readFileSync(pgPath, "utf8") : "";
    if (actual !== expected) {
      console.error("prisma/postgres/schema.prisma is stale: run `npx tsx scripts/sync-postgres-schema.ts`");
      process.exit(1);
    }
  } else {
    fs.mkdirSync(path.dirname(pgPath), { recursive: true });
    fs.writeFileSync(pgPath, expected);
    console.log("wrote prisma/postgres/schema.prisma");
  }
}
