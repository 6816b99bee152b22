/**
 * The extractor against the hand-made gold for the seed page. Bodies are rebuilt from the raw page
 * the way the segmenter hands them over: headings, bylines and captions dropped, column breaks
 * rejoined, spaces between CJK characters removed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractMetrics, type ExtractedMetric } from "./extract";

type GoldMetric = { text: string; value: number; unit: string; approx?: boolean; label: string };
type GoldArticle = {
  n: number;
  title: string;
  body_starts_with: string;
  body_ends_with: string;
  captions: string[];
  metrics: GoldMetric[];
  optional_metrics?: GoldMetric[];
  not_metrics: string[];
};

const root = path.resolve(import.meta.dirname, "../..");
const gold = JSON.parse(readFileSync(path.join(root, "lib/ingest/fixtures/seed-gold.json"), "utf8")) as {
  articles: GoldArticle[];
};
const page = readFileSync(path.join(root, "data/sources/zhejiang-news-page.txt"), "utf8");

function rebuildPage(raw: string, captions: ReadonlySet<string>): string {
  const lines = raw
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#") && !/^\([^)]*\)$/.test(l) && !captions.has(l))
    .map((l) => l.replace(/\s*\([\u4e00-\u9fa5 ]+\)$/, ""));
  let out = "";
  for (const l of lines) {
    if (out === "") out = l;
    else out += /[。!?"”]$/.test(out) ? `\n\n${l}` : l;
  }
  return out.replace(/ +(?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) +/g, "");
}

const allCaptions = new Set(gold.articles.flatMap((a) => a.captions));
const text = rebuildPage(page, allCaptions);

function seedBodies(): Array<{ article: GoldArticle; body: string }> {
  return gold.articles.map((article) => {
    const s = text.indexOf(article.body_starts_with);
    const e = text.indexOf(article.body_ends_with, s);
    if (s < 0 || e < 0) throw new Error(`article ${article.n} not found in rebuilt page`);
    return { article, body: text.slice(s, e + article.body_ends_with.length) };
  });
}

const same = (p: ExtractedMetric, g: GoldMetric) =>
  p.text === g.text && p.value === g.value && p.unit === g.unit && p.approx === (g.approx ?? false);

describe("seed page vs gold", () => {
  const bodies = seedBodies();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const report: string[] = [];
  for (const { article, body } of bodies) {
    const got = extractMetrics(body);
    const used = new Set<number>();
    for (const g of article.metrics) {
      const k = got.findIndex((p, i) => !used.has(i) && same(p, g));
      if (k >= 0) {
        used.add(k);
        tp++;
        report.push(`  ok  #${article.n} ${g.text} | ${got[k]!.label} (gold ${g.label}) ${got[k]!.kind}`);
      } else {
        fn++;
        report.push(`  MISS #${article.n} ${g.text} (gold ${g.label})`);
      }
    }
    got.forEach((p, i) => {
      if (used.has(i)) return;
      if (article.optional_metrics?.some((o) => o.text === p.text)) return;
      fp++;
      report.push(`  FP  #${article.n} ${p.text} | ${p.label}`);
    });

    it(`#${article.n} ${article.title}: spans are exact and nothing from not_metrics`, () => {
      for (const p of got) {
        expect(body.slice(p.start, p.end)).toBe(p.text);
        expect(p.label.length).toBeGreaterThanOrEqual(2);
        expect(p.label.length).toBeLessThanOrEqual(14);
        expect(p.label).not.toMatch(/[\s\p{P}]/u);
        for (const nm of article.not_metrics) expect(nm.includes(p.text), `${p.text} in ${nm}`).toBe(false);
      }
    });
  }

  it("finds the gold metrics (F1 >= 0.97)", () => {
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    if (process.env.SEED_REPORT) console.log(`${report.join("\n")}\nP=${precision} R=${recall} F1=${f1}`);
    expect(f1).toBeGreaterThanOrEqual(0.97);
  });
});
