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
