// `npm run bench`: the benchmark runner lives in scripts/bench/ (runner.ts, one module per scenario
// in scenarios/, the list in scenarios.ts; README.md says how to add one).
import { main } from "./bench/runner";

main().catch((e) => {
  console.error(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
