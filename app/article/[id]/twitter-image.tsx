// Same card as opengraph-image.tsx: X (Twitter) reads twitter:image, other apps og:image.
export { default, alt, size, contentType } from "./opengraph-image";

// Route segment config must be a literal in each route file, so it is repeated, not re-exported.
export const dynamic = "force-dynamic";
