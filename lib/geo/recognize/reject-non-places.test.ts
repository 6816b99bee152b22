import { describe, expect, it } from "vitest";
import { statusOf, upTo } from "./testing";

const after = (body: string) => upTo("reject-non-places", body);

describe("rejectNonPlaces", () => {
  it("rejects a name right after a place elsewhere", () => {
    expect(statusOf(after("上海市普陀区举办活动。"), "普陀区")).toEqual(["rejected"]);
  });

  it("rejects a generic township name after an administrative unit it does not know", () => {
    expect(statusOf(after("苏州市吴中区城南街道开展活动。"), "城南街道")).toEqual(["rejected"]);
  });

  it("rejects a short name used as a given name", () => {
    expect(statusOf(after("李金华说,今年收成不错。"), "金华")).toEqual(["rejected"]);
    expect(statusOf(after("记者王丽水报道。"), "丽水")).toEqual(["rejected"]);
  });

  it("rejects a short name that names a street, but not 街道 or 路网", () => {
    expect(statusOf(after("新店在丽水街开业。"), "丽水")).toEqual(["rejected"]);
    expect(statusOf(after("湖州大道拓宽。"), "湖州")).toEqual(["rejected"]);
    expect(statusOf(after("温岭路网不断完善。"), "温岭")).toEqual(["pending"]);
  });

  it("leaves everything else pending", () => {
    expect(statusOf(after("滨江区召开大会。"), "滨江区")).toEqual(["pending"]);
  });
});
