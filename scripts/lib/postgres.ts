import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { postgresUnavailable } from "@/lib/db/test-postgres";

/**
 * Makes sure the PostgreSQL integration tests can run: as root on Debian/Ubuntu, installs the
 * distribution's `postgresql` package when the server binaries are missing (the same way Chromium
 * is installed for the browser tests). Returns why they cannot run, or null. Under CI a reason is
 * fatal: the suite must not pass by skipping PostgreSQL.
 */
export function ensurePostgres(log: (s: string) => void, ci: boolean): string | null {
  let reason = postgresUnavailable({});
  if (!reason) return null;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
    log(`• ${reason}: installing Debian's postgresql package (apt-get)`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    let failed: string | null = null;
    for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", "postgresql"]]) {
      if (spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env }).status !== 0) {
        failed = `apt-get ${args.join(" ")} failed`;
        break;
      }
    }
    reason = failed ?? postgresUnavailable({});
  }
  if (reason && ci) throw new Error(`PostgreSQL tests cannot run (${reason}); under CI they must. Install PostgreSQL's server (Debian: apt-get install postgresql).`);
  return reason;
}
