import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { z } from "zod";

const rowSchema = z.object({
  adcode: z.string().regex(/^33\d{4}$/),
  name: z.string().min(1),
  population_2020: z.coerce.number().int().positive(),
});

export const POPULATION_FILE = "data/ref/zhejiang-county-population-2020.csv";

/** 2020 census resident population by county adcode (data/ref, sources per row in the CSV). */
export function loadCountyPopulation(root: string = process.cwd()): Map<string, number> {
  const text = fs.readFileSync(path.join(root, POPULATION_FILE), "utf8");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${POPULATION_FILE}: ${parsed.errors[0]?.message}`);
  const out = new Map<string, number>();
  for (const [i, raw] of parsed.data.entries()) {
    const row = rowSchema.safeParse(raw);
    if (!row.success) throw new Error(`${POPULATION_FILE} row ${i + 2}: ${row.error.issues[0]?.message}`);
    out.set(row.data.adcode, row.data.population_2020);
  }
  return out;
}
