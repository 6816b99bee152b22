/**
 * Sign-in throttling: failed attempts counted per account and per client address in a fixed window,
 * in the database (AuthThrottle), so the limit holds across processes, instances and restarts.
 * Successful sign-ins do not count, so editors who type their password right are never held up;
 * an account under attack is locked for the rest of the window even for the right password.
 */
import type { Db } from "../db/client";

export type ThrottleRule = { max: number; windowMs: number };

export const SIGN_IN_RULES = {
  /** Wrong passwords for one account. */
  account: { max: 5, windowMs: 15 * 60_000 },
  /** Failed sign-ins from one address, whatever the account (password spraying). */
  address: { max: 20, windowMs: 15 * 60_000 },
} satisfies Record<string, ThrottleRule>;

export type ThrottleKey = { key: string; rule: ThrottleRule };

export function signInKeys(email: string, address: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `sign-in:account:${email.trim().toLowerCase()}`, rule: SIGN_IN_RULES.account }];
  if (address) keys.push({ key: `sign-in:address:${address}`, rule: SIGN_IN_RULES.address });
  return keys;
}

/** Seconds until the first exhausted key opens again, or 0 when none is exhausted. */
export async function throttled(db: Db, keys: ThrottleKey[], now = new Date()): Promise<number> {
  const rows = await db.authThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  let wait = 0;
  for (const k of keys) {
    const r = rows.find((x) => x.key === k.key);
    if (!r) continue;
    const endsAt = r.windowStart.getTime() + k.rule.windowMs;
    if (endsAt > now.getTime() && r.count >= k.rule.max) wait = Math.max(wait, Math.ceil((endsAt - now.getTime()) / 1000));
  }
  return wait;
}

/** Counts one failure against each key (a new window when the last one has passed). */
export async function recordFailure(db: Db, keys: ThrottleKey[], now = new Date()): Promise<void> {
  for (const k of keys) {
    const since = new Date(now.getTime() - k.rule.windowMs);
    await db.$transaction(async (tx) => {
      const r = await tx.authThrottle.findUnique({ where: { key: k.key } });
      if (!r || r.windowStart < since) {
        await tx.authThrottle.upsert({ where: { key: k.key }, create: { key: k.key, count: 1, windowStart: now }, update: { count: 1, windowStart: now } });
      } else {
        await tx.authThrottle.update({ where: { key: k.key }, data: { count: { increment: 1 } } });
      }
    });
  }
}

/** A successful sign-in clears its account's count (not its address's). */
export async function clearAccount(db: Db, email: string): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key: `sign-in:account:${email.trim().toLowerCase()}` } });
}
