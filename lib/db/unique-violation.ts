/**
 * True for a unique-constraint violation, however it reaches us: Prisma's P2002 (SQLite and
 * PostgreSQL through the driver adapters), or the driver's own error (SQLITE_CONSTRAINT_UNIQUE,
 * PostgreSQL's 23505) when it escapes unwrapped.
 */
export function isUniqueViolation(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const err = e as { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  if (err.code === "P2002" || err.code === "23505" || err.code === "SQLITE_CONSTRAINT_UNIQUE" || err.code === "SQLITE_CONSTRAINT_PRIMARYKEY") return true;
  if (err.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation") return true;
  if (typeof err.message === "string" && /Unique constraint failed|UNIQUE constraint failed|duplicate key value violates unique constraint/.test(err.message)) return true;
  return err.cause !== undefined && err.cause !== e && isUniqueViolation(err.cause);
}
