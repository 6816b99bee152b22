import { describe, expect, it } from "vitest";
import { statusOf, upTo } from "./testing";

describe("settle", () => {
  it("lets a county short name and a shared township name settle each other", () => {
    const s = upTo("settle", "象山红美人迎来采摘季。新桥镇的果农忙着采摘。");
    expect(statusOf(s, "象山")).toEqual(["accepted:象山县"]);
    expect(s.items.find((i) => i.text === "新桥镇")?.place?.countyCode).toBe("330225");
  });
});
