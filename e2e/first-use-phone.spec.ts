import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { saveShot, waitForMapIdle } from "./helpers";

// Issue 15 on a phone (the "phone" project: Pixel 7, touch). axe takes seconds on a busy machine.
test.describe.configure({ timeout: 180_000 });

test("a first visit on a phone: the intro, the map and the sheet pass axe", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  await expect(page.getByTestId("intro")).toBeVisible();
  await saveShot(page, "first-visit-phone");
  await expectNoAxeViolations(page, "phone home (zh)");
  await page.goto("/?lang=en");
  await waitForMapIdle(page);
  await expectNoAxeViolations(page, "phone home (en)");
});

test("a shared compare link opens centred on Zhejiang", async ({ page }) => {
  await page.goto("/?view=compare&compare=330102,330108&measure=people");
  await waitForMapIdle(page);
  const c = await page.evaluate(() => window.__map!.getCenter().toArray());
  expect(c[0]).toBeGreaterThan(118);
  expect(c[0]).toBeLessThan(123.2);
  expect(c[1]).toBeGreaterThan(27);
  expect(c[1]).toBeLessThan(31.2);
  // The province is on screen above the sheet: Hangzhou's centre is projected inside the map.
  const p = await page.evaluate(() => window.__map!.project([120.2, 30.25]));
  const canvas = await page.locator("canvas.maplibregl-canvas").boundingBox();
  expect(p.x).toBeGreaterThan(0);
  expect(p.x).toBeLessThan(canvas!.width);
  expect(p.y).toBeGreaterThan(0);
  await saveShot(page, "phone-compare-link");
  await expectNoAxeViolations(page, "phone compare");
});

test("a tap leaves no tooltip behind", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  const canvas = (await page.locator("canvas.maplibregl-canvas").boundingBox())!;
  const pt = await page.evaluate(() => window.__map!.project([118.42, 29.14]));
  await page.touchscreen.tap(canvas.x + pt.x, canvas.y + pt.y);
  await expect(page.getByTestId("county-panel")).toBeVisible();
  await waitForMapIdle(page);
  await expect(page.getByTestId("map-tooltip")).toHaveCount(0);
});
