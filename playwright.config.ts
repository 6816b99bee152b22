import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

// Runs Debian's Chromium (Playwright's own download cannot work offline; see STACK.md).
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  // No retries anywhere: a test that passes only on a second try is a failure. Under CI, Playwright
  // also fails the run on any test it marks flaky (in case retries are ever turned on again).
  retries: 0,
  failOnFlakyTests: !!process.env.CI,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--disable-quic", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } }, testIgnore: /phone\.spec/ },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /phone\.spec/ },
  ],
  webServer: {
    // The production server itself (headers, logs, 405s and shutdown as deployed), not `next start`.
    command: `node --import tsx scripts/server.ts`,
    url: `http://127.0.0.1:${port}/api/ready`,
    // E2E_REUSE=1 runs the specs against a server you started yourself (quicker while developing).
    reuseExistingServer: process.env.E2E_REUSE === "1",
    timeout: 60_000,
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "file:.local/e2e.sqlite",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
  },
});
