import fs from "node:fs";
import path from "node:path";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { extractDocument } from "@/lib/ingest/pipeline";
import { segmentPage } from "@/lib/ingest/segment";
import { synthCorpus } from "@/lib/synth/corpus";
import { ROOT } from "../../lib/run";
import { rate } from "../stats";
import type { Scenario } from "../types";

/** Extraction throughput on one core: the whole pipeline, in this process, after loading once. */
export const extraction: Scenario = {
  id: "extraction",
  title: "Extraction throughput (one core)",
  method:
    "The whole pipeline (decode → segment → geocode → metrics → tags and dates) in the bench's own Node process, " +
    "single-threaded. The gazetteer (and any model) is loaded once before timing; then 20 warm-up rounds, then " +
    "the median rate of 5 timed slices. Issue 9 asks for at least 2,000 seed-sized articles per second.",
  sizes: "once",
  async run(ctx) {
    const seed = fs.readFileSync(path.join(ROOT, "data/sources/zhejiang-news-page.txt"), "utf8");
    const gazetteer = loadGazetteer(ROOT);
    const singles = segmentPage(seed).map((a) => `${a.title}\n\n${a.body}`);
    const avgChars = Math.round(singles.reduce((s, a) => s + a.length, 0) / singles.length);
    const synth = [...synthCorpus(gazetteer, { seed: 5150, articles: 2_000 })].map((p) => p.text);
    const synthArticles = synth.reduce((n, t) => n + extractDocument(t, { gazetteer }).articles.length, 0);
    const synthChars = synth.reduce((n, t) => n + t.length, 0);
    for (let i = 0; i < 20; i++) extractDocument(seed, { gazetteer });
    const seconds = ctx.quick ? 1.5 : 4;
    const page = rate(() => extractDocument(seed, { gazetteer }).articles.length, seconds);
    const single = rate(() => {
      for (const a of singles) extractDocument(a, { single: true, gazetteer });
      return singles.length;
    }, seconds);
    let k = 0;
    const synthetic = rate(() => extractDocument(synth[k++ % synth.length]!, { gazetteer }).articles.length, seconds);
    return {
      rows: [
        { label: `the seed page (${singles.length} articles, ≈${avgChars} chars each)`, value: page, unit: "articles/s", target: { min: 2000, text: "≥ 2,000" } },
        { label: "each seed article alone (`--single`)", value: single, unit: "articles/s" },
        { label: `synthetic pages (≈${Math.round(synthChars / synthArticles)} chars per article)`, value: synthetic, unit: "articles/s" },
      ],
    };
  },
};
