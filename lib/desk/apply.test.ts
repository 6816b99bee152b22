import { describe, expect, it } from "vitest";
import { articleAnchor, quoteAt, type Anchor } from "./anchor";
import { applyCorrections, splitId } from "./apply";
import type { CorrectionRecord } from "./correction-types";
import { assignStableIds } from "./stable-ids";
import { makeMetric, type StoredArticle, type StoredPlace } from "./stored-article";

// Invented reports: two stories on one page.
const BODY_A = "新安县东岭镇开展干部培训，全年培训3100余人次。\n\n东岭镇还新建文化礼堂12个。";
const BODY_B = "西河县南湾乡投入约2100万元建设水厂，惠及群众1.3万名。";

const county = (code: string): StoredPlace => ({ level: "county", cityCode: "330100", countyCode: code, townshipCode: null, lon: 120, lat: 30, confidence: 0.9 });

function metric(body: string, text: string, fields: { value: number; unit: string; kind: string; label?: string; approx?: boolean }) {
  const start = body.indexOf(text);
  return makeMetric({ label: "", approx: false, ...fields }, text, start, start + text.length, false);
}

function page(): StoredArticle[] {
  return [
    {
      id: "aaaaaaaaaaaa",
      title: "东岭镇培训干部",
      authors: ["记者甲"],
      body: BODY_A,
      captions: [],
      place: county("330102"),
      mentions: [{ placeCode: "330102", text: "新安县", level: "county", start: 0, end: 3, primary: true }],
      metrics: [metric(BODY_A, "3100余人次", { value: 3100, unit: "人次", kind: "people_times", approx: true }), metric(BODY_A, "12个", { value: 12, unit: "个", kind: "facilities" })],
      engineVersion: "v1",
      corrected: false,
    },
    {
      id: "bbbbbbbbbbbb",
      title: "南湾乡建水厂",
      authors: [],
      body: BODY_B,
      captions: ["图片说明"],
      place: county("330105"),
      mentions: [],
      metrics: [metric(BODY_B, "约2100万元", { value: 21000000, unit: "元", kind: "money", approx: true }), metric(BODY_B, "1.3万名", { value: 13000, unit: "人", kind: "people" })],
      engineVersion: "v1",
      corrected: false,
    },
  ];
}

let nextId = 1;
function correction<K extends CorrectionRecord["kind"]>(kind: K, article: StoredArticle, after: Extract<CorrectionRecord, { kind: K }>["after"], extra: Partial<Anchor> = {}): CorrectionRecord {
  return { id: nextId++, kind, anchor: { article: articleAnchor(article), ...extra }, after } as CorrectionRecord;
}

function target(a: StoredArticle, text: string) {
  const start = a.body.indexOf(text);
  return quoteAt(a.body, start, start + text.length);
}

