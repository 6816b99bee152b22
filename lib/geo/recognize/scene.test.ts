import { describe, expect, it } from "vitest";
import { upTo } from "./testing";

describe("readScene", () => {
  it("sees a scene set outside Zhejiang in the lead", () => {
    expect(upTo("scene", "在贵州省榕江县的一处茶厂里,工人们忙着分拣新茶。").foreignScene).toBe(true);
    expect(upTo("scene", "南湖区召开会议,总结对贵州省榕江县的帮扶成效。").foreignScene).toBe(false);
  });

  it("sees a Zhejiang place introduced only as where people come from", () => {
    expect(upTo("scene", "四川省凉山州一所乡村小学里,来自宁波市北仑区的支教老师正在上课。").foreignScene).toBe(true);
  });

  it("sees assistance and delegations", () => {
    expect(upTo("scene", "余姚市党政代表团赴深圳学习考察。").aid).toBe(true);
    expect(upTo("scene", "余姚市召开党建会议。").aid).toBe(false);
  });
});
