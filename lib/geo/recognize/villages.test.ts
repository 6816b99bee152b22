import { describe, expect, it } from "vitest";
import { upTo } from "./testing";
import { villageAfter } from "./villages";

describe("villageAfter", () => {
  it("reads the village or community written right after a township", () => {
    expect(villageAfter("苏庄镇古田村的菇农", 3)).toBe("古田村");
    expect(villageAfter("安昌街道西扆社区居民", 4)).toBe("西扆社区");
    expect(villageAfter("檀溪镇外罗家村", 3)).toBe("外罗家村");
  });

  it("reads no village from words for villages in general", () => {
    expect(villageAfter("苏庄镇各村都种香菇", 3)).toBeNull();
    expect(villageAfter("苏庄镇下辖村", 3)).toBeNull();
    expect(villageAfter("苏庄镇全村", 3)).toBeNull();
    expect(villageAfter("苏庄镇今年", 3)).toBeNull();
  });
});

describe("markVillages", () => {
  const recurring = (body: string) => upTo("villages", body).items.filter((i) => i.villageRecurs).map((i) => i.text);
  it("marks a township whose village the text names again", () => {
    expect(recurring("开化县苏庄镇古田村的菇农在采摘。古田村今年种植香菇200万袋。")).toEqual(["苏庄镇"]);
    expect(recurring("开化县苏庄镇古田村的菇农在采摘。村民今年增收。")).toEqual([]);
  });
});
