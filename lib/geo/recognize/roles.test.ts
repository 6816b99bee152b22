import { describe, expect, it } from "vitest";
import { upTo } from "./testing";

describe("markRoles", () => {
  it("marks places listed together", () => {
    const s = upTo("roles", "衢州市在柯城、衢江、龙游推进改革。");
    expect(s.items.filter((i) => i.listed).map((i) => i.text)).toEqual(["柯城", "衢江", "龙游"]);
  });

  it("marks the place a subject is sited in, not an example or an institution's address", () => {
    const sited = (body: string) => upTo("roles", body).items.filter((i) => i.sited).map((i) => i.text);
    expect(sited("位于天台县白鹤镇的抽水蓄能电站项目正式开工。")).toEqual(["天台县", "白鹤镇"]);
    expect(sited("其中,位于宗汉街道的新城幼儿园规模最大。")).toEqual([]);
    expect(sited("位于首南街道的鄞州区实验小学新校区迎来新生。")).toEqual([]);
  });
});

describe("venues", () => {
  it("marks a place (and its chain) where an event was held", () => {
    const venues = (body: string) => upTo("roles", body).items.filter((i) => i.venue).map((i) => i.text);
    expect(venues("全市推进会在鄞州区召开。")).toEqual(["鄞州区"]);
    expect(venues("邀请赛在嘉兴市秀洲区王店镇举行。")).toEqual(["嘉兴市", "秀洲区", "王店镇"]);
    expect(venues("鄞州区召开全区大会。")).toEqual([]);
  });
});
