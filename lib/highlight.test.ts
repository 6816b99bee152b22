import { describe, expect, it } from "vitest";
import { highlightRuns, paragraphs, termSpans } from "./highlight";

describe("highlightRuns", () => {
  const text = "回山镇1.3万名群众喝上水";
  it("covers the text exactly once, in order", () => {
    const runs = highlightRuns(text, { metrics: [{ start: 3, end: 8 }], places: [{ start: 0, end: 3 }] });
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.map((r) => [r.text, r.kind])).toEqual([
      ["回山镇", "place"],
      ["1.3万名", "metric"],
      ["群众喝上水", "plain"],
    ]);
  });

  it("lets metrics win over overlapping search matches", () => {
    const runs = highlightRuns(text, { metrics: [{ start: 3, end: 8 }], matches: [{ start: 6, end: 10 }] });
    expect(runs.map((r) => [r.text, r.kind])).toEqual([
      ["回山镇", "plain"],
      ["1.3万名", "metric"],
      ["群众", "match"],
      ["喝上水", "plain"],
    ]);
  });

  it("works on a slice of the text and keeps absolute offsets", () => {
    const runs = highlightRuns(text, { metrics: [{ start: 3, end: 8 }] }, 5, 10);
    expect(runs).toEqual([
      { text: "3万名", start: 5, kind: "metric", ref: 0 },
      { text: "群众", start: 8, kind: "plain", ref: -1 },
    ]);
  });

  it("skips spans whose text no longer matches", () => {
    expect(highlightRuns("abc", { metrics: [{ start: 0, end: 1, text: "x" }] })).toEqual([{ text: "abc", start: 0, kind: "plain", ref: -1 }]);
  });

  it("ignores empty and out-of-range spans", () => {
    expect(highlightRuns("abc", { metrics: [{ start: 1, end: 1 }, { start: 5, end: 9 }] })).toEqual([{ text: "abc", start: 0, kind: "plain", ref: -1 }]);
  });
});

describe("paragraphs and termSpans", () => {
  it("splits on blank lines with absolute offsets", () => {
    const body = "第一段。\n\n第二段。";
    expect(paragraphs(body).map((p) => body.slice(p.start, p.end))).toEqual(["第一段。", "第二段。"]);
  });
  it("finds every occurrence of every term", () => {
    expect(termSpans("亚运亚运 Asian asian", ["亚运", "ASIAN"])).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 5, end: 10 },
      { start: 11, end: 16 },
    ]);
  });
});
