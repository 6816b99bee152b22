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
    const r = canvas.getBoundingClientRect();
    const isCounty = (x: number, y: number) => {
      const hits = map.queryRenderedFeatures([x, y], { layers: ["story-clusters", "story-pins", "county-fill"] });
      return hits.length > 0 && hits[0]!.layer.id === "county-fill" && String(hits[0]!.properties?.adcode) === code;
    };
    // Skip points under the controls drawn over the map (time control, legend, tools).
    const uncovered = (x: number, y: number) => document.elementFromPoint(r.left + x, r.top + y) === canvas;
    let fallback: { x: number; y: number } | null = null;
    for (let y = 20; y < r.height - 20; y += 6) {
      for (let x = 20; x < r.width - 20; x += 6) {
        if (!isCounty(x, y) || !uncovered(x, y)) continue;
        // Prefer a pixel well inside the county: one on its border may be read as the neighbour's.
        if ([[-5, 0], [5, 0], [0, -5], [0, 5]].every(([dx, dy]) => isCounty(x + dx!, y + dy!))) return { x: r.left + x, y: r.top + y };
        fallback ??= { x: r.left + x, y: r.top + y };
      }
    }
    return fallback;
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
