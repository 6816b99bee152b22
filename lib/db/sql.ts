/**
 * Raw SQL for the read side, written once for both databases: Prisma's sql template binds values
 * as ? on SQLite and $n on PostgreSQL; identifiers are double-quoted (valid on both).
 */
import { Prisma } from "../../generated/sqlite/client";
import type { Db } from "./client";

export type Sql = Prisma.Sql;
export const sql = Prisma.sql;
export const join = Prisma.join;
export const raw = Prisma.raw;
export const empty = Prisma.empty;

/** Counts and sums come back as bigint on PostgreSQL and sometimes on SQLite: plain numbers here. */
export function num(v: unknown): number {
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number") return v;
  if (typeof v === "string") return Number(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v && typeof v === "object" && "toNumber" in v) return (v as { toNumber(): number }).toNumber();
  return 0;
}

export function query<T>(db: Db, q: Sql): Promise<T[]> {
  return db.$queryRaw<T[]>(q);
}

/** The newest-first sort key of an article: its date, undated ones last (they sort as ''). */
export const DATE_KEY = (alias: string) => raw(`COALESCE(${alias}."publishedOn", '')`);
