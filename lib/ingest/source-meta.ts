import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Optional sidecar next to a page: `page.txt` + `page.meta.json` = {"name": "...", "date": "YYYY-MM-DD"}. */
const metaSchema = z.object({
  name: z.string().trim().min(1).max(200),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
  url: z.string().url().nullish(),
  /** pages written by the benchmark corpus generator (lib/synth) */
  synthetic: z.boolean().optional(),
});

export type SourceMeta = { name: string; date: string | null; url: string | null; synthetic: boolean };

export function metaPathFor(file: string): string {
  return file.replace(/\.[^./]+$/, "") + ".meta.json";
}

export function readSourceMeta(file: string): SourceMeta {
  const metaFile = metaPathFor(file);
  const fallback = path.basename(file).replace(/\.[^.]+$/, "");
  if (!fs.existsSync(metaFile)) return { name: fallback, date: null, url: null, synthetic: false };
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(metaFile, "utf8"));
  } catch (e) {
    throw new Error(`${path.basename(metaFile)} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = metaSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${path.basename(metaFile)}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return { name: parsed.data.name, date: parsed.data.date ?? null, url: parsed.data.url ?? null, synthetic: parsed.data.synthetic === true };
}
