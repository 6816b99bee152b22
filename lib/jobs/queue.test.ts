// The job queue on SQLite (the embedded default). better-sqlite3 is synchronous, so two clients
// in one process would block each other's transactions: both "instances" share one client here,
// and separate processes are tested through the crawl command (lib/crawl/resume.test.ts).
import { afterAll, beforeAll, describe } from "vitest";
import type { Db } from "../db/client";
import { tempSqliteDb } from "../db/test-db";
import { queueContract } from "./queue-contract";

let a: Db;
let b: Db;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempSqliteDb();
  a = t.db;
  b = t.db;
  cleanup = t.cleanup;
});

afterAll(async () => cleanup?.());

describe("job queue on SQLite", () => {
  queueContract(() => ({ a, b }));
});
