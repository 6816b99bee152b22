// Development aid for changes to the splitter's line features (lib/ingest/split/features.ts) that must
// not change a single number: computes pageFeatures with the committed version at REV and with the
// working tree over every page training sees (seed page, corpus, layouts, pages-train, ../shared/devset
// when present, the pages assembled for training and every single article), asserts the vectors and
// signatures are identical, then times both in interleaved rounds in this one process.
//
//   npx tsx scripts/dev/features-ab.ts [REV] [--seconds S]
//
// The old version is written next to features.ts for the run (its relative imports must resolve) and
// removed afterwards; nothing of it is kept in the repo.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadGazetteer, type Gazetteer } from "@/lib/geo/gazetteer";
import { assemblePages } from "@/lib/ingest/split/assemble";
import * as current from "@/lib/ingest/split/features";
import { DEFAULT_TRAIN_OPTIONS } from "@/lib/ingest/split/train";
import { trainingData } from "@/lib/ingest/split/sources";
import { tokenize } from "@/lib/geo/recognize";
import { toUnits } from "@/lib/ingest/units";

type Features = { n: number; row(i: number): { idx: number[]; val: number[] }; signature(i: number, text: string): string };
type Impl = { pageFeatures(lines: readonly current.SplitLine[], gaz: Gazetteer): Features };

const ROOT = path.resolve(import.meta.dirname, "../..");
const argv = process.argv.slice(2);
const secondsAt = argv.indexOf("--seconds");
const seconds = secondsAt >= 0 ? Number(argv[secondsAt + 1]) : 10;
const rev = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--seconds") ?? "HEAD";

async function main() {
  const oldFile = path.join(ROOT, "lib/ingest/split/features.ab-old.tmp.ts");
  fs.writeFileSync(oldFile, execFileSync("git", ["show", `${rev}:lib/ingest/split/features.ts`], { cwd: ROOT }));
  let old: Impl;
  try {
    old = (await import(pathToFileURL(oldFile).href)) as Impl;
  } finally {
    fs.rmSync(oldFile);
  }
  const gaz = loadGazetteer(ROOT);
  const { sets, items } = trainingData(ROOT, path.resolve(ROOT, "..", "shared", "devset"));
  const texts = [fs.readFileSync(path.join(ROOT, "data/sources/zhejiang-news-page.txt"), "utf8")];
  for (const s of sets) for (const p of s.pages) texts.push(p.text);
  for (const p of assemblePages(items, DEFAULT_TRAIN_OPTIONS.assembled, DEFAULT_TRAIN_OPTIONS.seed)) texts.push(p.text);
  for (const it of items) texts.push(it.text);
  // Fresh lines for each implementation: SplitLine caches its dateline forms.
  const linesOf = () => texts.map((t) => current.pageLines(toUnits(t)));
  const a = linesOf();
  const b = linesOf();
  let rows = 0;
  for (let p = 0; p < texts.length; p++) {
    const fo = old.pageFeatures(a[p]!, gaz);
    const fn = (current as unknown as Impl).pageFeatures(b[p]!, gaz);
    if (fo.n !== fn.n) throw new Error(`page ${p}: ${fo.n} lines before, ${fn.n} now`);
    for (let i = 0; i < fo.n; i++) {
      const ro = fo.row(i);
      const rn = fn.row(i);
      const same = ro.idx.length === rn.idx.length && ro.idx.every((k, j) => k === rn.idx[j] && Object.is(ro.val[j], rn.val[j]));
      if (!same) throw new Error(`page ${p} line ${i}: vectors differ\n  before ${JSON.stringify(ro)}\n  now    ${JSON.stringify(rn)}`);
      if (fo.signature(i, a[p]![i]!.text) !== fn.signature(i, b[p]![i]!.text)) throw new Error(`page ${p} line ${i}: signatures differ`);
      rows++;
    }
  }
  console.log(`identical: ${texts.length} pages, ${rows} lines (features of ${rev} and of the working tree)`);

  // Interleaved rounds over all pages: pageFeatures and every row built twice (as pageLogProbs does).
  const run = (impl: Impl, pages: current.SplitLine[][]) => {
    const t = performance.now();
    for (const lines of pages) {
      const f = impl.pageFeatures(lines, gaz);
      for (let r = 0; r < 2; r++) for (let i = 0; i < f.n; i++) f.row(i);
    }
    return performance.now() - t;
  };
  // The gazetteer's tokenizer (lib/geo, not this file) reads every line and every line's head in both
  // versions: timed alone, so the factor of the features' own work can be told apart.
  const tok = (pages: current.SplitLine[][]) => {
    const t = performance.now();
    for (const lines of pages) for (const l of lines) {
      tokenize(l.text, "body", gaz);
      current.headPlace(l.text, gaz);
    }
    return performance.now() - t;
  };
  for (let w = 0; w < 2; w++) {
    run(old, a);
    run(current as unknown as Impl, b);
  }
  const ratios: number[] = [];
  let to = 0;
  let tn = 0;
  let tt = 0;
  let minOld = Infinity;
  let minNew = Infinity;
  let minTok = Infinity;
  const end = performance.now() + seconds * 1000;
  for (let r = 0; performance.now() < end; r++) {
    const [x, y] = r % 2 === 0 ? [run(old, a), run(current as unknown as Impl, b)] : [0, 0].map((_, k) => (k === 0 ? run(current as unknown as Impl, b) : run(old, a))).reverse();
    to += x!;
    tn += y!;
    const z = tok(a);
    tt += z;
    minOld = Math.min(minOld, x!);
    minNew = Math.min(minNew, y!);
    minTok = Math.min(minTok, z);
    ratios.push(x! / y!);
  }
  ratios.sort((p, q) => p - q);
  const r = ratios.length;
  console.log(`tokenizer alone ${(tt / r).toFixed(1)} ms/round; without it: before ${((to - tt) / r).toFixed(1)}, now ${((tn - tt) / r).toFixed(1)}, speed-up ${((to - tt) / (tn - tt)).toFixed(2)}x`);
  console.log(`fastest rounds: before ${minOld.toFixed(1)} ms, now ${minNew.toFixed(1)} ms (${(minOld / minNew).toFixed(2)}x); tokenizer ${minTok.toFixed(1)} ms; without it ${((minOld - minTok) / (minNew - minTok)).toFixed(2)}x`);
  console.log(`rounds ${ratios.length}: before ${(to / ratios.length).toFixed(1)} ms/round, now ${(tn / ratios.length).toFixed(1)} ms/round; speed-up median ${ratios[ratios.length >> 1]!.toFixed(2)}x (min ${ratios[0]!.toFixed(2)}, max ${ratios.at(-1)!.toFixed(2)})`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
