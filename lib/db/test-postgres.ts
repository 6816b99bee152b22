/**
 * Test helper: a throwaway PostgreSQL cluster from the machine's server binaries (initdb, pg_ctl).
 * initdb refuses to run as root, so as root the cluster runs as the `postgres` system user.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type TempPostgres = { url: string; stop: () => void };

function which(cmd: string): string | null {
  const dirs = [...(process.env.PATH ?? "").split(":"), "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"];
  for (const d of dirs) {
    const p = path.join(d, cmd);
    if (d && fs.existsSync(p)) return p;
  }
  return null;
}

/**
 * Why PostgreSQL tests cannot run here, or null when they can. Under CI (CI=true) they must run:
 * instead of a reason to skip, this throws, so the test file fails (CI cannot pass by skipping).
 */
export function postgresUnavailable(env: Record<string, string | undefined> = process.env): string | null {
  const reason = whyNoPostgres();
  if (reason && isCi(env)) throw new Error(`PostgreSQL tests must run under CI, but cannot: ${reason}`);
  return reason;
}

export function isCi(env: Record<string, string | undefined> = process.env): boolean {
  return !!env.CI && env.CI !== "false" && env.CI !== "0";
}

function whyNoPostgres(): string | null {
  if (!which("initdb") || !which("pg_ctl")) return "PostgreSQL server binaries (initdb, pg_ctl) not found";
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync("id", ["postgres"]).status !== 0) return "running as root and there is no `postgres` user to own the cluster";
  return null;
}

/**
 * Several checkouts and several test files may each start a cluster at once, so the port is picked
 * at random from a high range (or fixed by ZJ_TEST_PG_PORT) and another is tried when it is taken.
 */
export function startTempPostgres(port?: number): TempPostgres {
  const fixed = port ?? (process.env.ZJ_TEST_PG_PORT ? Number(process.env.ZJ_TEST_PG_PORT) : undefined);
  let lastError: unknown;
  for (let attempt = 0; attempt < (fixed ? 1 : 6); attempt++) {
    const p = fixed ?? 54330 + Math.floor(Math.random() * 2000);
    try {
      return startOnPort(p);
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError;
}

function startOnPort(port: number): TempPostgres {
  const initdb = which("initdb")!;
  const pgCtl = which("pg_ctl")!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-pg-"));
  const data = path.join(dir, "data");
  const isRoot = process.getuid?.() === 0;
  if (isRoot) spawnSync("chown", ["-R", "postgres", dir]);
  const asOwner = (args: string[]) => {
    const r = isRoot
      ? spawnSync("su", ["postgres", "-s", "/bin/sh", "-c", args.map((a) => `'${a}'`).join(" ")], { encoding: "utf8" })
      : spawnSync(args[0]!, args.slice(1), { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  };
  asOwner([initdb, "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"]);
  try {
    asOwner([pgCtl, "-D", data, "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, "-l", path.join(dir, "log"), "-w", "start"]);
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        asOwner([pgCtl, "-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
