// `npm run user` and `npm run reextract` as an operator runs them, on a fresh SQLite file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runScript } from "./cli-test-helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-user-"));
const env = { DATABASE_URL: `file:${path.join(dir, "db.sqlite")}`, ZJ_AUTH_SECRET: "test-secret-for-the-user-cli-tests-0123456789" };

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run user", { timeout: 240_000 }, () => {
  it("adds, lists and removes accounts; the password comes from ZJ_PASSWORD", () => {
    const add = runScript("user.ts", ["add", "Chief@Example.org", "--role", "admin"], { ...env, ZJ_PASSWORD: "a long password" });
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toContain("added chief@example.org (admin)");
    expect(runScript("user.ts", ["add", "chief@example.org"], { ...env, ZJ_PASSWORD: "a long password" })).toMatchObject({ code: 1, stderr: expect.stringContaining("already has an account") });
    expect(runScript("user.ts", ["add", "short@example.org"], { ...env, ZJ_PASSWORD: "short" })).toMatchObject({ code: 1, stderr: expect.stringContaining("at least 10") });
    const list = runScript("user.ts", ["list"], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/chief@example\.org\tadmin/);
    expect(runScript("user.ts", ["remove", "chief@example.org"], env).code).toBe(0);
    expect(runScript("user.ts", ["remove", "chief@example.org"], env)).toMatchObject({ code: 1, stderr: expect.stringContaining("no account") });
  });

  it("asks for a password only on a terminal, and explains its usage", () => {
    const noTty = runScript("user.ts", ["add", "x@example.org"], { ...env, ZJ_PASSWORD: "" });
    expect(noTty.code).toBe(1);
    expect(noTty.stderr).toContain("set ZJ_PASSWORD");
    expect(runScript("user.ts", [], env).code).toBe(2);
    expect(runScript("user.ts", ["add", "x@example.org", "--role", "owner"], env).code).toBe(2);
  });
});

describe("npm run reextract", { timeout: 240_000 }, () => {
  it("re-extracts the stored pages (the seed page) and reports each", () => {
    const r = runScript("reextract.ts", [], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/page\(s\) re-extracted, 0 failed, 0 correction\(s\) to review/);
    expect(runScript("reextract.ts", ["0123456789abcdef"], env).code).toBe(1);
  });
});
