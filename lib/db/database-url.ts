import path from "node:path";

export type DatabaseTarget =
  | { kind: "sqlite"; file: string; url: string }
  | { kind: "postgres"; url: string };

/** Where the embedded database lives when DATABASE_URL is not set (git-ignored). */
export const DEFAULT_SQLITE_FILE = ".local/zjmap.sqlite";

/**
 * Reads DATABASE_URL: unset or `file:...` means SQLite (relative paths resolve against the project
 * root), `postgres://` or `postgresql://` means PostgreSQL. Anything else is a configuration error.
 */
export function resolveDatabase(
  env: Record<string, string | undefined> = process.env,
  root: string = process.cwd(),
): DatabaseTarget {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) {
    const file = path.resolve(root, DEFAULT_SQLITE_FILE);
    return { kind: "sqlite", file, url: `file:${file}` };
  }
  if (/^postgres(ql)?:\/\//i.test(raw)) return { kind: "postgres", url: raw };
  if (raw.startsWith("file:")) {
    const file = path.resolve(root, raw.slice("file:".length).replace(/^\/\/(?=\/)/, ""));
    return { kind: "sqlite", file, url: `file:${file}` };
  }
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL); got "${raw.slice(0, 40)}"`,
  );
}
