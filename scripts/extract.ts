// `npm run --silent extract -- FILE [--single]`: prints the extraction contract (DESIGN.md) as one
// JSON document on stdout and nothing else; errors go to stderr with a non-zero exit.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { extractDocument } from "@/lib/ingest/pipeline";
import { decodeInput, InputError } from "@/lib/ingest/input-check";
import { MAX_INPUT_BYTES } from "@/lib/ingest/limits";

const USAGE = "usage: npm run --silent extract -- FILE [--single]";

function fail(message: string, code: number): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

function main() {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { single: { type: "boolean", default: false } } });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  if (args.positionals.length !== 1) fail(USAGE, 2);
  const file = args.positionals[0]!;
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    fail(`cannot read ${file}: no such file`, 1);
  }
  if (!stat.isFile()) fail(`${file} is not a regular file`, 1);
  if (stat.size > MAX_INPUT_BYTES) {
    fail(`${file} is ${(stat.size / 1e6).toFixed(1)} MB; pages larger than ${MAX_INPUT_BYTES / 1e6} MB are refused: split the file`, 1);
  }
  try {
    const text = decodeInput(fs.readFileSync(file));
    const doc = extractDocument(text, { single: args.values.single });
    process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
  } catch (e) {
    if (e instanceof InputError) fail(`${file}: ${e.message}`, 1);
    fail(`${file}: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, 1);
  }
}

main();
