import { describe, expect, it } from "vitest";
import { statusOf, upTo } from "./testing";

describe("acceptLoneGenericTowns", () => {
  it("accepts a generic name unique in Zhejiang that the article repeats and is its only place", () => {
    expect(statusOf(upTo("lone-generic-towns", "丹东街道开展活动。丹东街道居民参加。"), "丹东街道")).toEqual(["accepted:丹东街道", "accepted:丹东街道"]);
  });

  it("not when it is named once, or the article names a place elsewhere", () => {
    expect(statusOf(upTo("lone-generic-towns", "丹东街道开展活动。"), "丹东街道")).toEqual(["pending"]);
    expect(statusOf(upTo("lone-generic-towns", "丹东街道开展活动。丹东街道与辽宁客商座谈。"), "丹东街道")).toEqual(["pending", "pending"]);
  });
});

describe("a distinctive township stem alone", () => {
  it("accepts a long stem only one township has when the article repeats it and names nothing else", () => {
    expect(statusOf(upTo("lone-generic-towns", "沈家门的老街修缮完工。沈家门居民搬回了新居。"), "沈家门")).toEqual([
      "accepted:沈家门街道",
      "accepted:沈家门街道",
    ]);
  });

  it("not once, and not a landscape name (清凉峰 is a peak as much as a town)", () => {
    expect(statusOf(upTo("lone-generic-towns", "沈家门的老街修缮完工。"), "沈家门")).toEqual(["pending"]);
    expect(statusOf(upTo("lone-generic-towns", "清凉峰云海美景吸引游客。清凉峰游客增多。"), "清凉峰")).toEqual(["pending", "pending"]);
  });
});
