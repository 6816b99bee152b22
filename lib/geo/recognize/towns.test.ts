import { describe, expect, it } from "vitest";
import { statusOf, upTo } from "./testing";
import { resolveTowns } from "./towns";

const resolved = (body: string, source?: string) => {
  const s = upTo("possessive-lists", body, "", source);
  resolveTowns(s);
  return s;
};

describe("resolveTowns", () => {
  it("settles a shared township name by the county right before it or named in the article", () => {
    expect(statusOf(resolved("象山县新桥镇的果农"), "新桥镇")).toEqual(["accepted:新桥镇"]);
    expect(resolved("象山县新桥镇的果农").items.find((i) => i.text === "新桥镇")?.place?.countyCode).toBe("330225");
    expect(resolved("路桥区召开会议。新桥镇代表发言。").items.find((i) => i.text === "新桥镇")?.place?.countyCode).toBe("331004");
  });

  it("keeps the candidates of a shared name nothing decides", () => {
    const s = resolved("新桥镇的果农忙着采摘。");
    const it = s.items.find((i) => i.text === "新桥镇")!;
    expect(it.status).toBe("pending");
    expect(it.ambiguous.map((p) => p.countyCode).sort()).toEqual(["330225", "331004"]);
  });

  it("accepts a stem before a township facility when its city is named", () => {
    expect(statusOf(resolved("台州市区至章安收费站的道路通车。"), "章安")).toEqual(["accepted:章安街道"]);
  });

  it("accepts a name that counts only after its county only there", () => {
    const s = resolved("长兴县经济技术开发区招商。");
    expect(s.items.map((i) => i.status)).toContain("accepted");
  });
});
