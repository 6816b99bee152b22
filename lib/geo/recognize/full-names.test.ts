import { describe, expect, it } from "vitest";
import { statusOf, upTo } from "./testing";

const after = (body: string) => upTo("full-names", body);

describe("acceptFullNames", () => {
  it("accepts full names, aliases and city short names", () => {
    const s = after("台州市玉环市与鄞县旧城、杭州代表团座谈。");
    expect(statusOf(s, "玉环市")).toEqual(["accepted:玉环市"]);
    expect(statusOf(s, "鄞县")).toEqual(["accepted:鄞州区"]);
    expect(statusOf(s, "杭州")).toEqual(["accepted:杭州市"]);
  });

  it("leaves county short names, generic and shared township names pending", () => {
    const s = after("天台的城东街道和新桥镇。");
    expect(statusOf(s, "天台")).toEqual(["pending"]);
    expect(statusOf(s, "城东街道")).toEqual(["pending"]);
    expect(statusOf(s, "新桥镇")).toEqual(["pending"]);
  });
});
