// Corpus evaluation from the command line:
//   npx tsx lib/eval/cli.ts [--corpus DIR] [--only NAME]... [--detail documents|articles|full] [--json] [--no-seed] [--jobs N]
// --corpus picks another corpus directory (default lib/eval/corpus; also lib/eval/corpus2 and lib/eval/corpus3);
// the seed page is scored only with the default corpus. All three invented corpora have been tuned on, so
// today's scores are training figures; only each corpus's first run estimated unseen text (see run-corpus.ts
// and the README, "How good it is"). `npx tsx lib/eval/floors-cli.ts` scores every labelled set at once.
// Each document goes through the real CLI contract, `npm run --silent extract -- FILE [--single]`,
// so what is measured is exactly what outside checks will run.
import { existsSync } from "node:fs";
import { parseArgs } from "./cli-args";
import { formatReport } from "./format";
import { extractCommandProblem, extractViaNpm } from "./npm-extract";
import { PROJECT_ROOT, runCorpus } from "./run-corpus";

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const problem = extractCommandProblem();
  if (problem) {
    console.error(`cannot evaluate: ${problem}.\nThe harness runs \`npm run --silent extract -- FILE [--single]\` in ${PROJECT_ROOT}; build that command first.`);
    return 2;
  }
  if (!existsSync(args.corpus)) {
    console.error(`no corpus directory ${args.corpus}`);
    return 2;
  }
  const result = await runCorpus(extractViaNpm, args.corpus, { only: args.only, includeSeed: args.seed, concurrency: args.jobs });
  if (result.documents.length === 0) {
    console.error(`no corpus document in ${args.corpus}${args.only.length ? ` matches ${args.only.join(", ")}` : ""}`);
    return 2;
  }
  if (result.failures.length === result.documents.length) {
    console.error(`the extract command failed on every document; first error:\n  ${result.failures[0]?.error}`);
    return 2;
  }
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(formatReport(result.documents, args.detail));
    for (const f of result.failures) console.log(`FAILED ${f.name}: ${f.error}`);
    console.log(`(${result.documents.length} documents in ${(result.millis / 1000).toFixed(1)} s)`);
  }
  return result.failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
