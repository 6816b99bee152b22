import fs from "node:fs/promises";
import path from "node:path";
import { GEO_LAYERS, isGeoLayer } from "@/lib/map/geo-layers";

// Boundaries come only from data/geo (no tile server); prerendered at build time.
export const dynamic = "force-static";
// Only the layers listed at build time exist: any other name is a 404, never rendered and cached.
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(GEO_LAYERS).map((layer) => ({ layer }));
}

export async function GET(_req: Request, ctx: { params: Promise<{ layer: string }> }) {
  const { layer } = await ctx.params;
  if (!isGeoLayer(layer)) return Response.json({ error: `unknown layer ${layer}` }, { status: 404 });
  const body = await fs.readFile(path.join(process.cwd(), "data/geo", GEO_LAYERS[layer]), "utf8");
  return new Response(body, {
    headers: { "content-type": "application/geo+json; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
}
