import { describe, expect, it } from "vitest";
import { parseGold, type GoldDocument } from "./gold";
import { alignArticles, formatReport, prf, scoreDocument, scoreMentions, scoreMetrics } from "./score";
import { readPrediction } from "./prediction";

// A small invented two-article gold document in the seed-gold.json shape.
const gold: GoldDocument = parseGold({
  source: "test",
  mode: "page",
  articles: [
    {
      n: 1,
      title: "山区小镇 喝上放心水",
      authors: ["林一", "周二"],
      place: {
        city: { adcode: "331100", name: "丽水市" },
        county: { adcode: "331122", name: "缙云县" },
        township: { code: "331122105", name: "大洋镇" },
      },
      mentions_in_zhejiang: ["331122", "331122105"],
      body_starts_with: "近日,缙云县大洋镇",
      body_ends_with: "群众满意度明显提升。",
      body_must_contain: ["投入约1200万元"],
      captions: ["图为新建的水厂。"],
      metrics: [
        { text: "1.2万名", value: 12000, unit: "人", approx: false, label: "受益群众" },
        { text: "约1200万元", value: 12000000, unit: "元", approx: true, label: "投入资金" },
        { text: "6个村", value: 6, unit: "个", approx: false, label: "覆盖村" },
      ],
      optional_metrics: [{ text: "3个月", value: 3, unit: "月", label: "工期" }],
      not_metrics: ["2023年", "一村一策"],
    },
    {
      n: 2,
      title: "营商环境再提升",
      authors: [],
      place: { city: { adcode: "331000", name: "台州市" }, county: null, township: null },
      mentions_in_zhejiang: ["331000", "331081", "331082"],
      body_starts_with: "台州市推进",
      body_ends_with: "办事更便捷。",
      body_must_contain: [],
      captions: [],
      metrics: [{ text: "320家", value: 320, unit: "家", approx: false, label: "服务企业" }],
    },
  ],
});

const body1 =
  "近日,缙云县大洋镇1.2万名群众喝上了放心水。2023年,镇里按照\"一村一策\"思路,投入约1200万元,覆盖6个村,用时3个月。\n\n群众满意度明显提升。";
const span = (body: string, text: string) => {
  const start = body.indexOf(text);
  return { start, end: start + text.length };
};
const metric = (body: string, text: string, value: number, unit: string, approx: boolean, label: string) => ({
  text, value, unit, approx, label, kind: "count", ...span(body, text),
});

function perfectArticle1() {
  return {
    id: "a1",
    title: "山区小镇 喝上放心水",
    authors: ["周二", "林一"],
    body: body1,
    captions: ["图为新建的水厂。(记者 林一 摄)"],
    place: {
      level: "township",
      city: { adcode: "331100", name: "丽水市" },
      county: { adcode: "331122", name: "缙云县" },
      township: { code: "331122105", name: "大洋镇" },
      lon: 120, lat: 28.6, confidence: 0.9,
    },
    mentions: [
      { text: "缙云县", level: "county", code: "331122", start: 3, end: 6 },
      { text: "大洋镇", level: "township", code: "331122105", start: 6, end: 9 },
    ],
    metrics: [
      metric(body1, "1.2万名", 12000, "人", false, "受益群众"),
      metric(body1, "约1200万元", 12000000, "元", true, "投入资金"),
      metric(body1, "6个村", 6, "个", false, "覆盖村"),
    ],
  };
}

const body2 = "台州市推进涉企服务,温岭、临海两地共服务企业320家。\n\n办事更便捷。";
function perfectArticle2() {
  return {
    id: "a2",
    title: "营商环境再提升",
    authors: [],
    body: body2,
    captions: [],
    place: { level: "city", city: { adcode: "331000", name: "台州市" }, county: null, township: null, lon: 121.4, lat: 28.7, confidence: 0.8 },
    mentions: [
      { text: "台州市", level: "city", code: "331000", start: 0, end: 3 },
      { text: "温岭", level: "county", code: "331081", start: 9, end: 11 },
      { text: "临海", level: "county", code: "331082", start: 12, end: 14 },
    ],
    metrics: [metric(body2, "320家", 320, "家", false, "服务企业")],
  };
}

