/**
 * The key that signs session cookies. From ZJ_AUTH_SECRET (or better-auth's own BETTER_AUTH_SECRET)
 * when set, which several instances behind one address must share; otherwise made once and kept in
 * .local/auth-secret (git-ignored, readable by its owner only), so `npm start` needs no setup and a
 * restart keeps everyone signed in.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const SECRET_FILE = ".local/auth-secret";
const MIN_LENGTH = 32;

export function authSecret(env: Record<string, string | undefined> = process.env, root: string = process.cwd()): string {
  const given = env.ZJ_AUTH_SECRET?.trim() || env.BETTER_AUTH_SECRET?.trim();
  if (given) {
    if (given.length < MIN_LENGTH) throw new Error(`ZJ_AUTH_SECRET must be at least ${MIN_LENGTH} characters`);
    return given;
  }
  const file = path.join(root, SECRET_FILE);
  try {
    const kept = fs.readFileSync(file, "utf8").trim();
    if (kept.length >= MIN_LENGTH) return kept;
  } catch {
    // not made yet
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": two processes starting at once must not each write a different key.
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    return fs.readFileSync(file, "utf8").trim();
  }
}
