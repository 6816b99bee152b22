// Development aid: one long-lived extraction process for the devset scorer (scripts/dev/score.py).
// Reads one JSON request per line on stdin, {"path": FILE, "single": bool}, and answers one JSON
// line on stdout, {"out": <extraction document>} or {"err": message}, exactly what
// `npm run --silent extract -- FILE [--single]` would print, without starting Node per file.
import readline from "node:readline";
import { extractDocument } from "@/lib/ingest/pipeline";
import { readPageFile } from "@/lib/ingest/read-page";

const rl = readline.createInterface({ input: process.stdin });
rl.on("line", (line) => {
  let answer: unknown;
  try {
    const req = JSON.parse(line) as { path: string; single?: boolean };
    answer = { out: extractDocument(readPageFile(req.path), { single: !!req.single }) };
  } catch (e) {
    answer = { err: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
});
