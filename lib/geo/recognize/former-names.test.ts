import { describe, expect, it } from "vitest";
import { statusOf, upTo } from "./testing";

describe("reinterpretFormerNames", () => {
  it("reads a former county right before a township that moved as today's county", () => {
    expect(statusOf(upTo("former-names", "余杭区塘栖镇举办枇杷节。"), "余杭区")).toEqual(["accepted:临平区"]);
    expect(statusOf(upTo("former-names", "鄞州区洞桥镇的粮农迎来丰收。"), "鄞州区")).toEqual(["accepted:海曙区"]);
  });

  it("reads a former county whose townships in the article all moved as the successor", () => {
    expect(statusOf(upTo("former-names", "余杭区推进古镇保护,塘栖街道游客增多。"), "余杭区")).toEqual(["accepted:临平区"]);
  });

  it("keeps the county when one of its own townships is named", () => {
    expect(statusOf(upTo("former-names", "余杭区仓前街道和塘栖街道开展活动。"), "余杭区")).toEqual(["accepted:余杭区"]);
  });
});

describe("former township names and county-prefixed old names (data/geo/former-townships.csv)", () => {
  const settled = (body: string) => upTo("former-names", body);

  it("reads a former township as today's successor", () => {
    // 阮市镇 was merged into 店口镇 (2018 edition the last to list it); 钱清镇 is 钱清街道 now
    expect(statusOf(settled("诸暨市阮市镇的农民种植香榧。"), "阮市镇")).toEqual(["accepted:店口镇"]);
    expect(statusOf(settled("绍兴县钱清镇的纺织企业纷纷转型。"), "钱清镇")).toEqual(["accepted:钱清街道"]);
  });

  it("reads the county written before a township that has moved since as today's county", () => {
    expect(statusOf(settled("绍兴县钱清镇的纺织企业纷纷转型。"), "绍兴县")).toEqual(["accepted:柯桥区"]);
    expect(statusOf(settled("鄞州章水镇的樱花开了。"), "鄞州")).toEqual(["accepted:海曙区"]);
    expect(statusOf(settled("余杭东湖街道开展垃圾分类。"), "余杭")).toEqual(["accepted:临平区"]);
    // a town that became a county-level city: the town's name is that city today
    expect(statusOf(settled("苍南龙港镇的印刷企业加快转型。"), "龙港镇")).toEqual(["accepted:龙港市"]);
  });

  it("keeps a county whose township never moved", () => {
    expect(statusOf(settled("鄞州区姜山镇的种粮大户获得丰收。"), "鄞州区")).toEqual(["accepted:鄞州区"]);
  });
});

describe("a county before its former town that is a county-level city today", () => {
  it("stays as written but only prefixes the town", () => {
    const s = upTo("former-names", "苍南县龙港镇的冷链中心建成投用。");
    expect(statusOf(s, "苍南县")).toEqual(["accepted:苍南县"]);
    expect(s.items.find((i) => i.text === "苍南县")?.chainPrefix).toBe(true);
  });
});
