// Command-line options of cli.ts, parsed apart from it so they can be tested without running an evaluation.
import type { Detail } from "./format";
import { DEFAULT_CORPUS_DIR, resolveCorpusDir } from "./run-corpus";

export interface Args {
  only: string[];
  detail: Detail;
  json: boolean;
  /** Absolute corpus directory. */
  corpus: string;
  /** undefined: the seed page is scored only with the default corpus. */
  seed: boolean | undefined;
  jobs: number;
}

export const USAGE =
  "usage: npx tsx lib/eval/cli.ts [--corpus DIR] [--only NAME]... [--detail documents|articles|full] [--full] [--json] [--no-seed] [--jobs N]";

/** Parses argv (without node and script); relative --corpus paths are taken from `cwd`. Throws on bad input. */
export function parseArgs(argv: readonly string[], cwd: string = process.cwd()): Args {
  const args: Args = { only: [], detail: "articles", json: false, corpus: DEFAULT_CORPUS_DIR, seed: undefined, jobs: 4 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--only") args.only.push(...value().split(",").filter(Boolean));
    else if (a === "--corpus") args.corpus = resolveCorpusDir(value(), cwd);
    else if (a === "--detail") {
      const d = value();
      if (d !== "documents" && d !== "articles" && d !== "full") throw new Error(`unknown --detail ${d}`);
      args.detail = d;
    } else if (a === "--full") args.detail = "full";
    else if (a === "--json") args.json = true;
    else if (a === "--no-seed") args.seed = false;
    else if (a === "--jobs") args.jobs = Math.max(1, Number(value()) || 1);
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return args;
}
