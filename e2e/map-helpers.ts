import { expect, type Page } from "@playwright/test";
import { waitForMapIdle } from "./helpers";

/** Moves the camera directly (tests only) and waits for the map to settle. */
export async function jumpTo(page: Page, lon: number, lat: number, zoom: number) {
  await page.evaluate(({ lon, lat, zoom }) => window.__map!.jumpTo({ center: [lon, lat], zoom }), { lon, lat, zoom });
  await waitForMapIdle(page);
}

/**
 * A screen point inside a county polygon where nothing else (pins, clusters) is on top, found by
 * asking the map what is rendered there (and that no control covers it); then a real mouse click at that point.
 */
export async function clickCounty(page: Page, adcode: string) {
  const point = await page.evaluate((code) => {
    const map = window.__map!;
    const canvas = map.getCanvas();
    const { width, height } = canvas.getBoundingClientRect();
    for (let y = 20; y < height - 20; y += 6) {
      for (let x = 20; x < width - 20; x += 6) {
        const hits = map.queryRenderedFeatures([x, y], { layers: ["story-clusters", "story-pins", "county-fill"] });
        if (hits.length && hits[0]!.layer.id === "county-fill" && String(hits[0]!.properties?.adcode) === code) {
          const r = canvas.getBoundingClientRect();
          // Skip points under the controls drawn over the map (time control, legend, tools).
          if (document.elementFromPoint(r.left + x, r.top + y) !== canvas) continue;
          return { x: r.left + x, y: r.top + y };
        }
      }
    }
    return null;
  }, adcode);
  expect(point, `no clickable pixel of county ${adcode} in view`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

/** Clicks the map at a longitude/latitude (for pins). */
export async function clickLonLat(page: Page, lon: number, lat: number) {
  const p = await page.evaluate(({ lon, lat }) => {
    const map = window.__map!;
    const pt = map.project([lon, lat]);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + pt.x, y: r.top + pt.y };
  }, { lon, lat });
  await page.mouse.click(p.x, p.y);
}
