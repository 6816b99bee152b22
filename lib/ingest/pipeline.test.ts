import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGold } from "../eval/gold";
import { prf, ratio, scoreDocument } from "../eval/score";
import { contractDocumentSchema, spanProblems } from "./contract";
import { extractDocument } from "./pipeline";

const SEED = fs.readFileSync("data/sources/zhejiang-news-page.txt", "utf8");
const GOLD = parseGold(JSON.parse(fs.readFileSync("lib/ingest/fixtures/seed-gold.json", "utf8")));
const doc = extractDocument(SEED);

describe("extraction of the seed page against the hand-made gold", () => {
  it("follows the contract exactly, with spans that point at their text", () => {
    const parsed = contractDocumentSchema.parse(doc);
    expect(spanProblems(parsed)).toEqual([]);
  });

  it("finds all 11 articles with exact titles, authors, bodies and captions", () => {
    expect(doc.articles).toHaveLength(GOLD.articles.length);
    GOLD.articles.forEach((g, i) => {
      const a = doc.articles[i]!;
      expect(a.title, `article ${g.n}`).toBe(g.title);
      expect(a.authors, `article ${g.n}`).toEqual(g.authors);
      expect(a.body.startsWith(g.body_starts_with), `article ${g.n} start`).toBe(true);
      expect(a.body.endsWith(g.body_ends_with), `article ${g.n} end`).toBe(true);
      for (const s of g.body_must_contain) expect(a.body, `article ${g.n}`).toContain(s);
      expect(a.captions, `article ${g.n}`).toEqual(g.captions);
      for (const c of g.captions) expect(a.body).not.toContain(c);
    });
  });

  it("places 11/11 articles and 6/6 townships", () => {
    GOLD.articles.forEach((g, i) => {
      const p = doc.articles[i]!.place;
      expect(p?.city?.adcode ?? null, `article ${g.n} city`).toBe(g.place?.city?.adcode ?? null);
      expect(p?.county?.adcode ?? null, `article ${g.n} county`).toBe(g.place?.county?.adcode ?? null);
      expect(p?.township?.code ?? null, `article ${g.n} township`).toBe(g.place?.township?.code ?? null);
    });
    expect(GOLD.articles.filter((g) => g.place?.township)).toHaveLength(6);
  });

  it("extracts the metrics with F1 >= 0.95, correct approx flags and nothing forbidden", () => {
    const report = scoreDocument(doc, GOLD, "seed");
    const f1 = prf(report.totals.metrics).f1;
    expect(f1).toBeGreaterThanOrEqual(0.95);
    expect(ratio(report.totals.approx)).toBe(1);
    expect(report.totals.forbidden).toBe(0);
  });

  it("normalizes values: 1.3万名 -> 13000 人, 约2100万元 -> 21000000 元 approx", () => {
    const water = doc.articles[1]!.metrics;
    expect(water.find((m) => m.text === "1.3万名")).toMatchObject({ value: 13000, unit: "人", approx: false });
    expect(water.find((m) => m.text === "约2100万元")).toMatchObject({ value: 21_000_000, unit: "元", approx: true });
  });

  it("returns the whole stored record: theme tags, the page's date, the primary mention", () => {
    const water = doc.articles[1]!;
    expect(water.tags).toContain("livelihood");
    // Every mention of the article's own place (回山镇) is primary, and only those.
    expect(new Set(water.mentions.filter((m) => m.primary).map((m) => m.code))).toEqual(new Set(["330624104"]));
    expect(water.mentions.filter((m) => m.code === "330624104").every((m) => m.primary)).toBe(true);
    expect(doc.publishedOn).toBeNull();
    expect(doc.articles.every((a) => a.publishedOn === null)).toBe(true);
    const dated = extractDocument("台州日报\n2023年9月4日 星期一 第2版\n\n# 玉环市举办渔业节\n\n玉环市近日举办渔业节,吸引游客2万余人次。\n");
    expect(dated.publishedOn).toBe("2023-09-04");
    expect(dated.articles[0]!.publishedOn).toBe("2023-09-04");
    // A date the caller knows wins over the page's own.
    expect(extractDocument(SEED, { publishedOn: "2023-08-20" }).articles.every((a) => a.publishedOn === "2023-08-20")).toBe(true);
  });

  it("gives the same ids on every run", () => {
    expect(extractDocument(SEED).articles.map((a) => a.id)).toEqual(doc.articles.map((a) => a.id));
  });

  it("treats a whole file as one article with --single", () => {
    const one = extractDocument("新昌县回山镇通水\n\n新昌县回山镇双彩片1.3万名群众喝上了前丁水库的水。", { single: true });
    expect(one.articles).toHaveLength(1);
    expect(one.articles[0]!.title).toBe("新昌县回山镇通水");
    expect(one.articles[0]!.place?.township?.code).toBe("330624104");
  });

  it("gives place null for text with no Zhejiang place", () => {
    const out = extractDocument("上海举办论坛\n\n上海市浦东新区近日举办论坛,200余名代表参加。", { single: true });
    expect(out.articles[0]!.place).toBeNull();
    expect(out.articles[0]!.mentions).toEqual([]);
  });
});
