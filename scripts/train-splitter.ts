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
// --quick: skip leave-one-page-out (figures are copied from the committed file only if unchanged data).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import type { Item } from "@/lib/ingest/split/assemble";
import { FEATURE_NAMES, STACK_NAMES } from "@/lib/ingest/split/features";
import { DEFAULT_CORPUS_DIR, listCorpus, loadGold } from "@/lib/eval/run-corpus";
import { corpusPage } from "@/lib/ingest/split/corpus-labels";
import { codePointOffsets, type LabelledPage } from "@/lib/ingest/split/labels";
import { CLASSES } from "@/lib/ingest/split/model";
import { DEFAULT_TRAIN_OPTIONS, leaveOnePageOut, summarize, trainModel, type Figures, type PageResult } from "@/lib/ingest/split/train";

const ROOT = path.resolve(import.meta.dirname, "..");
const WEIGHTS = path.join(ROOT, "lib/ingest/split/weights.json");
const PAGES_TRAIN = path.join(ROOT, "lib/eval/pages-train");

const segmentSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
const pageSchema = z.object({ id: z.string().min(1), type: z.literal("page"), segments: z.array(segmentSchema) });
const articleSchema = z.object({ id: z.string().min(1), type: z.literal("article") });

function args(argv: string[]) {
  const out = { devset: path.resolve(ROOT, "..", "shared", "devset"), check: false, quick: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--devset") out.devset = path.resolve(argv[++i] ?? "");
    else if (a === "--check") out.check = true;
    else if (a === "--quick") out.quick = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return out;
}

/** Every item of every gold*.json list in a folder of the devset schema. */
function goldItems(dir: string): unknown[] {
  const files = fs.readdirSync(dir).filter((f) => /^gold.*\.json$/u.test(f)).sort();
  return files.flatMap((f) => {
    const list: unknown = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    if (!Array.isArray(list)) throw new Error(`${path.join(dir, f)}: not a JSON list`);
    return list;
  });
}

/** The labelled pages of a folder in the devset schema (gold*.json + pages/<id>.txt). */
function readPages(dir: string, origin: string): LabelledPage[] {
  return goldItems(dir)
    .filter((g) => (g as { type?: string }).type === "page")
    .map((g) => {
      const p = pageSchema.parse(g);
      const file = path.join(dir, "pages", `${p.id}.txt`);
      const text = fs.readFileSync(file, "utf8");
      const offsets = codePointOffsets(text, p.segments.flatMap((s) => [s.start, s.end]));
      const reports = p.segments.map((_, k) => ({ start: offsets[2 * k]!, end: offsets[2 * k + 1]! }));
      return { id: `${origin}/${p.id}`, text, reports, origin };
    });
}

/** Single articles of a folder in the devset schema, as items to assemble pages from. */
function readArticles(dir: string, origin: string): Item[] {
  return goldItems(dir)
    .filter((g) => (g as { type?: string }).type === "article")
    .map((g) => {
      const a = articleSchema.parse(g);
      return { text: fs.readFileSync(path.join(dir, "articles", `${a.id}.txt`), "utf8").trim(), from: `${origin}/${a.id}` };
    });
}

/**
 * The invented corpus pages of lib/eval/corpus and the seed page (the repo's first labelled pages, in
 * the layouts the old rules were written for: markdown headings, paper pages), as report spans.
 */
function readCorpus(): LabelledPage[] {
  return listCorpus(DEFAULT_CORPUS_DIR)
    .filter((e) => e.mode === "page")
    .map((e) => {
      const page = corpusPage(`corpus/${e.name}`, fs.readFileSync(e.textFile, "utf8"), loadGold(e.goldFile));
      if (page === null) throw new Error(`${e.name}: its gold labels are not found in its text`);
      return page;
    });
}

/** The corpus's single articles (title on the first line), as items to assemble pages from. */
function corpusArticles(): Item[] {
  return listCorpus(DEFAULT_CORPUS_DIR)
    .filter((e) => e.mode === "single")
    .map((e) => ({ text: fs.readFileSync(e.textFile, "utf8").trim(), from: `corpus/${e.name}` }));
}

const fmt = (f: Figures) =>
  `split ${f.split}/${f.reports} (${f.splitRate.toFixed(2)}), stray ${f.stray} (${f.strayRate.toFixed(2)} per report), ${f.pages} pages`;

function main(): number {
  const a = args(process.argv.slice(2));
  const gaz = loadGazetteer(ROOT);
  const opts = DEFAULT_TRAIN_OPTIONS;
  // `lopo`: scored leave-one-page-out (the corpus pages are trained on but not scored).
  const sets: { name: string; pages: LabelledPage[]; lopo: boolean }[] = [{ name: "corpus", pages: readCorpus(), lopo: false }];
  const items: Item[] = [];
  if (fs.existsSync(PAGES_TRAIN)) {
    sets.push({ name: "pages-train", pages: readPages(PAGES_TRAIN, "pages-train"), lopo: true });
    items.push(...readArticles(PAGES_TRAIN, "pages-train"));
  }
  if (fs.existsSync(path.join(a.devset, "gold-pages.json"))) {
    sets.push({ name: "devset", pages: readPages(a.devset, "devset"), lopo: true });
    items.push(...readArticles(a.devset, "devset"));
  } else console.log(`• no development set at ${a.devset}: training without it`);
  const pages = sets.flatMap((s) => s.pages);
  if (sets.every((x) => !x.lopo)) console.log("• no labelled pages in the devset schema: training on the corpus pages alone");
  for (const p of pages) p.reports.forEach((r) => items.push({ text: p.text.slice(r.start, r.end), from: p.id }));
  items.push(...corpusArticles());

  const committed = fs.existsSync(WEIGHTS) ? (JSON.parse(fs.readFileSync(WEIGHTS, "utf8")) as { leaveOnePageOut?: unknown }) : {};
  let lopo: Record<string, Figures> = {};
  if (a.quick) lopo = (committed.leaveOnePageOut as Record<string, Figures> | undefined) ?? {};
  else {
    for (const s of sets.filter((x) => x.lopo).reverse()) {
      console.log(`• leave-one-page-out on ${s.name} (${s.pages.length} pages)…`);
      const results: PageResult[] = leaveOnePageOut(s.pages, pages, items, gaz, opts, (r) => {
        const missed = r.missed.length > 0 ? `  missed ${r.missed.join(",")}` : "";
        console.log(`  ${r.id.padEnd(22)} split ${r.split}/${r.reports}  stray ${r.stray}${missed}`);
      });
      lopo[s.name] = summarize(results);
      console.log(`  ${s.name}: ${fmt(lopo[s.name]!)}`);
    }
  }

  console.log("• fitting the final model on all labelled pages…");
  const final = trainModel(pages, items, gaz, opts);
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
