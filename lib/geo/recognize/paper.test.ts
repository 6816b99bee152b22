import { describe, expect, it } from "vitest";
import { upTo } from "./testing";

describe("settleByPaper", () => {
  it("settles a shared township name from the local paper's area", () => {
    const s = upTo("paper", "新桥镇的果农忙着采摘。", "", "宁波日报");
    expect(s.items.find((i) => i.text === "新桥镇")?.place?.countyCode).toBe("330225");
  });

  it("leaves it alone without a local paper", () => {
    const s = upTo("paper", "新桥镇的果农忙着采摘。", "", "本报讯");
    expect(s.items.find((i) => i.text === "新桥镇")?.status).toBe("pending");
  });
});
