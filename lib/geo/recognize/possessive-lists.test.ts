import { describe, expect, it } from "vitest";
import { statusOf, upTo } from "./testing";

describe("acceptPossessiveLists", () => {
  it("accepts counties listed with what each is known for, across cities", () => {
    const s = upTo("possessive-lists", "淳安的千岛湖鱼、泰顺的三杯香茶、景宁的惠明茶都很有名。");
    expect(statusOf(s, "泰顺")).toEqual(["accepted:泰顺县"]);
    expect(statusOf(s, "景宁")).toEqual(["accepted:景宁畲族自治县"]);
    expect(s.lists.some((l) => l.items.length === 3)).toBe(true);
  });

  it("needs three names when they are also ordinary words", () => {
    const s = upTo("possessive-lists", "天台的云、江山的雨都很美。");
    expect(statusOf(s, "天台")).toEqual(["pending"]);
  });
});