const perfect = () => ({ articles: [perfectArticle1(), perfectArticle2()] });

describe("scoreDocument", () => {
  it("gives full marks to a perfect extraction", () => {
    const r = scoreDocument(perfect(), gold);
    const t = r.totals;
    expect(r.countMatch).toBe(true);
    expect(r.problems).toEqual([]);
    expect(t.title).toEqual({ ok: 2, total: 2 });
    expect(t.authors).toEqual({ ok: 2, total: 2 });
    expect(t.bodyStarts.ok).toBe(2);
    expect(t.bodyEnds.ok).toBe(2);
    expect(t.bodyContains).toEqual({ ok: 1, total: 1 });
    expect(t.captions).toEqual({ ok: 2, total: 2 });
    expect(t.city).toEqual({ ok: 2, total: 2 });
    expect(t.county).toEqual({ ok: 2, total: 2 });
    expect(t.township).toEqual({ ok: 1, total: 1 });
    expect(t.metrics).toEqual({ tp: 4, fp: 0, fn: 0 });
    expect(t.mentions).toEqual({ tp: 5, fp: 0, fn: 0 });
    expect(t.approx).toEqual({ ok: 4, total: 4 });
    expect(t.labels).toEqual({ ok: 4, total: 4 });
    expect(t.forbidden).toBe(0);
  });

  it("fails a wrong value and reports it as a mismatch", () => {
    const doc = perfect();
    const m = doc.articles[0]!.metrics[0]!;
    m.value = 1.2; // forgot to expand 万
    const r = scoreDocument(doc, gold);
    const a = r.articles[0]!;
    expect(a.metrics.tp).toBe(2);
    expect(a.metrics.fn).toBe(1);
    expect(a.metrics.fp).toBe(1);
    expect(a.metrics.mismatches[0]?.why).toContain("value 1.2");
    expect(prf(r.totals.metrics).f1).toBeLessThan(1);
  });

  it("fails a wrong unit (名 must be read as 人)", () => {
    const doc = perfect();
    doc.articles[0]!.metrics[0]!.unit = "名";
    const a = scoreDocument(doc, gold).articles[0]!;
    expect(a.metrics.fn).toBe(1);
    expect(a.metrics.mismatches[0]?.why).toContain("unit");
  });

  it("fails a missing metric", () => {
    const doc = perfect();
    doc.articles[1]!.metrics = [];
    const r = scoreDocument(doc, gold);
    expect(r.totals.metrics).toEqual({ tp: 3, fp: 0, fn: 1 });
    expect(r.articles[1]!.metrics.missed.map((m) => m.text)).toEqual(["320家"]);
  });

  it("counts a forbidden metric (a year, a named slogan) as FP and as forbidden", () => {
    const doc = perfect();
    doc.articles[0]!.metrics.push(metric(body1, "2023年", 2023, "年", false, "年份"));
    doc.articles[0]!.metrics.push(metric(body1, "一村", 1, "村", false, "村"));
    const a = scoreDocument(doc, gold).articles[0]!;
    expect(a.metrics.fp).toBe(2);
    expect(a.metrics.forbidden).toEqual(["2023年", "一村"]);
  });

  it("fails a wrong township even when county and city are right", () => {
    const doc = perfect();
    // 大洋镇 of 建德市 instead of 缙云县: the classic shared-name error.
    doc.articles[0]!.place.township = { code: "330182107", name: "大洋镇" };
    const r = scoreDocument(doc, gold);
    expect(r.articles[0]!.place.township).toBe(false);
    expect(r.totals.township).toEqual({ ok: 0, total: 1 });
    expect(r.totals.county.ok).toBe(2);
  });

  it("fails a county given for a city-level article and a spurious township", () => {
    const doc = perfect();
    const p = doc.articles[1]!.place as Record<string, unknown>;
    p.county = { adcode: "331081", name: "温岭市" };
    p.township = { code: "331081001", name: "太平街道" };
    const a = scoreDocument(doc, gold).articles[1]!;
    expect(a.place.city).toBe(true);
    expect(a.place.county).toBe(false);
    expect(a.place.township).toBeNull();
    expect(a.place.spuriousTownship).toBe(true);
  });

  it("neither rewards nor punishes optional metrics; counts repeats as duplicates", () => {
    const doc = perfect();
    doc.articles[0]!.metrics.push(metric(body1, "3个月", 3, "月", false, "工期"));
    doc.articles[0]!.metrics.push({ ...metric(body1, "6个村", 6, "个", false, "覆盖村") });
    const a = scoreDocument(doc, gold).articles[0]!;
    expect(a.metrics).toMatchObject({ tp: 3, fp: 0, fn: 0, optionalHits: 1, duplicates: 1 });
  });

  it("accepts a shorter or longer metric text that overlaps the gold text", () => {
    const doc = perfect();
    const m = doc.articles[0]!.metrics[1]!;
    Object.assign(m, metric(body1, "1200万元", 12000000, "元", true, "金额"));
    const a = scoreDocument(doc, gold).articles[0]!;
    expect(a.metrics.tp).toBe(3);
    expect(a.metrics.labels.ok).toBe(2); // "金额" vs "投入资金" shares no bigram
  });

  it("fails a wrong approx flag without failing the match", () => {
    const doc = perfect();
    doc.articles[0]!.metrics[1]!.approx = false;
    const a = scoreDocument(doc, gold).articles[0]!;
    expect(a.metrics.tp).toBe(3);
    expect(a.metrics.approx).toEqual({ ok: 2, total: 3 });
    expect(a.metrics.wrongApprox[0]).toContain("约1200万元");
  });

  it("fails title, authors, body boundaries and a caption left in the body", () => {
    const doc = perfect();
    const a1 = doc.articles[0]!;
    a1.title = "山区小镇喝上放心水(林一)";
    a1.authors = ["林一"];
    a1.body = `${body1}\n\n图为新建的水厂。\n\n(林一 周二)`;
    a1.captions = [];
    a1.metrics = a1.metrics.map((m) => ({ ...m, ...span(a1.body, m.text) }));
    const r = scoreDocument(doc, gold);
    const a = r.articles[0]!;
    expect(a.alignedBy).toBe("fuzzy");
    expect(a.title).toBe(false);
    expect(a.authors).toBe(false);
    expect(a.body.starts).toBe(true);
    expect(a.body.ends).toBe(false);
    expect(a.captions).toEqual({ exact: false, leaked: 1 });
  });

  it("counts merged articles: missing gold article scores zero, metrics of the other are lost", () => {
    const doc = { articles: [perfectArticle1()] };
    const r = scoreDocument(doc, gold);
    expect(r.countMatch).toBe(false);
    expect(r.articles[1]!.alignedBy).toBeNull();
    expect(r.totals.articlesFound).toEqual({ ok: 1, total: 2 });
    expect(r.totals.metrics.fn).toBe(1);
    expect(r.totals.city.ok).toBe(1);
  });

  it("charges the metrics of an unaligned extra article as false positives", () => {
    const extra = { ...perfectArticle2(), title: "责任编辑 王五", body: "责任编辑 王五" };
    const r = scoreDocument({ articles: [perfectArticle1(), perfectArticle2(), extra] }, gold);
    expect(r.extraArticles).toEqual([{ title: "责任编辑 王五", metrics: 1 }]);
    expect(r.totals.metrics.fp).toBe(1);
  });

  it("scores broken output without throwing", () => {
    const r = scoreDocument("not json", gold);
    expect(r.predArticles).toBe(0);
    expect(r.problems[0]).toContain("articles");
    expect(r.totals.title).toEqual({ ok: 0, total: 2 });
    expect(r.totals.metrics).toEqual({ tp: 0, fp: 0, fn: 4 });
  });

  it("flags a metric whose span does not point at its text", () => {
    const doc = perfect();
    doc.articles[0]!.metrics[0]!.start += 1;
    expect(scoreDocument(doc, gold).problems.some((p) => p.includes("span"))).toBe(true);
  });

  it("treats a null gold place as right only when the prediction is null too", () => {
    const g = parseGold({ articles: [{ ...gold.articles[1]!, place: null, mentions_in_zhejiang: [] }] });
    const right = { ...perfectArticle2(), place: null, mentions: [] };
    expect(scoreDocument({ articles: [right] }, g).articles[0]!.place).toMatchObject({ city: true, county: true });
    const wrong = perfectArticle2();
    expect(scoreDocument({ articles: [wrong] }, g).articles[0]!.place).toMatchObject({ city: false, county: false });
  });
});

