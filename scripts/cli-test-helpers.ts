import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");

export function tmpFile(name: string, content: string | Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-cli-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Runs a script the way npm does (tsx), returning exit code and both streams. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
