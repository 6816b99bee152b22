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
  // Only the camera matters here: loaded, labelled and at rest (not waiting for every pin).
  await page.waitForFunction(() => !!window.__map?.loaded() && !window.__map.isMoving() && !!window.__map.getLayer("county-label"), null, { timeout: 60_000 });
  // The map runs under the sheet; the province must be in the part above it. A link once opened
  // centred near 16°N with Zhejiang off screen.
  const sheetTop = (await page.getByTestId("panel").boundingBox())!.y;
  const canvas = (await page.locator("canvas.maplibregl-canvas").boundingBox())!;
  for (const [name, lon, lat] of [
    ["Hangzhou", 120.2, 30.25],
    ["Wenzhou", 120.7, 28.0],
    ["Quzhou", 118.87, 28.94],
    ["Zhoushan", 122.2, 30.0],
  ] as const) {
    const p = await page.evaluate(([lon, lat]) => window.__map!.project([lon!, lat!]), [lon, lat]);
    expect(p.x, name).toBeGreaterThan(0);
    expect(p.x, name).toBeLessThan(canvas.width);
    expect(canvas.y + p.y, name).toBeGreaterThan(canvas.y);
    expect(canvas.y + p.y, name).toBeLessThan(sheetTop);
  }
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
