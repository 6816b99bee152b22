import { ImageResponse } from "next/og";
import { fontsForText, NOTO_SANS_SC_FAMILY, withoutMissing } from "@/lib/og/font-subsets";
import { collectText } from "@/lib/og/og-text";

/** Open Graph / Twitter large card size. */
export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_FONT_FAMILY = NOTO_SANS_SC_FAMILY;

type Clean = (s: string) => string;

/**
 * Draws a card with exactly the Noto Sans SC subsets its text needs. `build` is called with a text
 * filter: if some character has no glyph in the bundled font, the card is rebuilt without it, since
 * satori would otherwise try to download a font (there is no network) and draw an empty box.
 */
export function renderOg(build: (clean: Clean) => React.ReactElement, maxAgeSeconds: number): ImageResponse {
  let tree = build((s) => s);
  const first = fontsForText(collectText(tree).join(""));
  let fonts = first.fonts;
  if (first.missing.length) {
    tree = build((s) => withoutMissing(s, first.missing));
    fonts = fontsForText(collectText(tree).join("")).fonts;
  }
  return new ImageResponse(tree, {
    ...OG_SIZE,
    fonts,
    headers: { "cache-control": `public, max-age=${maxAgeSeconds}` },
  });
}

export function notFoundImage(): Response {
  return new Response("未找到", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
