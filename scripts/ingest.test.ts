import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/database-url";
import { runScript, tmpFile } from "./cli-test-helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-ingest-"));
const DATABASE_URL = `file:${path.join(dir, "db.sqlite")}`;
const env = { DATABASE_URL };
const db = createDb(resolveDatabase(env));
afterAll(async () => {
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run ingest (command line, real database)", () => {
  it("stores a page into a fresh database, with name and date, and prints progress", () => {
    const r = runScript("ingest.ts", ["data/sources/zhejiang-news-page.txt", "--source", "测试来源", "--date", "2023-08-20"], env);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[1\/1\] zhejiang-news-page\.txt: stored 11 articles/);
  });

  it("changes nothing the second time", async () => {
    const before = await db.metric.count();
    const r = runScript("ingest.ts", ["data/sources/zhejiang-news-page.txt"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/already stored/);
    expect(await db.metric.count()).toBe(before);
    expect(await db.source.count()).toBe(1);
    expect((await db.source.findFirstOrThrow()).publishedOn).toBe("2023-08-20");
  });

  it("reports bad files, keeps going, stores the good ones and writes nothing partial", async () => {
    const good = tmpFile("good.txt", "# 玉环市举办活动\n\n玉环市近日举办活动,300余名群众参加。\n");
    const empty = tmpFile("empty.txt", "");
    const binary = tmpFile("bin.dat", new Uint8Array([0, 1, 2, 3, 0, 255, 0, 7]));
    const r = runScript("ingest.ts", [empty, binary, good, "/nonexistent.txt"], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[1\/4\] empty\.txt: .*\(nothing written\)/);
    expect(r.stderr).toMatch(/\[2\/4\] bin\.dat: /);
    expect(r.stderr).toMatch(/\[4\/4\] nonexistent\.txt: no such file/);
    expect(r.stderr).toMatch(/3 of 4 file\(s\) failed/);
    expect(r.stdout).toMatch(/\[3\/4\] good\.txt: stored 1 articles/);
    expect(await db.source.count()).toBe(2);
  });

  it("rejects an invalid date before writing", async () => {
    const r = runScript("ingest.ts", [tmpFile("d.txt", "# 标题\n\n玉环市新闻。"), "--date", "2023-13-01"], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/date/);
    expect(await db.source.count()).toBe(2);
  });
});
