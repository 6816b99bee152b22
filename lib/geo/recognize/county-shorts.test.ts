import { describe, expect, it } from "vitest";
import { resolveCountyShorts } from "./county-shorts";
import { statusOf, upTo } from "./testing";

/** State right before the settle pass, then one round of county short names. */
const resolved = (body: string, title = "", source?: string) => {
  const s = upTo("possessive-lists", body, title, source);
  resolveCountyShorts(s);
  return s;
};

describe("resolveCountyShorts", () => {
  it("accepts a short name followed by an organisation or facility, or after its city", () => {
    expect(statusOf(resolved("新昌发改局审批了该项目。"), "新昌")).toEqual(["accepted:新昌县"]);
    expect(statusOf(resolved("台州天台开展活动。"), "天台")).toEqual(["accepted:天台县"]);
  });

  it("accepts a short name whose full name is in the article", () => {
    expect(statusOf(resolved("临平区召开大会。会后,干部们回到临平各地。"), "临平")).toEqual(["accepted:临平区"]);
  });

  it("needs two weak signs otherwise", () => {
    expect(statusOf(resolved("他在天台晒被子。"), "天台")).toEqual(["pending"]);
    // 全县 and the local paper's own county
    expect(statusOf(resolved("全县推进改革,天台干部带头。", "", "天台报讯"), "天台")).toEqual(["accepted:天台县", "accepted:天台县"]);
  });
});
