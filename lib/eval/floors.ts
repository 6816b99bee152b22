// Floors for the evaluation of every labelled set (lib/eval/floors.json): each figure of each set
// must stay at or above its floor, so a regression fails `npm test`. The floors are the figures
// measured when they were last raised (`npx tsx lib/eval/floors-cli.ts --write`), rounded down.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ratioOf, type Figures } from "./evaluate";
import { PROJECT_ROOT } from "./run-corpus";

export const FLOORS_FILE = path.join(PROJECT_ROOT, "lib", "eval", "floors.json");

const floorsSchema = z
  .object({ about: z.string(), sets: z.record(z.string(), z.record(z.string(), z.number().min(0).max(1))) })
  .strict();

export type Floors = z.infer<typeof floorsSchema>;

export function readFloors(file: string = FLOORS_FILE): Floors {
  return floorsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

/** Figures below their floor, as readable lines ("devset metrics.precision 0.9812 < 0.9900"). */
export function belowFloors(figures: Record<string, Figures>, floors: Floors): string[] {
  const out: string[] = [];
  for (const [set, want] of Object.entries(floors.sets)) {
    const got = figures[set];
    if (!got) continue; // a set that is absent here (the devset outside the team's machines)
    for (const [name, floor] of Object.entries(want)) {
      const f = got[name];
      if (!f) out.push(`${set} ${name}: no such figure`);
      else if (ratioOf(f) < floor) out.push(`${set} ${name} ${ratioOf(f).toFixed(4)} (${f.ok}/${f.total}) < ${floor.toFixed(4)}`);
    }
  }
  return out;
}

/** Floors from measured figures: each ratio rounded down to 4 decimals. */
export function floorsFrom(figures: Record<string, Figures>, about: string): Floors {
  const sets: Floors["sets"] = {};
  for (const [set, figs] of Object.entries(figures)) {
    sets[set] = {};
    for (const [name, f] of Object.entries(figs)) if (f.total > 0) sets[set]![name] = Math.floor(ratioOf(f) * 1e4) / 1e4;
  }
  return { about, sets };
}

export function writeFloors(floors: Floors, file: string = FLOORS_FILE): void {
  writeFileSync(file, `${JSON.stringify(floors, null, 2)}\n`);
}
