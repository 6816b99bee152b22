import { describe, expect, it } from "vitest";
import { upTo } from "./testing";

const prefixed = (body: string) => upTo("chain-prefixes", body).items.filter((i) => i.chainPrefix).map((i) => i.text);

describe("markChainPrefixes", () => {
  it("marks a city that only prefixes its own county or township", () => {
    expect(prefixed("杭州市上城区凯旋街道开展活动。")).toEqual(["杭州市"]);
    expect(prefixed("绍兴市公安局上虞区分局破获案件。")).toEqual(["绍兴市"]);
  });

  it("not a city standing for itself", () => {
    expect(prefixed("杭州市召开大会,滨江区代表发言。")).toEqual([]);
  });
});
