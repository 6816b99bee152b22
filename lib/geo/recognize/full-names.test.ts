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

describe("landmarks that stand for their county or township", () => {
  it("reads a scenic area, a zone, an island or a famous village as its place", () => {
    expect(statusOf(upTo("full-names", "莫干山的民宿订单持续火爆。"), "莫干山")).toEqual(["accepted:德清县"]);
    expect(statusOf(upTo("full-names", "普陀山预约游客超过18万人次。"), "普陀山")).toEqual(["accepted:普陀山镇"]);
    expect(statusOf(upTo("full-names", "余村又签约合伙人项目7个。"), "余村")).toEqual(["accepted:天荒坪镇"]);
    expect(statusOf(upTo("full-names", "南太湖新区上半年新引进项目36个。"), "南太湖新区")).toEqual(["accepted:吴兴区"]);
  });
});
