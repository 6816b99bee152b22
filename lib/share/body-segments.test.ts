import { describe, expect, it } from "vitest";
import { segmentBody, type Span } from "./body-segments";

const span = (body: string, text: string, from = 0): Span => {
  const start = body.indexOf(text, from);
  return { start, end: start + text.length, text };
};

describe("segmentBody", () => {
  const body = "近日,新昌县回山镇双彩片1.3万名群众喝上了水。\n\n工程预算在3500万元左右。";

  it("splits paragraphs and marks metrics and places in order", () => {
    const paras = segmentBody(body, [span(body, "1.3万名"), span(body, "3500万元左右")], [span(body, "新昌县"), span(body, "回山镇")]);
    expect(paras).toHaveLength(2);
    expect(paras[0]!.segments).toEqual([
      { kind: "text", text: "近日," },
      { kind: "place", text: "新昌县", index: 0 },
      { kind: "place", text: "回山镇", index: 1 },
      { kind: "text", text: "双彩片" },
      { kind: "metric", text: "1.3万名", index: 0 },
      { kind: "text", text: "群众喝上了水。" },
    ]);
    expect(paras[1]!.segments).toEqual([
      { kind: "text", text: "工程预算在" },
      { kind: "metric", text: "3500万元左右", index: 1 },
      { kind: "text", text: "。" },
    ]);
  });

  it("keeps every character of every paragraph", () => {
    const paras = segmentBody(body, [span(body, "1.3万名")], [span(body, "回山镇")]);
    expect(paras.map((p) => p.segments.map((s) => s.text).join("")).join("\n\n")).toBe(body);
  });

  it("lets a metric win over an overlapping place mention", () => {
    const b = "共有9个村参与";
    const paras = segmentBody(b, [span(b, "9个村")], [span(b, "村参与")]);
    expect(paras[0]!.segments.map((s) => s.kind)).toEqual(["text", "metric", "text"]);
  });

  it("skips spans whose offsets do not match the text, and spans across paragraphs", () => {
    const paras = segmentBody(body, [{ start: 0, end: 3, text: "1.3万名" }, { start: 20, end: 30, text: body.slice(20, 30) }, { start: -1, end: 2, text: "x" }], []);
    expect(paras.flatMap((p) => p.segments).every((s) => s.kind === "text")).toBe(true);
  });

  it("drops blank lines and trims paragraph edges", () => {
    expect(segmentBody("  一段 \n\n\n  二段", [], []).map((p) => p.segments[0]!.text)).toEqual(["一段", "二段"]);
    expect(segmentBody("", [], [])).toEqual([]);
  });
});
