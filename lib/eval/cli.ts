// Corpus evaluation from the command line:
//   npx tsx lib/eval/cli.ts [--only NAME]... [--detail documents|articles|full] [--json] [--no-seed] [--jobs N]
// Each document goes through the real CLI contract, `npm run --silent extract -- FILE [--single]`,
// so what is measured is exactly what outside checks will run.
import { formatReport, type Detail } from "./format";
import { extractCommandProblem, extractViaNpm } from "./npm-extract";
import { PROJECT_ROOT, runCorpus } from "./run-corpus";

interface Args {
  only: string[];
  detail: Detail;
  json: boolean;
  seed: boolean;
  jobs: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { only: [], detail: "articles", json: false, seed: true, jobs: 4 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--only") args.only.push(...value().split(","));
    else if (a === "--detail") {
      const d = value();
      if (d !== "documents" && d !== "articles" && d !== "full") throw new Error(`unknown --detail ${d}`);
      args.detail = d;
    } else if (a === "--full") args.detail = "full";
    else if (a === "--json") args.json = true;
    else if (a === "--no-seed") args.seed = false;
    else if (a === "--jobs") args.jobs = Math.max(1, Number(value()) || 1);
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const problem = extractCommandProblem();
  if (problem) {
    console.error(`cannot evaluate: ${problem}.\nThe harness runs \`npm run --silent extract -- FILE [--single]\` in ${PROJECT_ROOT}; build that command first.`);
    return 2;
  }
  const result = await runCorpus(extractViaNpm, undefined, { only: args.only, includeSeed: args.seed, concurrency: args.jobs });
  if (result.documents.length === 0) {
    console.error(`no corpus document matches ${args.only.join(", ")}`);
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
