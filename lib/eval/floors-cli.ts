// The evaluation of every labelled set, against its floors:
//   npx tsx lib/eval/floors-cli.ts [--only SET]... [--by-kind] [--write]
// Prints each set's figures (ok/total and ratio) and the ones below their floor (exit 1 then).
// --write raises the floors to the figures measured now (only after checking they are honest:
// never write floors from a run that lost something).
import { SETS, evaluateAll, evaluateLabelled, ratioOf, setPresent } from "./evaluate";
import { precision, recall } from "./labelled-score";
import { belowFloors, floorsFrom, readFloors, writeFloors } from "./floors";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const only = args.flatMap((a, i) => (args[i - 1] === "--only" ? [a] : []));
  const figures = await evaluateAll(only.length ? only : undefined);
  for (const [set, figs] of Object.entries(figures)) {
    console.log(set);
    for (const [name, f] of Object.entries(figs)) console.log(`  ${name.padEnd(24)} ${ratioOf(f).toFixed(4)}  (${f.ok}/${f.total})`);
  }
  if (args.includes("--by-kind")) {
    // precision and recall of the real-text sets by kind, to see which classes of numbers go wrong
    for (const set of SETS.filter((x) => x.kind === "labelled" && setPresent(x.dir, x.kind) && (!only.length || only.includes(x.name)))) {
      const r = evaluateLabelled(set.dir, set.tags);
      console.log(`${set.name} by kind (tp fp fn, P R)`);
      for (const [k, c] of Object.entries(r.score.byKind).sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn)))
        console.log(`  ${k.padEnd(18)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}  ${precision(c).toFixed(2)} ${recall(c).toFixed(2)}`);
    }
  }
  const floors = readFloors();
  if (args.includes("--write")) {
    const next = floorsFrom({ ...Object.fromEntries(Object.entries(floors.sets).map(([k]) => [k, {}])), ...figures }, floors.about);
    // keep the floors of sets absent from this run
    for (const [set, f] of Object.entries(floors.sets)) if (!figures[set]) next.sets[set] = f;
    writeFloors(next);
    console.log("floors written to lib/eval/floors.json");
    return 0;
  }
  const below = belowFloors(figures, floors);
  for (const b of below) console.log(`BELOW FLOOR ${b}`);
  return below.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
