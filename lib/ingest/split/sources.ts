// Where the page splitter's training data comes from: labelled pages in the devset schema
// (lib/eval/pages-train, ../shared/devset when present, read at training time and never copied), the
// invented corpus pages of lib/eval/corpus, and single articles to assemble pages from. Used by
// scripts/train-splitter.ts.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DEFAULT_CORPUS_DIR, listCorpus, loadGold } from "../../eval/run-corpus";
import type { Item } from "./assemble";
import { corpusPage } from "./corpus-labels";
import { codePointOffsets, type LabelledPage } from "./labels";
import { layoutPages } from "./layouts";

const segmentSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
const pageSchema = z.object({ id: z.string().min(1), type: z.literal("page"), segments: z.array(segmentSchema) });
const articleSchema = z.object({ id: z.string().min(1), type: z.literal("article") });

/** Every item of every gold*.json list in a folder of the devset schema. */
function goldItems(dir: string): unknown[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^gold.*\.json$/u.test(f))
    .sort();
  return files.flatMap((f) => {
    const list: unknown = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    if (!Array.isArray(list)) throw new Error(`${path.join(dir, f)}: not a JSON list`);
    return list;
  });
}

/** The labelled pages of a folder in the devset schema (gold*.json + pages/<id>.txt). */
export function readPages(dir: string, origin: string): LabelledPage[] {
  return goldItems(dir)
    .filter((g) => (g as { type?: string }).type === "page")
    .map((g) => {
      const p = pageSchema.parse(g);
      const file = path.join(dir, "pages", `${p.id}.txt`);
      const text = fs.readFileSync(file, "utf8");
      const offsets = codePointOffsets(
        text,
        p.segments.flatMap((s) => [s.start, s.end]),
      );
      const reports = p.segments.map((_, k) => ({ start: offsets[2 * k]!, end: offsets[2 * k + 1]! }));
      return { id: `${origin}/${p.id}`, text, reports, origin };
    });
}

/** Single articles of a folder in the devset schema, as items to assemble pages from. */
export function readArticles(dir: string, origin: string): Item[] {
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
export function readCorpus(dir: string = DEFAULT_CORPUS_DIR): LabelledPage[] {
  return listCorpus(dir)
    .filter((e) => e.mode === "page")
    .map((e) => {
      const page = corpusPage(`corpus/${e.name}`, fs.readFileSync(e.textFile, "utf8"), loadGold(e.goldFile));
      if (page === null) throw new Error(`${e.name}: its gold labels are not found in its text`);
      return page;
    });
}

/** The corpus's single articles (title on the first line), as items to assemble pages from. */
export function corpusArticles(dir: string = DEFAULT_CORPUS_DIR): Item[] {
  return listCorpus(dir)
    .filter((e) => e.mode === "single")
    .map((e) => ({ text: fs.readFileSync(e.textFile, "utf8").trim(), from: `corpus/${e.name}` }));
}

/** A named set of labelled pages; `lopo`: scored leave-one-page-out (the corpus is trained on only). */
export type PageSet = { name: string; pages: LabelledPage[]; lopo: boolean };

/** All training data: the sets of labelled pages and the items pages are assembled from. */
export function trainingData(root: string, devset: string, log: (s: string) => void = () => {}): { sets: PageSet[]; items: Item[] } {
  const sets: PageSet[] = [
    { name: "corpus", pages: readCorpus(), lopo: false },
    { name: "layouts", pages: layoutPages(), lopo: false },
  ];
  const items: Item[] = [];
  const pagesTrain = path.join(root, "lib/eval/pages-train");
  if (fs.existsSync(pagesTrain)) {
    sets.push({ name: "pages-train", pages: readPages(pagesTrain, "pages-train"), lopo: true });
    items.push(...readArticles(pagesTrain, "pages-train"));
  }
  if (fs.existsSync(path.join(devset, "gold-pages.json"))) {
    sets.push({ name: "devset", pages: readPages(devset, "devset"), lopo: true });
    items.push(...readArticles(devset, "devset"));
  } else log(`• no development set at ${devset}: training without it`);
  if (sets.every((x) => !x.lopo)) log("• no labelled pages in the devset schema: training on the corpus pages alone");
  for (const p of sets.flatMap((s) => s.pages)) p.reports.forEach((r) => items.push({ text: p.text.slice(r.start, r.end), from: p.id }));
  items.push(...corpusArticles());
  return { sets, items };
}
