/**
 * Fresh SQLite databases with migrations and the gazetteer, for crawler tests and the benchmark.
 * Preparing one takes seconds (migrate deploy, seeding the gazetteer); it is done once per process
 * and copied for each database asked for.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../../db/client";
import { resolveDatabase, type DatabaseTarget } from "../../db/database-url";
import { prepareDatabase } from "../../db/prepare";
import { loadGazetteer, type Gazetteer } from "../../geo/gazetteer";

export type CrawlTestDb = { db: Db; gazetteer: Gazetteer; target: DatabaseTarget; file: string; dir: string; cleanup: () => Promise<void> };

let template: Promise<string> | null = null;

async function prepareTemplate(root: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-crawl-template-"));
  const file = path.join(dir, "template.sqlite");
  const { db } = await prepareDatabase(resolveDatabase({ DATABASE_URL: `file:${file}` }, root), root);
  await db.$disconnect();
  process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  return file;
}

export async function crawlTestDb(root: string = process.cwd()): Promise<CrawlTestDb> {
  template ??= prepareTemplate(root);
  const source = await template;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-crawl-"));
  const file = path.join(dir, "crawl.sqlite");
  fs.copyFileSync(source, file);
  const target = resolveDatabase({ DATABASE_URL: `file:${file}` }, root);
  const db = createDb(target);
  return {
    db,
    gazetteer: loadGazetteer(root),
    target,
    file,
    dir,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
