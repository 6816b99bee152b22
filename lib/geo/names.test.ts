import { describe, expect, it } from "vitest";
import { cityShort, countyShort, isHan, townStem, townSuffix, townSuffixVariants } from "./names";

describe("names", () => {
  it("strips township suffixes", () => {
    expect(townStem("回山镇")).toBe("回山");
    expect(townStem("南星街道")).toBe("南星");
    expect(townStem("莪山畲族乡")).toBe("莪山");
    expect(townStem("司前畲族镇")).toBe("司前");
    expect(townStem("湖镇镇")).toBe("湖镇");
    expect(townStem("萧山商业城")).toBe("萧山商业城");
    expect(townSuffix("东湖街道")).toBe("街道");
  });

  it("derives suffix variants from older names", () => {
    expect(townSuffixVariants("塘栖镇")).toEqual(["塘栖街道", "塘栖乡"]);
    expect(townSuffixVariants("章安街道")).toEqual(["章安镇", "章安乡"]);
    expect(townSuffixVariants("莪山畲族乡")).toEqual([]);
  });

  it("shortens county and city names", () => {
    expect(countyShort("滨江区")).toBe("滨江");
    expect(countyShort("玉环市")).toBe("玉环");
    expect(countyShort("景宁畲族自治县")).toBe("景宁");
    expect(countyShort("鄞县")).toBe("鄞县");
    expect(cityShort("台州市")).toBe("台州");
  });

  it("recognizes Han characters", () => {
    expect(isHan("浙")).toBe(true);
    expect(isHan("(")).toBe(false);
    expect(isHan(undefined)).toBe(false);
  });
});