describe("scoreMentions", () => {
  it("ignores a city code whose county is named, but not a stray city", () => {
    expect(scoreMentions(["330604"], ["330600", "330604"])).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(scoreMentions(["330604"], ["330100", "330604"])).toMatchObject({ tp: 1, fp: 1, extra: ["330100"] });
  });
  it("does not require a city code when its county is in the gold", () => {
    expect(scoreMentions(["331000", "331024"], ["331024"])).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(scoreMentions(["331000"], [])).toMatchObject({ fn: 1, missing: ["331000"] });
  });
  it("ignores codes outside Zhejiang and the province code", () => {
    expect(scoreMentions([], ["310107", "330000"])).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });
  it("counts a wrong same-name township as both FP and FN", () => {
    expect(scoreMentions(["330602", "330602008"], ["330602", "330113003"])).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });
});

describe("scoreMetrics", () => {
  it("finds the assignment that matches most gold metrics", () => {
    // "9个" (text inside both "9个村" and "9个村监会") must go to the metric it alone can match.
    const g = parseGold({ articles: [{ ...gold.articles[1]!, metrics: [
      { text: "9个村监会", value: 9, unit: "个", approx: false },
      { text: "9个村", value: 9, unit: "个", approx: false },
    ] }] }).articles[0]!;
    const pred = readPrediction({ articles: [{ body: "9个村监会 9个村", metrics: [
      { text: "9个村", value: 9, unit: "个", start: 6, end: 9 },
      { text: "9个村监会", value: 9, unit: "个", start: 0, end: 5 },
    ] }] }).articles[0]!.metrics;
    expect(scoreMetrics(g, pred)).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });
  it("compares values with a relative tolerance", () => {
    const g = parseGold({ articles: [{ ...gold.articles[1]!, metrics: [
      { text: "12.6亿元", value: 1260000000, unit: "元", approx: false },
    ] }] }).articles[0]!;
    const pred = [{ text: "12.6亿元", value: 12.6 * 1e8, unit: "元", approx: false, label: "", start: 0, end: 6 }];
    expect(scoreMetrics(g, pred).tp).toBe(1);
    expect(scoreMetrics(g, [{ ...pred[0]!, value: 1.26e9 + 10 }]).tp).toBe(0);
  });
});

describe("alignArticles", () => {
  it("falls back to body start, then order", () => {
    const pred = readPrediction({ articles: [
      { title: "", body: "台州市推进涉企服务。办事更便捷。" },
      { title: "完全不同", body: "别的内容" },
    ] }).articles;
    const pairs = alignArticles(gold.articles, pred);
    expect(pairs.map((p) => [p.pred, p.by])).toEqual([[1, "order"], [0, "body"]]);
  });
});

describe("formatReport", () => {
  it("prints one row per article and the totals", () => {
    const doc = perfect();
    doc.articles[0]!.metrics[0]!.value = 1.2;
    const text = formatReport([scoreDocument(doc, gold, "demo")], "full");
    expect(text).toContain("demo");
    expect(text).toContain("metric mismatch");
    expect(text).toContain("TOTAL over 1 document(s)");
    expect(text).toMatch(/metrics\s+P 75%\s+R 75%/);
    expect(formatReport([scoreDocument(doc, gold, "demo")], "documents").split("\n")[1]).toContain("demo");
  });
});
