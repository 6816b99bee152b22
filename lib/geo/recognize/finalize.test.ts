import { describe, expect, it } from "vitest";
import { statusOf, upTo } from "./testing";

describe("closePending", () => {
  it("rejects what is still pending, keeps undecided township names ambiguous", () => {
    const s = upTo("close-pending", "大家在天台上乘凉。新桥镇的果农忙着采摘。");
    expect(statusOf(s, "天台")).toEqual([]);
    expect(statusOf(s, "新桥镇")).toEqual(["ambiguous"]);
    expect(s.items.every((i) => i.status !== "pending")).toBe(true);
  });
});
