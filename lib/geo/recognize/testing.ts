// Test helpers for the passes: run recognition up to a pass and read what it decided per name.
import { loadGazetteer } from "../gazetteer";
import { runPasses } from ".";
import type { State } from "./types";

export const gaz = loadGazetteer();

/** State after the scan and every pass up to and including `until`. */
export const upTo = (until: string, body: string, title = "", source?: string): State =>
  runPasses(title, body, gaz, source === undefined ? {} : { source }, until);

/** "status" or "status:place name" of every item whose text is `name`, in order. */
export const statusOf = (s: State, name: string): string[] =>
  s.items.filter((i) => i.text === name).map((i) => (i.place ? `${i.status}:${i.place.name}` : i.status));
