import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema } from "./sync-postgres-schema";

describe("prisma/postgres/schema.prisma", () => {
  it("is exactly what the SQLite schema derives to (run scripts/sync-postgres-schema.ts after schema changes)", () => {
    const derived = derivePostgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8"));
    expect(fs.readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(derived);
  });

  it("has one migration folder per SQLite migration", () => {
    const dirs = (p: string) => fs.readdirSync(p, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(dirs("prisma/postgres/migrations")).toEqual(dirs("prisma/migrations"));
  });
});
