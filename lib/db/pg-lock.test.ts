import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SETUP_LOCK_KEY, withPgAdvisoryLock } from "./pg-lock";
import { postgresUnavailable, startTempPostgres, type TempPostgres } from "./test-postgres";

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`PostgreSQL lock tests skipped: ${unavailable}`);

function dbSetup(url: string) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db-setup.ts"], { env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe.skipIf(unavailable !== null)("setup on PostgreSQL under an advisory lock", () => {
  let server: TempPostgres;
  beforeAll(() => {
    server = startTempPostgres();
  });
  afterAll(() => server?.stop());

  it("runs the work of two holders one after the other", async () => {
    const order: string[] = [];
    const work = (name: string) => async () => {
      order.push(`${name} start`);
      await new Promise((r) => setTimeout(r, 300));
      order.push(`${name} end`);
    };
    await Promise.all([withPgAdvisoryLock(server.url, 42n, work("a")), withPgAdvisoryLock(server.url, 42n, work("b"))]);
    expect(order[1]).toMatch(/end$/);
    expect(order[3]).toMatch(/end$/);
  });

  it("lets two `npm run db:setup` on an empty database both succeed", async () => {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query("CREATE DATABASE twosetups");
    await admin.end();
    const url = server.url.replace(/\/postgres$/, "/twosetups");
    const [a, b] = await Promise.all([dbSetup(url), dbSetup(url)]);
    expect([a.code, b.code], `${a.out}\n---\n${b.out}`).toEqual([0, 0]);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const n = async (sql: string) => Number((await c.query<{ n: string }>(sql)).rows[0]!.n);
      expect(await n(`SELECT count(*) AS n FROM "Place"`)).toBe(1488);
      expect(await n(`SELECT count(*) AS n FROM "Source"`)).toBe(1);
      expect(await n(`SELECT count(*) AS n FROM "Article"`)).toBe(11);
      // The lock is released: another session can take it at once.
      const got = await c.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS ok", [SETUP_LOCK_KEY.toString()]);
      expect(got.rows[0]!.ok).toBe(true);
    } finally {
      await c.end();
    }
    // One of the two found everything done by the other.
    expect(`${a.out}\n${b.out}`).toMatch(/gazetteer: 0 added/);
  }, 240_000);
});
