import { expect, test } from "@playwright/test";
import { expectNoErrors, saveShot, waitForMapIdle, watchErrors } from "./helpers";

test("the home page draws Zhejiang's 90 county polygons from local data", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/");
  await waitForMapIdle(page);

  const drawn = await page.evaluate(() => {
    const map = window.__map!;
    const codes = new Set(map.queryRenderedFeatures({ layers: ["county-fill"] }).map((f) => String(f.properties?.adcode)));
    return codes.size;
  });
  expect(drawn).toBe(90);

  // Not a blank canvas: sample the WebGL canvas and expect several distinct colours.
  const distinct = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = window.__map!;
        // Read the WebGL canvas inside the render event, while its drawing buffer is still valid.
        map.once("render", () => {
          const copy = document.createElement("canvas");
          copy.width = 64;
          copy.height = 64;
          const ctx = copy.getContext("2d")!;
          ctx.drawImage(map.getCanvas(), 0, 0, 64, 64);
          const data = ctx.getImageData(0, 0, 64, 64).data;
          const colours = new Set<string>();
          for (let i = 0; i < data.length; i += 4) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
          resolve(colours.size);
        });
        map.triggerRepaint();
      }),
  );
  expect(distinct).toBeGreaterThan(5);

  await saveShot(page, "home-map");
  await expectNoErrors(errors);
});
