import { describe, expect, it } from "vitest";
import { statusOf, upTo } from "./testing";

describe("reinterpretFormerNames", () => {
  it("reads a former county right before a township that moved as today's county", () => {
    expect(statusOf(upTo("former-names", "余杭区塘栖镇举办枇杷节。"), "余杭区")).toEqual(["accepted:临平区"]);
    expect(statusOf(upTo("former-names", "鄞州区洞桥镇种粮大户创下纪录。"), "鄞州区")).toEqual(["accepted:海曙区"]);
  });

  it("reads a former county whose townships in the article all moved as the successor", () => {
    expect(statusOf(upTo("former-names", "余杭区推进古镇保护,塘栖街道游客增多。"), "余杭区")).toEqual(["accepted:临平区"]);
  });

  it("keeps the county when one of its own townships is named", () => {
    expect(statusOf(upTo("former-names", "余杭区仓前街道和塘栖街道开展活动。"), "余杭区")).toEqual(["accepted:余杭区"]);
  });
});
