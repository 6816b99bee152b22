/**
 * Accounts, made on the server (`npm run user`) or by an admin at the desk: add, list, remove, set
 * a password. Passwords are hashed by better-auth (scrypt) and stored as its credential account,
 * so its sign-in reads them.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client";
import { getAuth, MIN_PASSWORD } from "./auth";
import { ROLES, type Role } from "./roles";

export class UserError extends Error {}

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("not a valid email address"));
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD, `the password must be at least ${MIN_PASSWORD} characters`)
  .max(128, "the password must be at most 128 characters");

export type UserView = { id: string; email: string; name: string; role: Role; createdAt: Date; sessions: number };

/** Adds an account; `by` (who made it) goes into the desk's log in the same transaction. */
export async function addUser(db: Db, input: { email: string; password: string; role: Role; name?: string }, by = "npm run user"): Promise<UserView> {
  const email = emailSchema.safeParse(input.email);
  if (!email.success) throw new UserError(email.error.issues[0]!.message);
  const password = passwordSchema.safeParse(input.password);
  if (!password.success) throw new UserError(password.error.issues[0]!.message);
  if (!(ROLES as readonly string[]).includes(input.role)) throw new UserError(`the role must be one of ${ROLES.join(", ")}`);
  if (await db.user.findUnique({ where: { email: email.data } })) throw new UserError(`${email.data} already has an account`);
  const ctx = await getAuth(db).$context;
  const hash = await ctx.password.hash(password.data);
  const id = randomUUID();
  const name = input.name?.trim() || email.data.split("@")[0]!;
  try {
    await db.$transaction([
      db.user.create({ data: { id, email: email.data, name, role: input.role, emailVerified: true } }),
      db.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } }),
      db.deskEvent.create({ data: { userEmail: by, action: "user-add", summary: `新建账号 ${email.data}（${input.role}）` } }),
    ]);
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw new UserError(`${email.data} already has an account`);
    throw e;
  }
  return { id, email: email.data, name, role: input.role, createdAt: new Date(), sessions: 0 };
}

export async function listUsers(db: Db): Promise<UserView[]> {
  const rows = await db.user.findMany({ orderBy: { email: "asc" }, include: { _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } } } });
  return rows.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role as Role, createdAt: u.createdAt, sessions: u._count.sessions }));
}

/** Removes an account and its sessions (signed-in browsers are signed out at their next request). */
export async function removeUser(db: Db, email: string, by = "npm run user"): Promise<boolean> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw new UserError(parsed.error.issues[0]!.message);
  return db.$transaction(async (tx) => {
    const r = await tx.user.deleteMany({ where: { email: parsed.data } });
    if (r.count) await tx.deskEvent.create({ data: { userEmail: by, action: "user-remove", summary: `删除账号 ${parsed.data}` } });
    return r.count > 0;
  });
}

export async function setPassword(db: Db, email: string, password: string): Promise<void> {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) throw new UserError(parsed.error.issues[0]!.message);
  const user = await db.user.findUnique({ where: { email: emailSchema.parse(email) } });
  if (!user) throw new UserError(`no account for ${email}`);
  const hash = await (await getAuth(db).$context).password.hash(parsed.data);
  await db.$transaction([
    db.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } }),
    // A new password ends every existing sign-in.
    db.session.deleteMany({ where: { userId: user.id } }),
  ]);
}
