import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GoldArticle } from "./gold";
import { errorSummary, extractCommandProblem } from "./npm-extract";
import { CORPUS3_DIR, CORPUS2_DIR, listCorpus, loadGold, runCorpus, SEED_ENTRY, seedBelongsTo, type Extract } from "./run-corpus";
import { formatReport, prf } from "./score";

/** Builds the contract output a perfect extractor would print, from the gold labels alone. */
function oracleArticle(g: GoldArticle, i: number) {
  const body = [g.body_starts_with, ...g.body_must_contain, ...g.metrics.map((m) => m.text), g.body_ends_with].join("\n\n");
  const metrics = g.metrics.map((m) => {
    const start = body.indexOf(m.text);
    return { ...m, label: m.label ?? "", kind: "count", start, end: start + m.text.length };
  });
  const place = g.place && {
    level: g.place.township ? "township" : g.place.county ? "county" : "city",
    ...g.place,
    lon: 120,
    lat: 29,
    confidence: 1,
  };
  const mentions = g.mentions_in_zhejiang.map((code) => ({ text: "", level: "", code, start: 0, end: 0 }));
  return { id: `a${i}`, title: g.title, authors: g.authors, body, captions: g.captions, place, mentions, metrics };
}

const oracleFor = (corpusDir?: string): Extract => async (file) => {
  const entry = listCorpus(corpusDir, true).find((e) => e.textFile === file);
  if (!entry) throw new Error(`unknown file ${file}`);
  return { articles: loadGold(entry.goldFile).articles.map(oracleArticle) };
};
const oracle = oracleFor();

describe("runCorpus", () => {
  it("lists the seed page in place plus the corpus documents", () => {
    const entries = listCorpus();
    expect(entries[0]).toEqual(SEED_ENTRY);
    expect(entries.filter((e) => e.mode === "single").length).toBeGreaterThan(10);
  });

  it("gives a perfect extractor a perfect score on every document", async () => {
    const modes: boolean[] = [];
    const r = await runCorpus(async (file, single) => {
      modes.push(single);
      return oracle(file, single);
    }, undefined, { concurrency: 4 });
    expect(r.failures).toEqual([]);
    const t = r.totals;
    expect(t.documents).toBe(listCorpus().length);
    for (const k of ["countMatch", "title", "authors", "bodyStarts", "bodyEnds", "bodyContains", "captions", "city", "county", "township", "approx"] as const)
      expect(t[k].ok, k).toBe(t[k].total);
    expect(prf(t.metrics).f1).toBe(1);
    expect(prf(t.mentions).f1).toBe(1);
    expect(t.forbidden + t.problems + t.spuriousTownships + t.captionLeaks).toBe(0);
    expect(modes.filter(Boolean).length).toBe(listCorpus().filter((e) => e.mode === "single").length);
  });

  it("records a failing extraction and still scores the document as empty", async () => {
    const r = await runCorpus(async () => {
      throw new Error("boom");
    }, undefined, { only: ["s01-"] });
    expect(r.documents.map((d) => d.name)).toEqual(["s01-qiantang-xinqu"]);
    expect(r.failures).toEqual([{ name: "s01-qiantang-xinqu", error: "boom" }]);
    expect(r.totals.metrics.tp).toBe(0);
    expect(r.totals.metrics.fn).toBeGreaterThan(0);
    expect(formatReport(r.documents)).toContain("s01-qiantang-xinqu");
  });
});

describe("runCorpus on another corpus directory (--corpus)", () => {
  it("scores only that directory's documents, without the seed page", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "corpus-"));
    const gold = {
      source: "x/only.txt",
      mode: "single",
      articles: [
        {
          n: 1, title: "标题", authors: [], place: null, mentions_in_zhejiang: [], body_starts_with: "正文开头",
          body_ends_with: "结尾。", body_must_contain: [], captions: [],
          metrics: [{ text: "3个", value: 3, unit: "个", approx: false }],
        },
      ],
    };
    writeFileSync(path.join(dir, "only.gold.json"), JSON.stringify(gold));
    writeFileSync(path.join(dir, "only.txt"), "标题\n\n正文开头,建成3个。结尾。\n");
    expect(seedBelongsTo(dir)).toBe(false);
    const seen: Array<[string, boolean]> = [];
    const r = await runCorpus(async (file, single) => {
      seen.push([file, single]);
      return oracleFor(dir)(file, single);
    }, dir);
    expect(seen).toEqual([[path.join(dir, "only.txt"), true]]);
    expect(r.documents.map((d) => d.name)).toEqual(["only"]);
    expect(r.totals.metrics).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect((await runCorpus(oracleFor(dir), dir, { includeSeed: true })).documents[0]?.name).toBe(SEED_ENTRY.name);
  });

  for (const [label, dir] of [["second", CORPUS2_DIR], ["third", CORPUS3_DIR]] as const)
    it(`gives a perfect extractor a perfect score on the ${label} corpus`, async () => {
      const entries = listCorpus(dir);
      expect(entries.some((e) => e.name === SEED_ENTRY.name)).toBe(false);
      const r = await runCorpus(oracleFor(dir), dir, { concurrency: 4 });
      expect(r.failures).toEqual([]);
      expect(r.totals.documents).toBe(entries.length);
      expect(prf(r.totals.metrics).f1).toBe(1);
      expect(prf(r.totals.mentions).f1).toBe(1);
      for (const k of ["countMatch", "title", "authors", "bodyStarts", "bodyEnds", "bodyContains", "captions", "city", "county", "township"] as const)
        expect(r.totals[k].ok, k).toBe(r.totals[k].total);
    });
});

describe("npm extract command", () => {
  it("explains why the command cannot run yet", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "eval-"));
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ scripts: {} }));
    expect(extractCommandProblem(dir)).toContain('no "extract" script');
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ scripts: { extract: "tsx scripts/extract.ts" } }));
    expect(extractCommandProblem(dir)).toContain("scripts/extract.ts");
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ scripts: { extract: "node -e 1" } }));
    expect(extractCommandProblem(dir)).toBeNull();
  });

  it("picks the thrown error out of a stack dump", () => {
    const stderr = "node:internal/x:1\n  throw err;\n  ^\n\nError: Cannot find module '../geo/gazetteer'\n    at a (b.js:1)\n";
    expect(errorSummary(stderr)).toBe("Error: Cannot find module '../geo/gazetteer'");
    expect(errorSummary("")).toBe("(no stderr)");
  });
});
