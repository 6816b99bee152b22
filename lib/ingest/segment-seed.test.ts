import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { segmentPage } from "./segment";

type GoldArticle = {
  n: number;
  title: string;
  authors: string[];
  body_starts_with: string;
  body_ends_with: string;
  body_must_contain: string[];
  captions: string[];
};

const root = path.resolve(import.meta.dirname, "../..");
const page = fs.readFileSync(path.join(root, "data/sources/zhejiang-news-page.txt"), "utf8");
const gold = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures/seed-gold.json"), "utf8")) as { articles: GoldArticle[] })
  .articles;
const articles = segmentPage(page);

describe("seed page against the gold labels", () => {
  it("finds exactly the gold's articles, in order", () => {
    expect(articles).toHaveLength(gold.length);
    expect(articles.map((a) => a.title)).toEqual(gold.map((g) => g.title));
    expect(articles.map((a) => a.position)).toEqual(gold.map((_, i) => i));
  });

  for (const g of gold) {
    describe(`article ${g.n}: ${g.title}`, () => {
      const a = () => articles[g.n - 1]!;
      it("has the gold authors", () => expect(a().authors).toEqual(g.authors));
      it("starts, ends and contains what the gold says", () => {
        expect(a().body.startsWith(g.body_starts_with)).toBe(true);
        expect(a().body.endsWith(g.body_ends_with)).toBe(true);
        for (const s of g.body_must_contain) expect(a().body).toContain(s);
      });
      it("has the gold captions, none of them left in the body", () => {
        expect(a().captions).toEqual(g.captions);
        for (const c of g.captions) expect(a().body).not.toContain(c);
      });
      it("leaves no markdown, byline or blank-line noise in the body", () => {
        expect(a().body).not.toContain("#");
        for (const name of g.authors) expect(a().body).not.toMatch(new RegExp(`\\(\\s*${name}`, "u"));
        expect(a().body).not.toMatch(/\n{3,}|^\s|\s$/u);
        expect(a().body).not.toMatch(/[\u4e00-\u9fff。,] | [\u4e00-\u9fff]/u);
      });
    });
  }

  it("keeps the properly ending copy of an OCR-rescanned line", () => {
    const a = articles[5]!;
    expect(a.body).toContain("集体研究,小区内破损的椅子很快得到了修复。为深入推进清廉社区建设");
    expect(a.body).not.toContain("梳子");
  });

  it("rejoins a sentence around a photo caption and words broken across columns", () => {
    expect(articles[0]!.body).toContain('还积极开展"大走访大调研大服务大解题",35名区领导结对企业105家');
    expect(articles[4]!.body).toContain('实施旅游业"微改造、精提升"工程、"一城十镇百村景区化"创建');
    expect(articles[10]!.body).toContain("社会阅历较浅等问题,三合镇");
  });
});
