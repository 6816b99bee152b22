import fs from "node:fs";
import { decodeInput, InputError } from "./input-check";
import { MAX_INPUT_BYTES } from "./limits";

/** Reads a page file from disk with clear errors for missing, non-regular and oversized files. */
export function readPageFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError("no such file");
  }
  if (!stat.isFile()) throw new InputError("not a regular file");
  if (stat.size > MAX_INPUT_BYTES) {
    throw new InputError(`${(stat.size / 1e6).toFixed(1)} MB; pages larger than ${(MAX_INPUT_BYTES / 1e6).toFixed(1)} MB are refused: split the file`);
  }
  return decodeInput(fs.readFileSync(file));
}
