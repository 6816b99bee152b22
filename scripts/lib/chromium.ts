import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function playwrightCached(): string[] {
  const base = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), ".cache/ms-playwright");
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base)
    .filter((d) => d.startsWith("chromium"))
    .sort()
    .reverse()
    .flatMap((d) => ["chrome-linux64/chrome", "chrome-linux/chrome", "chrome-headless-shell-linux64/chrome-headless-shell"].map((f) => path.join(base, d, f)));
}

/** A usable Chromium: CHROMIUM_PATH, Debian's, or one Playwright downloaded earlier. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", ...playwrightCached()];
  for (const c of candidates) {
    if (!c || !fs.existsSync(c)) continue;
    const r = spawnSync(c, ["--version"], { encoding: "utf8", timeout: 20_000 });
    if (r.status === 0) return c;
  }
  return null;
}

/**
 * Finds Chromium, or installs Debian's package when running as root on a Debian/Ubuntu machine
 * (Playwright's own download cannot work offline). Otherwise explains what to install.
 */
export function ensureChromium(log: (s: string) => void): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = fs.existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    log("• no Chromium found: installing Debian's chromium package (apt-get)");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    for (const args of [["update", "-qq"], ["install", "-y", "-qq", "chromium"]]) {
      const r = spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed; install Chromium yourself and set CHROMIUM_PATH`);
    }
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    "No usable Chromium for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), " +
      "or point CHROMIUM_PATH at a Chromium/Chrome binary, then run `npm test` again.",
  );
}
