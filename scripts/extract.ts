// `npm run --silent extract -- FILE [--single]`: prints the extraction contract (DESIGN.md) as one
// JSON document on stdout and nothing else; errors go to stderr with a non-zero exit.
import { parseArgs } from "node:util";
import { InputError } from "@/lib/ingest/input-check";
import { extractDocument } from "@/lib/ingest/pipeline";
import { readPageFile } from "@/lib/ingest/read-page";

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
  try {
    const doc = extractDocument(readPageFile(file), { single: args.values.single });
    process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
  } catch (e) {
    if (e instanceof InputError) fail(`${file}: ${e.message}`, 1);
    fail(`${file}: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, 1);
  }
}

main();
