import { describe, expect, it } from "vitest";
import { articleAnchor, findQuote, locateArticle, quoteAt } from "./anchor";

const body = "某镇今年培训干部300余人次。\n\n某村新建水池2座，惠及村民300余人次。\n\n全年投入资金约50万元。";

describe("quotes", () => {
  it("are re-found by their words and context, not their offsets", () => {
    const start = body.lastIndexOf("300余人次");
    const q = quoteAt(body, start, start + 6);
    expect(q.exact).toBe("300余人次");
    // The same words earlier in the text do not confuse it: the context decides.
    expect(findQuote(body, q)).toMatchObject({ start, end: start + 6 });
    // A later extraction adds a paragraph in front: offsets move, the quote is found where it went.
    const moved = `编者按：一段新加的导语。\n\n${body}`;
    const hit = findQuote(moved, q)!;
    expect(moved.slice(hit.start, hit.end)).toBe("300余人次");
    expect(moved.slice(hit.start - 4, hit.start)).toBe("惠及村民");
  });

  it("survive changed line breaks and spaces inside the words", () => {
    const start = body.indexOf("约50万元");
    const q = quoteAt(body, start, start + 5);
    const reflowed = body.replace("约50万元", "约 50\n万元");
    const hit = findQuote(reflowed, q)!;
    expect(reflowed.slice(hit.start, hit.end)).toBe("约 50\n万元");
  });

  it("are lost when their words are gone", () => {
    const start = body.indexOf("约50万元");
    expect(findQuote(body.replace("约50万元", "若干"), quoteAt(body, start, start + 5))).toBeNull();
  });

  it("refuse an empty or out-of-range span", () => {
    expect(() => quoteAt(body, 5, 5)).toThrow(RangeError);
    expect(() => quoteAt(body, 0, body.length + 1)).toThrow(RangeError);
  });
});

describe("article anchors", () => {
  const a = { id: "aaaaaaaaaaaa", title: "甲镇培训干部", body };
  const b = { id: "bbbbbbbbbbbb", title: "乙村修路", body: "乙村今年修路3公里。" };

  it("find an article by id, else by how its body starts, else by its unique title", () => {
    const anchor = articleAnchor(a);
    expect(locateArticle([b, a], anchor)).toBe(1);
    expect(locateArticle([b, { ...a, id: "cccccccccccc", title: "新标题" }], anchor)).toBe(1);
    expect(locateArticle([b, { ...a, id: "cccccccccccc", body: "不同的开头。" }], anchor)).toBe(1);
    expect(locateArticle([b, { ...a, id: "cccccccccccc", title: "x", body: "不同的开头。" }], anchor)).toBe(-1);
  });

  it("do not take an article that only contains the words further in", () => {
    const part = { id: "dddddddddddd", title: "拆出的报道", body: "某村新建水池2座，惠及村民300余人次。" };
    expect(locateArticle([a], articleAnchor(part))).toBe(-1);
  });
});
