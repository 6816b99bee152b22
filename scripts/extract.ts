// `npm run --silent extract -- FILE [--single] [--date YYYY-MM-DD]`: prints the extraction contract
// (DESIGN.md) as one JSON document on stdout and nothing else: exactly the record `npm run ingest`
// with the same options stores. Errors go to stderr with a non-zero exit.
import { parseArgs } from "node:util";
import { isCalendarDate } from "@/lib/calendar-date";
import { InputError } from "@/lib/ingest/input-check";
import { extractDocument } from "@/lib/ingest/pipeline";
import { readPageFile } from "@/lib/ingest/read-page";

const USAGE = "usage: npm run --silent extract -- FILE [--single] [--date YYYY-MM-DD]";

function fail(message: string, code: number): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

function main() {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { single: { type: "boolean", default: false }, date: { type: "string" } } });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  if (args.positionals.length !== 1) fail(USAGE, 2);
  const date = args.values.date;
  if (date !== undefined && !isCalendarDate(date)) fail(`--date must be a real date as YYYY-MM-DD, got "${date}"`, 2);
  const file = args.positionals[0]!;
  try {
    const doc = extractDocument(readPageFile(file), { single: args.values.single, publishedOn: date ?? null });
    process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
  } catch (e) {
    if (e instanceof InputError) fail(`${file}: ${e.message}`, 1);
    fail(`${file}: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, 1);
  }
}

main();
