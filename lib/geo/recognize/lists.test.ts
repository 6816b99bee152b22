import { describe, expect, it } from "vitest";
import { resolveLists } from "./lists";
import { statusOf, upTo } from "./testing";

const resolved = (body: string) => {
  const s = upTo("possessive-lists", body);
  resolveLists(s);
  return s;
};

describe("resolveLists", () => {
  it("reads county short names of one city as counties when a count of units follows", () => {
    const s = resolved("天台、仙居两县联合开展山海协作。");
    expect(statusOf(s, "天台")).toEqual(["accepted:天台县"]);
    expect(statusOf(s, "仙居")).toEqual(["accepted:仙居县"]);
  });

  it("reads short names of several cities closed by 等县 as counties", () => {
    const s = resolved("淳安、景宁、泰顺等县位居前列。");
    expect(statusOf(s, "景宁")).toEqual(["accepted:景宁畲族自治县"]);
  });

  it("does not read two word-like names closed by 等地 as counties", () => {
    expect(statusOf(resolved("永康、南湖等地的人。"), "永康")).toEqual(["pending"]);
  });

  it("settles township stems closed by 等山区乡镇 from their county", () => {
    const s = upTo("possessive-lists", "上虞区岭南、下管等山区乡镇加快发展。");
    resolveLists(s);
    expect(statusOf(s, "下管")).toEqual(["accepted:下管镇"]);
  });
});
