import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** Environment every child gets: nothing phones home (STACK.md). */
export function quietEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

/** Runs a command to completion with inherited stdio; throws with the command line on failure. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = quietEnv()): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env });
  if (r.status !== 0) {
    throw new Error(`${[cmd, ...args].join(" ")} failed (exit ${r.status ?? r.signal})`);
  }
}

export function bin(name: string): string {
  return path.join(ROOT, "node_modules/.bin", name);
}

/** Node entry point of Next's CLI: started directly so killing it stops the server (STACK.md). */
export const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

/** Newest modification time below the given paths (files or folders). */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p)) if (e !== "node_modules" && !e.startsWith(".")) visit(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach((p) => visit(path.join(ROOT, p)));
  return newest;
}

const BUILD_INPUTS = ["app", "components", "lib", "public", "data/geo", "next.config.ts", "package.json", "tsconfig.json", "prisma/schema.prisma"];

/** True when .next holds a production build newer than every source it was built from. */
export function buildIsFresh(): boolean {
  const id = path.join(ROOT, ".next/BUILD_ID");
  if (!fs.existsSync(id)) return false;
  return fs.statSync(id).mtimeMs >= newestMtime(BUILD_INPUTS);
}

export function buildIfStale(env: NodeJS.ProcessEnv = quietEnv()): void {
  if (buildIsFresh()) {
    console.log("• production build is up to date");
    return;
  }
  console.log("• building the app (next build)");
  run(process.execPath, [NEXT_BIN, "build"], env);
}

/** Starts `next start` as a child process (the caller waits for it to answer and kills it). */
export function startServer(port: number, env: NodeJS.ProcessEnv, host = "127.0.0.1", quiet = false) {
  return spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", host], {
    cwd: ROOT,
    env,
    stdio: quiet ? "ignore" : "inherit",
  });
}
