import { describe, expect, it } from "vitest";
import { gaz } from "./testing";
import { tokenize } from "./tokenize";

const words = (text: string) => tokenize(text, "body", gaz).map((t) => `${text.slice(t.start, t.end)}/${t.kind}`);

describe("tokenize", () => {
  it("lets ordinary words beat the short names they straddle", () => {
    expect(words("浙江山区")).not.toContain("江山/place");
    expect(words("创建德育基地")).not.toContain("建德/place");
  });

  it("lets a long foreign name beat the Zhejiang name inside it, but not a bare two-character one", () => {
    expect(words("三门峡市")).toContain("三门峡/foreign");
    expect(words("临海南收费站")).toContain("临海/place");
  });

  it("lets an override word split a full name (江山市场 is a market)", () => {
    expect(words("江山市场")).toEqual(["江山/place", "市场/override"]);
  });

  it("returns tokens in text order without overlaps", () => {
    const toks = tokenize("杭州市上城区凯旋街道", "body", gaz);
    for (let k = 1; k < toks.length; k++) expect(toks[k]!.start).toBeGreaterThanOrEqual(toks[k - 1]!.end);
    expect(toks.map((t) => t.entry?.level)).toEqual(["city", "county", "township"]);
  });
});
