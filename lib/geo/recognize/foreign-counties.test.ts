import { describe, expect, it } from "vitest";
import { statusOf, upTo } from "./testing";

const after = (body: string) => upTo("foreign-counties", body);

describe("propagateForeignCounties", () => {
  it("makes bare repeats of a district elsewhere foreign too", () => {
    const s = after("上海市普陀区推进城市更新。普陀区以老旧小区改造为抓手。");
    expect(statusOf(s, "普陀区")).toEqual(["rejected", "rejected"]);
    expect(s.foreign.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps a repeat tied to its Zhejiang city, or used before the place elsewhere came up", () => {
    expect(statusOf(after("上海市普陀区代表团来到舟山普陀区考察。"), "普陀区")).toEqual(["rejected", "pending"]);
    expect(statusOf(after("普陀区与上海市普陀区缔结友好城区。"), "普陀区")).toEqual(["pending", "rejected"]);
  });
});
