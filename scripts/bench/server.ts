import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { NEXT_BIN, quietEnv, ROOT } from "../lib/run";
import type { BenchServer } from "./types";

/** Process ids of a process and all its descendants (Next may fork workers). */
function tree(pid: number): number[] {
  const out = [pid];
  for (const task of safeReaddir(`/proc/${pid}/task`)) {
    const children = safeRead(`/proc/${pid}/task/${task}/children`).trim();
    if (children) for (const c of children.split(/\s+/)) out.push(...tree(Number(c)));
  }
  return out;
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function safeRead(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** A /proc/PID/status field in bytes (VmRSS, VmHWM), 0 when the process is gone. */
function statusBytes(pid: number, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(safeRead(`/proc/${pid}/status`));
  return m ? Number(m[1]) * 1024 : 0;
}

export type RunningServer = BenchServer & { stop(): Promise<void> };

/**
 * `next start` on the given database, answering /api/health, or an error with the reason. Its
 * output goes to `logFile`, so a crash under load can be read afterwards.
 */
export async function startBenchServer(port: number, databaseUrl: string, logFile: string): Promise<RunningServer> {
  const log = fs.openSync(logFile, "a");
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    // 100 readers share the loopback address: it is not rate-limited here (every other address is).
    env: quietEnv({ DATABASE_URL: databaseUrl, SITE_URL: `http://127.0.0.1:${port}`, RATE_LIMIT_EXEMPT_LOOPBACK: "1" }),
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  const origin = `http://127.0.0.1:${port}`;
  let exited: number | string | null | undefined;
  child.on("exit", (code, signal) => (exited = code ?? signal));
  const stop = async () => {
    if (exited !== undefined) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await gone;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`next start exited with ${exited} (is port ${port} free?)`);
    try {
      const res = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error("next start did not answer /api/health within 120 s");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const pid = child.pid!;
  return {
    origin,
    pid,
    exited: () => (exited === undefined ? null : `next start exited (${exited}); its output is in ${logFile}`),
    rss: () => tree(pid).reduce((s, p) => s + statusBytes(p, "VmRSS"), 0),
    peakRss: () => tree(pid).reduce((s, p) => s + statusBytes(p, "VmHWM"), 0),
    stop,
  };
}
