/**
 * A PostgreSQL advisory lock around work that must not run twice at once on one database: schema
 * migrations and gazetteer seeding, when two app instances (or two `npm run db:setup`) start
 * together. The lock belongs to a session of its own, so it is released when the work ends or the
 * process dies.
 */
import pg from "pg";

/** Arbitrary but fixed: every copy of this app takes the same lock for setup. */
export const SETUP_LOCK_KEY = 7_236_501_923_412n;

export async function withPgAdvisoryLock<T>(url: string, key: bigint, work: () => Promise<T>, opts: { waitMs?: number } = {}): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Waits for another holder; gives up (with an error) after waitMs rather than hang forever.
    await client.query(`SET lock_timeout = ${Math.max(1, Math.round(opts.waitMs ?? 300_000))}`);
    await client.query("SELECT pg_advisory_lock($1::bigint)", [key.toString()]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [key.toString()]);
    }
  } finally {
    await client.end();
  }
}