describe("applyCorrections", () => {
  it("is pure and returns the base unchanged without corrections", () => {
    const base = page();
    const copy = structuredClone(base);
    const r = applyCorrections(base, []);
    expect(r.articles).toEqual(copy);
    expect(base).toEqual(copy);
  });

  it("changes a place (primary mention follows) and a title, and marks the story corrected", () => {
    const [a] = page();
    const place: StoredPlace = { ...county("330106"), confidence: 1 };
    const r = applyCorrections(page(), [correction("place", a!, { place, label: "X" }), correction("title", a!, { title: "新标题" })]);
    expect(r.articles[0]).toMatchObject({ place, title: "新标题", corrected: true });
    expect(r.articles[0]!.mentions[0]!.primary).toBe(false);
    expect(r.articles[1]!.corrected).toBe(false);
    expect(r.outcomes.map((o) => o.status)).toEqual(["applied", "applied"]);
  });

  it("fixes, deletes and adds metrics at their quoted words", () => {
    const [a, b] = page();
    const r = applyCorrections(page(), [
      correction("metric-fix", a!, { metric: { value: 3100, unit: "人次", kind: "people_times", label: "培训干部", approx: true } }, { target: target(a!, "3100余人次") }),
      correction("metric-delete", b!, {}, { target: target(b!, "约2100万元") }),
      correction("metric-add", a!, { metric: { value: 12, unit: "个", kind: "facilities", label: "文化礼堂", approx: false } }, { target: target(a!, "12个") }),
    ]);
    const ma = r.articles[0]!.metrics;
    expect(ma.map((m) => [m.text, m.label, m.corrected])).toEqual([
      ["3100余人次", "培训干部", true],
      ["12个", "文化礼堂", true],
    ]);
    expect(r.articles[1]!.metrics.map((m) => m.text)).toEqual(["1.3万名"]);
    expect(r.articles[1]!.corrected).toBe(true);
  });

  it("derives the normalized value of a corrected metric from its unit", () => {
    const [, b] = page();
    const r = applyCorrections(page(), [correction("metric-fix", b!, { metric: { value: 2100, unit: "万元", kind: "money", label: "投资", approx: true } }, { target: target(b!, "约2100万元") })]);
    expect(r.articles[1]!.metrics[0]).toMatchObject({ value: 2100, unit: "万元", normValue: 21000000, normUnit: "元" });
  });

  it("splits at a paragraph into a new article with a stable id, carrying its metrics", () => {
    const [a] = page();
    const at = target(a!, "东岭镇还新建");
    const placeOf = () => county("330108");
    const r = applyCorrections(page(), [correction("split", a!, { title: "东岭镇建礼堂" }, { target: at })], { placeOf });
    expect(r.articles.map((x) => x.title)).toEqual(["东岭镇培训干部", "东岭镇建礼堂", "南湾乡建水厂"]);
    const [head, part] = r.articles as [StoredArticle, StoredArticle];
    expect(head.body).toBe("新安县东岭镇开展干部培训，全年培训3100余人次。");
    expect(part.body).toBe("东岭镇还新建文化礼堂12个。");
    expect(part.id).toBe(splitId("aaaaaaaaaaaa", at.exact));
    expect(part.place?.countyCode).toBe("330108");
    expect(part.metrics.map((m) => [m.text, part.body.slice(m.start, m.end)])).toEqual([["12个", "12个"]]);
    expect(head.metrics.map((m) => m.text)).toEqual(["3100余人次"]);
  });

  it("merges an article with the next, shifting the next one's spans", () => {
    const [a, b] = page();
    const r = applyCorrections(page(), [correction("merge", a!, {}, { next: articleAnchor(b!) })]);
    expect(r.articles).toHaveLength(1);
    const m = r.articles[0]!;
    expect(m.body).toBe(`${BODY_A}\n\n${BODY_B}`);
    expect(m.metrics.map((x) => m.body.slice(x.start, x.end))).toEqual(["3100余人次", "12个", "约2100万元", "1.3万名"]);
    expect(m.captions).toEqual(["图片说明"]);
  });

  it("hides an article and says which correction hid it", () => {
    const [a] = page();
    const c = correction("hide", a!, {});
    const r = applyCorrections(page(), [c]);
    expect(r.articles.map((x) => x.id)).toEqual(["bbbbbbbbbbbb"]);
    expect(r.hidden).toMatchObject([{ article: { id: "aaaaaaaaaaaa" }, correctionId: c.id }]);
  });

  it("orphans a correction whose words are gone instead of applying it elsewhere", () => {
    const [a] = page();
    const fix = correction("metric-fix", a!, { metric: { value: 12, unit: "个", kind: "facilities", label: "", approx: false } }, { target: target(a!, "12个") });
    const base = page();
    base[0]!.body = base[0]!.body.replace("12个", "若干个");
    base[0]!.metrics = base[0]!.metrics.slice(0, 1);
    const r = applyCorrections(base, [fix, { id: 999, error: "unreadable correction" }]);
    expect(r.outcomes).toEqual([
      { id: fix.id, status: "orphaned", reason: expect.stringContaining("12个") },
      { id: 999, status: "orphaned", reason: "unreadable correction" },
    ]);
    expect(r.articles[0]!.corrected).toBe(false);
  });

  it("re-applies every correction to a better engine's output with stable ids", () => {
    const [a, b] = page();
    const place: StoredPlace = { ...county("330106"), confidence: 1 };
    const corrections = [
      correction("place", a!, { place, label: "X" }),
      correction("metric-fix", b!, { metric: { value: 13000, unit: "人", kind: "people", label: "受益群众", approx: false } }, { target: target(b!, "1.3万名") }),
    ];
    // The new engine mends a title (so its own id differs) and reflows a line.
    const fresh = page().map((x) => ({ ...x }));
    fresh[0] = { ...fresh[0]!, id: "ffffffffffff", title: "东岭镇 培训干部" };
    fresh[1] = { ...fresh[1]!, id: "eeeeeeeeeeee", body: BODY_B.replace("惠及群众", "惠及\n群众") };
    fresh[1]!.metrics = fresh[1]!.metrics.map((m) => (m.text === "1.3万名" ? { ...m, start: m.start + 1, end: m.end + 1 } : m));
    const stable = assignStableIds(fresh, page());
    expect(stable.map((x) => x.id)).toEqual(["aaaaaaaaaaaa", "bbbbbbbbbbbb"]);
    const r = applyCorrections(stable, corrections);
    expect(r.outcomes.every((o) => o.status === "applied")).toBe(true);
    expect(r.articles[0]!.place).toEqual(place);
    expect(r.articles[1]!.metrics.find((m) => m.text === "1.3万名")).toMatchObject({ label: "受益群众", corrected: true });
  });
});
