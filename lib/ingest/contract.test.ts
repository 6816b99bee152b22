import { describe, expect, it } from "vitest";
import { contractDocumentSchema, contractMetricSchema, spanProblems } from "./contract";

const metric = {
  text: "约2100万元",
  value: 21000000,
  unit: "元",
  approx: true,
  label: "投入资金",
  kind: "money",
  start: 0,
  end: 7,
  indicator: "project_investment",
  indicatorConfidence: 0.9,
  partOf: null,
};

const article = (metrics: unknown[], body = "约2100万元,其中1000万元用于管网。") => ({
  id: "0123456789ab",
  title: "t",
  authors: [],
  body,
  captions: [],
  place: null,
  mentions: [],
  metrics,
  tags: [],
  publishedOn: null,
});

describe("the contract's metric", () => {
  it("accepts the documented fields, with valueMax and normalized optional", () => {
    expect(contractMetricSchema.safeParse(metric).success).toBe(true);
    expect(contractMetricSchema.safeParse({ ...metric, text: "七八百人", value: 700, valueMax: 800, unit: "人" }).success).toBe(true);
    expect(contractMetricSchema.safeParse({ ...metric, normalized: { value: 1, unit: "公顷" } }).success).toBe(true);
  });

  it("requires indicator, indicatorConfidence and partOf (never silently absent)", () => {
    for (const k of ["indicator", "indicatorConfidence", "partOf"] as const) {
      const m: Record<string, unknown> = { ...metric };
      delete m[k];
      expect(contractMetricSchema.safeParse(m).success, k).toBe(false);
    }
  });

  it("keeps every field of the first round (none removed or renamed)", () => {
    for (const k of ["text", "value", "unit", "approx", "label", "kind", "start", "end"] as const) {
      const m: Record<string, unknown> = { ...metric };
      delete m[k];
      expect(contractMetricSchema.safeParse(m).success, k).toBe(false);
    }
  });

  it("rejects a confidence outside 0..1, a negative partOf, an empty range and unknown fields", () => {
    expect(contractMetricSchema.safeParse({ ...metric, indicatorConfidence: 1.2 }).success).toBe(false);
    expect(contractMetricSchema.safeParse({ ...metric, partOf: -1 }).success).toBe(false);
    expect(contractMetricSchema.safeParse({ ...metric, valueMax: 100 }).success).toBe(false);
    expect(contractMetricSchema.safeParse({ ...metric, indicator: "" }).success).toBe(false);
    expect(contractMetricSchema.safeParse({ ...metric, extra: 1 }).success).toBe(false);
  });

  it("flags a partOf that names no other metric of the article", () => {
    const part = { ...metric, text: "1000万元", value: 1e7, approx: false, start: 10, end: 16 };
    const good = contractDocumentSchema.parse({ publishedOn: null, articles: [article([metric, { ...part, partOf: 0 }])] });
    expect(spanProblems(good)).toEqual([]);
    const self = contractDocumentSchema.parse({ publishedOn: null, articles: [article([metric, { ...part, partOf: 1 }])] });
    expect(spanProblems(self)).toHaveLength(1);
    const outside = contractDocumentSchema.parse({ publishedOn: null, articles: [article([metric, { ...part, partOf: 5 }])] });
    expect(spanProblems(outside)).toHaveLength(1);
  });
});
