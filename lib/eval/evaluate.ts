// Every labelled set, scored in one process with the in-process extractor (the same code
// `npm run extract` runs): the invented corpora 1-3 (lib/eval/corpus*), the team's training pages
// (lib/eval/pages-train) and the real development set (../shared/devset, read in place, never copied).
// Each set yields flat figures (name -> ok/total) that floors.test.ts holds against lib/eval/floors.json.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { loadGazetteer } from "../geo/gazetteer";
import { extractDocument } from "../ingest/pipeline";
import { isIndicatorId } from "../metrics/indicators";
import { METRIC_KINDS } from "../metrics/kinds";
import { emptyPlaceScore, scorePlaces } from "./labelled-places";
import { emptyScore, metricKey, scoreItem, type MetricTags } from "./labelled-score";
import { isLabelledSet, readLabelledSet } from "./labelled-set";
import { DEFAULT_CORPUS_DIR, CORPUS3_DIR, CORPUS2_DIR, PROJECT_ROOT, runCorpus } from "./run-corpus";
import { prf } from "./score";

/** A figure as counts, so a floor can say "at least 0.95" and a report "182/190". */
export type Figure = { ok: number; total: number };
export type Figures = Record<string, Figure>;

export const DEVSET_DIR = path.resolve(PROJECT_ROOT, "..", "shared", "devset");
export const PAGES_TRAIN_DIR = path.join(PROJECT_ROOT, "lib", "eval", "pages-train");
const TAGS_DIR = path.join(PROJECT_ROOT, "lib", "metrics", "indicator-labels");

/** The labelled sets and where they are; the devset and pages-train may be absent. */
export const SETS: ReadonlyArray<{ name: string; dir: string; kind: "corpus" | "labelled"; tags?: string }> = [
  { name: "corpus1", dir: DEFAULT_CORPUS_DIR, kind: "corpus" },
  { name: "corpus2", dir: CORPUS2_DIR, kind: "corpus" },
  { name: "corpus3", dir: CORPUS3_DIR, kind: "corpus" },
  { name: "pages-train", dir: PAGES_TRAIN_DIR, kind: "labelled", tags: path.join(TAGS_DIR, "pages-train.json") },
  { name: "devset", dir: DEVSET_DIR, kind: "labelled", tags: path.join(TAGS_DIR, "devset.json") },
];

export function setPresent(dir: string, kind: "corpus" | "labelled"): boolean {
  return kind === "corpus" ? existsSync(dir) : isLabelledSet(dir);
}

const tagFileSchema = z
  .object({
    about: z.string(),
    labels: z.record(
      z.string().regex(/^[\w-]+:\d+-\d+$/),
      z.object({ indicator: z.string().refine(isIndicatorId, "unknown indicator"), kind: z.string().refine((k) => k in METRIC_KINDS, "unknown kind") }).strict(),
    ),
  })
  .strict();

/** Hand labels of indicator and kind for a set's metrics (lib/metrics/indicator-labels/*.json); empty when the file is absent. */
export function loadMetricTags(file: string | undefined): MetricTags {
  if (!file || !existsSync(file)) return new Map();
  const parsed = tagFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return new Map(Object.entries(parsed.data.labels));
}

const fig = (ok: number, total: number): Figure => ({ ok, total });
/** P, R and F1 as figures over their own denominators (F1 as thousandths, so it reads like the others). */
function prfFigures(prefix: string, c: { tp: number; fp: number; fn: number }): Figures {
  const s = prf(c);
  return {
    [`${prefix}.precision`]: fig(c.tp, c.tp + c.fp),
    [`${prefix}.recall`]: fig(c.tp, c.tp + c.fn),
    [`${prefix}.f1`]: fig(Math.round(s.f1 * 1000), 1000),
  };
}

async function evaluateCorpus(dir: string): Promise<Figures> {
  const gazetteer = loadGazetteer(PROJECT_ROOT);
  const r = await runCorpus(async (file, single) => extractDocument(readFileSync(file, "utf8"), { single, gazetteer }), dir);
  const t = r.totals;
  return {
    "articles.countMatch": t.countMatch,
    "articles.found": t.articlesFound,
    "articles.title": t.title,
    "articles.authors": t.authors,
    "articles.bodyStarts": t.bodyStarts,
    "articles.bodyEnds": t.bodyEnds,
    "articles.captions": t.captions,
    "place.county": t.county,
    "place.township": t.township,
    ...prfFigures("mentions", t.mentions),
    ...prfFigures("metrics", t.metrics),
    "metrics.approx": t.approx,
    "metrics.labelAgreement": t.labels,
    "failures": fig(r.documents.length - r.failures.length, r.documents.length),
  };
}

export type LabelledEvaluation = { figures: Figures; score: ReturnType<typeof emptyScore>; unlabelledTags: string[] };

/** Scores one set in the devset schema; `unlabelledTags` lists tag keys that name no labelled metric. */
export function evaluateLabelled(dir: string, tagsFile?: string): LabelledEvaluation {
  const gazetteer = loadGazetteer(PROJECT_ROOT);
  const tags = loadMetricTags(tagsFile);
  const score = emptyScore();
  const places = emptyPlaceScore();
  const keys = new Set<string>();
  for (const item of readLabelledSet(dir)) {
    for (const m of item.metrics) keys.add(metricKey(item, m));
    const doc = extractDocument(item.text, { single: item.type === "article", gazetteer });
    scoreItem(item, doc.articles.flatMap((a) => a.metrics), score, tags);
    scorePlaces(item, doc.articles, places);
  }
  const figures: Figures = {
    ...prfFigures("metrics", score),
    "metrics.approx": score.approx,
    "metrics.labelAgreement": score.labels,
    "metrics.kind": score.kinds,
    "metrics.indicator": score.indicators,
  };
  if (places.articles) {
    figures["articles.county"] = fig(places.county, places.articles);
    figures["articles.township"] = fig(places.township, places.townships);
  }
  if (places.segments) {
    figures["pages.split"] = fig(places.split, places.segments);
    figures["pages.splitCounty"] = fig(places.splitCounty, places.segments);
    // stray articles per labelled report, as a "not stray" figure so that higher is better like the rest
    figures["pages.notStray"] = fig(Math.max(0, places.segments - places.stray), places.segments);
  }
  return { figures, score, unlabelledTags: [...tags.keys()].filter((k) => !keys.has(k)) };
}

/** Figures of every set present, by set name. */
export async function evaluateAll(only?: readonly string[]): Promise<Record<string, Figures>> {
  const out: Record<string, Figures> = {};
  for (const set of SETS) {
    if (only && !only.includes(set.name)) continue;
    if (!setPresent(set.dir, set.kind)) continue;
    out[set.name] = set.kind === "corpus" ? await evaluateCorpus(set.dir) : evaluateLabelled(set.dir, set.tags).figures;
  }
  return out;
}

export const ratioOf = (f: Figure) => (f.total === 0 ? 1 : f.ok / f.total);
