/**
 * Consistent online backups, taken while the app serves and ingests:
 * - SQLite: SQLite's online backup API (through better-sqlite3), which copies a consistent snapshot
 *   under a read lock (writers wait for the copy, a few ms per MB, or it restarts if one got in
 *   between steps). A plain file copy taken during a write can be corrupt.
 * - PostgreSQL: pg_dump's custom format, taken in one repeatable-read snapshot; pg_restore puts it
 *   back in one transaction.
 * Each backup is written to a temporary file and renamed into place, so FILE is whole or absent.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { DatabaseTarget } from "../db/database-url";

const SQLITE_MAGIC = "SQLite format 3\0";
const PGDUMP_MAGIC = "PGDMP";

export class BackupError extends Error {}

/** Pages per backup step: all of them (see backupDatabase). */
const ALL_PAGES = 2 ** 30;

export type BackupKind = "sqlite" | "pg_dump";

/** What kind of backup a file holds, from its first bytes. */
export function backupKindOf(file: string): BackupKind | null {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    if (head.toString("latin1") === SQLITE_MAGIC) return "sqlite";
    if (head.subarray(0, 5).toString("latin1") === PGDUMP_MAGIC) return "pg_dump";
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

/** pg_dump / pg_restore: on PATH, else the newest PostgreSQL installed under /usr/lib/postgresql. */
export function pgTool(name: "pg_dump" | "pg_restore"): string {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    const p = path.join(dir, name);
    if (dir && fs.existsSync(p)) return p;
  }
  const base = "/usr/lib/postgresql";
  if (fs.existsSync(base)) {
    const versions = fs.readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const p = path.join(base, v, "bin", name);
      if (fs.existsSync(p)) return p;
    }
  }
  throw new BackupError(`${name} not found: install the PostgreSQL client tools (Debian: apt-get install postgresql-client)`);
}

function tempNextTo(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
}

function runTool(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: "utf8", env: { ...process.env, PGCONNECT_TIMEOUT: process.env.PGCONNECT_TIMEOUT ?? "10" } });
  if (r.status !== 0) throw new BackupError(`${path.basename(cmd)} failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.stdout || "").trim().slice(0, 2000)}`);
}

/** Checks a SQLite file is a whole database (integrity_check) holding this app's tables. */
function checkSqliteFile(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new BackupError(`${file} failed SQLite's integrity check: ${String(result)}`);
    const t = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'Source'`).get();
    if (!t) throw new BackupError(`${file} is an SQLite database but not one of this app's (no Source table)`);
  } finally {
    db.close();
  }
}

export type BackupResult = { file: string; kind: BackupKind; bytes: number };

export async function backupDatabase(target: DatabaseTarget, file: string): Promise<BackupResult> {
  const out = path.resolve(file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = tempNextTo(out);
  try {
    if (target.kind === "sqlite") {
      if (!fs.existsSync(target.file)) throw new BackupError(`no database at ${target.file}`);
      const db = new Database(target.file, { readonly: true, fileMustExist: true, timeout: 30_000 });
      try {
        // Copied in one step after the first: a step-by-step copy restarts whenever another
        // process writes in between, and under a steady ingest it would never finish.
        await db.backup(tmp, { progress: () => ALL_PAGES });
      } finally {
        db.close();
      }
      checkSqliteFile(tmp);
    } else {
      runTool(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", "--file", tmp, "--dbname", target.url]);
    }
    fs.renameSync(tmp, out);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return { file: out, kind: target.kind === "sqlite" ? "sqlite" : "pg_dump", bytes: fs.statSync(out).size };
}

/**
 * Replaces the database's contents with a backup's. SQLite: the backup API copies the file into the
 * database in one exclusive step (readers see the old or the new database, never a mix).
 * PostgreSQL: pg_restore --clean in a single transaction. Stop the app first in production: its
 * caches hold the old data until it restarts.
 */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<void> {
  const src = path.resolve(file);
  if (!fs.existsSync(src)) throw new BackupError(`no backup file at ${src}`);
  const kind = backupKindOf(src);
  if (target.kind === "sqlite") {
    if (kind !== "sqlite") throw new BackupError(`${src} is not an SQLite backup${kind ? ` (it is a ${kind} file: restore it into PostgreSQL)` : ""}`);
    checkSqliteFile(src);
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const db = new Database(src, { readonly: true, fileMustExist: true });
    try {
      await db.backup(target.file, { progress: () => ALL_PAGES });
    } finally {
      db.close();
    }
    return;
  }
  if (kind !== "pg_dump") throw new BackupError(`${src} is not a pg_dump custom-format backup${kind ? ` (it is an ${kind} file: restore it into SQLite)` : ""}`);
  runTool(pgTool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", target.url, src]);
}
