import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const ARTIFACTS = path.join(process.cwd(), "e2e/artifacts");

/** Waits until MapLibre reports idle (all sources loaded, nothing animating) with its labels drawn. */
export async function waitForMapIdle(page: Page) {
  await page.waitForFunction(() => window.__map !== undefined && window.__mapIdle === true && window.__map.loaded() && !!window.__map.getLayer("county-label"), null, {
    timeout: 30_000,
  });
}

export async function saveShot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Collects console errors and page errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

export async function expectNoErrors(errors: string[]) {
  expect(errors, errors.join("\n")).toEqual([]);
}
