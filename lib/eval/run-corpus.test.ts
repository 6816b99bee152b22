import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GoldArticle } from "./gold";
import { errorSummary, extractCommandProblem } from "./npm-extract";
import { listCorpus, loadGold, runCorpus, SEED_ENTRY, type Extract } from "./run-corpus";
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

const oracle: Extract = async (file) => {
  const entry = listCorpus().find((e) => e.textFile === file);
  if (!entry) throw new Error(`unknown file ${file}`);
  return { articles: loadGold(entry.goldFile).articles.map(oracleArticle) };
};

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
