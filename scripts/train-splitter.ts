// `npm run train:splitter`: trains the page splitter (lib/ingest/split) and writes its weights.
//
//   npm run train:splitter [-- --devset DIR] [--check] [--quick]
//
// Labelled pages: the repo's own (lib/eval/pages-train, devset schema) and ../shared/devset when it is
// present (read here, never copied), plus pages assembled at training time from their reports and the
// devset's single articles. Prints and stores leave-one-page-out figures (each page scored by a model
// that never saw it), then fits the final model on everything and writes
// lib/ingest/split/weights.json. Deterministic: the same data gives the same file.
// --check: do not write; exit 1 when the committed weights.json differs from what training gives.
// --quick: skip leave-one-page-out (the figures are copied from the committed file).
// --lopo SET[/ID,ID...]: development aid: leave-one-page-out on one set (or some of its pages) only,
//   printing every line of a page with an error (labelled and decoded class, start probability); writes
//   nothing. With --l2 X it tries another L2 penalty (how the default was chosen).
import fs from "node:fs";
import path from "node:path";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { FEATURE_NAMES, STACK_NAMES } from "@/lib/ingest/split/features";
import { CLASSES } from "@/lib/ingest/split/model";
import { trainingData } from "@/lib/ingest/split/sources";
import { DEFAULT_TRAIN_OPTIONS, explainPage, leaveOnePageOut, newFeatureCache, summarize, trainModel, type Figures, type PageResult } from "@/lib/ingest/split/train";

const ROOT = path.resolve(import.meta.dirname, "..");
const WEIGHTS = path.join(ROOT, "lib/ingest/split/weights.json");

function args(argv: string[]) {
  const out = { devset: path.resolve(ROOT, "..", "shared", "devset"), check: false, quick: false, lopo: "", l2: NaN };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--devset") out.devset = path.resolve(argv[++i] ?? "");
    else if (a === "--check") out.check = true;
    else if (a === "--quick") out.quick = true;
    else if (a === "--lopo") out.lopo = argv[++i] ?? "";
    else if (a === "--l2") out.l2 = Number(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  return out;
}

const fmt = (f: Figures) =>
  `split ${f.split}/${f.reports} (${f.splitRate.toFixed(2)}), stray ${f.stray} (${f.strayRate.toFixed(2)} per report), ${f.pages} pages`;

function main(): number {
  const a = args(process.argv.slice(2));
  const gaz = loadGazetteer(ROOT);
  if (!Number.isNaN(a.l2) && a.lopo === "") throw new Error("--l2 is for trying a penalty with --lopo; the committed weights use the default");
  const opts = Number.isNaN(a.l2) ? DEFAULT_TRAIN_OPTIONS : { ...DEFAULT_TRAIN_OPTIONS, l2: a.l2 };
  const { sets, items } = trainingData(ROOT, a.devset, (s) => console.log(s));
  const pages = sets.flatMap((s) => s.pages);
  // Features of the labelled and assembled pages, computed once for all the fits of this run.
  const cache = newFeatureCache();

  if (a.lopo !== "") {
    const [name, ids] = a.lopo.split("/");
    const set = sets.find((s) => s.name === name);
    if (!set) throw new Error(`--lopo: no set ${name} (have ${sets.map((s) => s.name).join(", ")})`);
    const want = ids ? new Set(ids.split(",").map((id) => `${name}/${id}`)) : null;
    const held = set.pages.filter((p) => want === null || want.has(p.id));
    const results = leaveOnePageOut(held, pages, items, gaz, opts, (r, model) => {
      console.log(`${r.id.padEnd(22)} split ${r.split}/${r.reports}  stray ${r.stray}${r.missed.length > 0 ? `  missed ${r.missed.join(",")}` : ""}`);
      if (r.split < r.reports || r.stray > 0) for (const line of explainPage(held.find((p) => p.id === r.id)!, model, gaz)) console.log(`    ${line}`);
    }, cache);
    console.log(`leave-one-page-out ${a.lopo}: ${fmt(summarize(results))}`);
    return 0;
  }

  const committed = fs.existsSync(WEIGHTS) ? (JSON.parse(fs.readFileSync(WEIGHTS, "utf8")) as { leaveOnePageOut?: unknown }) : {};
  let lopo: Record<string, Figures> = {};
  if (a.quick) lopo = (committed.leaveOnePageOut as Record<string, Figures> | undefined) ?? {};
  else {
    for (const s of sets.filter((x) => x.lopo).reverse()) {
      console.log(`• leave-one-page-out on ${s.name} (${s.pages.length} pages)…`);
      const results: PageResult[] = leaveOnePageOut(s.pages, pages, items, gaz, opts, (r) => {
        const missed = r.missed.length > 0 ? `  missed ${r.missed.join(",")}` : "";
        console.log(`  ${r.id.padEnd(22)} split ${r.split}/${r.reports}  stray ${r.stray}${missed}`);
      }, cache);
      lopo[s.name] = summarize(results);
      console.log(`  ${s.name}: ${fmt(lopo[s.name]!)}`);
    }
  }

  console.log("• fitting the final model on all labelled pages…");
  const final = trainModel(pages, items, gaz, opts, cache);
  const file = {
    about:
      "Page splitter weights (lib/ingest/split): softmax regression over line features; written by `npm run train:splitter`. " +
      "leaveOnePageOut: each page scored by a model trained without it (the only figures to quote).",
    classes: CLASSES,
    features: FEATURE_NAMES,
    stackFeatures: STACK_NAMES,
    weights: {
      first: Object.fromEntries(CLASSES.map((c, k) => [c, Array.from(final.model.first[k]!)])),
      second: Object.fromEntries(CLASSES.map((c, k) => [c, Array.from(final.model.second[k]!)])),
    },
    training: {
      sets: Object.fromEntries(sets.map((s) => [s.name, s.pages.length])),
      singleArticles: items.filter((it) => !pages.some((p) => p.id === it.from)).length,
      assembledPages: final.assembled,
      lines: final.lines,
      options: opts,
    },
    leaveOnePageOut: lopo,
  };
  const text = `${JSON.stringify(file, null, 1)}\n`;
  for (const [name, f] of Object.entries(lopo)) console.log(`leave-one-page-out ${name}: ${fmt(f)}`);
  if (a.check) {
    const same = fs.existsSync(WEIGHTS) && fs.readFileSync(WEIGHTS, "utf8") === text;
    console.log(same ? "weights.json is up to date" : "weights.json differs from what training gives: run `npm run train:splitter`");
    return same ? 0 : 1;
  }
  fs.writeFileSync(WEIGHTS, text);
  console.log(`wrote ${path.relative(ROOT, WEIGHTS)} (${final.lines} lines)`);
  return 0;
}

try {
  process.exit(main());
} catch (err) {
  console.error(`train:splitter failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
