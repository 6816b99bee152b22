// The extraction contract as a function: spawns `npm run --silent extract -- FILE [--single]`.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT, type Extract } from "./run-corpus";

/** Says why `npm run extract` cannot work yet, or null when it looks runnable. */
export function extractCommandProblem(root: string = PROJECT_ROOT): string | null {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts?: Record<string, string> };
  const script = pkg.scripts?.extract;
  if (!script) return 'package.json has no "extract" script';
  const file = /\b(scripts\/[\w./-]+\.[cm]?[jt]s)\b/.exec(script)?.[1];
  if (file && !existsSync(path.join(root, file))) return `"extract" runs ${file}, which does not exist yet`;
  return null;
}

/** The most telling stderr line: a thrown "XxxError: ..." line if any (stack dumps bury it), else the tail. */
export function errorSummary(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  const thrown = lines.find((l) => /^\w*Error\b.*:/.test(l));
  return thrown ?? (lines.slice(-3).join(" | ") || "(no stderr)");
}

/** Runs the contract command once; resolves to the parsed JSON or rejects with its stderr. */
export const extractViaNpm: Extract = (file, single) =>
  new Promise((resolve, reject) => {
    const argv = ["run", "--silent", "extract", "--", file, ...(single ? ["--single"] : [])];
    const child = spawn("npm", argv, { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      const stderr = Buffer.concat(err).toString("utf8").trim();
      if (code !== 0) return reject(new Error(`exit ${code}: ${errorSummary(stderr)}`));
      const stdout = Buffer.concat(out).toString("utf8");
      try {
        resolve(JSON.parse(stdout));
      } catch {
        reject(new Error(`stdout is not one JSON document (starts "${stdout.slice(0, 60)}")`));
      }
    });
  });

