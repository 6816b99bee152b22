import { expect, test } from "@playwright/test";
import { saveShot, waitForMapIdle } from "./helpers";
import { clickCounty, jumpTo } from "./map-helpers";

test("on a phone the panel is a bottom sheet and the map stays usable", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  const panel = page.getByTestId("panel");
  const box = (await panel.boundingBox())!;
  const vp = page.viewportSize()!;
  expect(box.y).toBeGreaterThan(vp.height * 0.4);
  expect(box.width).toBeGreaterThan(vp.width * 0.95);
  await saveShot(page, "phone-overview");

  await jumpTo(page, 120.9, 29.45, 8.5);
  await clickCounty(page, "330624");
  await expect(page.getByTestId("county-panel").getByRole("heading", { level: 2 })).toContainText("新昌县");
  await page.getByRole("button", { name: "收起" }).click();
  await expect(page.getByTestId("county-panel")).toBeHidden();
  await page.getByRole("button", { name: "展开" }).click();
  await expect(page.getByTestId("county-panel")).toBeVisible();
  await waitForMapIdle(page);
  await saveShot(page, "phone-county");
});
