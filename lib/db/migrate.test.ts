import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pendingSqliteMigrations, SQLITE_MIGRATIONS_DIR } from "./migrate";
import { tempSqliteDb } from "./test-db";

describe("SQLite migrations", () => {
  it("lists every migration for a missing database and none once applied", async () => {
    const all = fs.readdirSync(SQLITE_MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(pendingSqliteMigrations(path.join(os.tmpdir(), "zjmap-no-such.sqlite"))).toEqual(all);
    const { target, cleanup } = await tempSqliteDb();
    try {
      expect(pendingSqliteMigrations(target.kind === "sqlite" ? target.file : "")).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});
