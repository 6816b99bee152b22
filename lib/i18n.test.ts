import { describe, expect, it } from "vitest";
import { failureText, strings, unitWord } from "./i18n";

describe("i18n", () => {
  it("mirrors every Chinese string in English", () => {
    const zh = strings("zh");
    const en = strings("en");
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(en.mapControls).sort()).toEqual(Object.keys(zh.mapControls).sort());
    // English strings carry no Chinese except examples of what to type and the ≈ note's markers.
    for (const [k, v] of Object.entries(en)) {
      if (typeof v === "string" && !["searchPlaceholder", "approxNote", "language"].includes(k)) expect(v, k).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("names units in English words", () => {
    expect(unitWord("人", "en")).toBe("people");
    expect(unitWord("家/万人", "en")).toBe("enterprises per 10,000 residents");
    expect(unitWord("公顷", "en")).toBe("ha");
    expect(unitWord("人", "zh")).toBe("人");
    expect(unitWord("块", "en")).toBe("块");
  });

  it("says what failed and why", () => {
    expect(failureText(strings("zh"), "新昌县的报道", null)).toBe("无法加载新昌县的报道：网络连接失败，或服务器没有响应");
    expect(failureText(strings("en"), "the search results", 500)).toBe("Could not load the search results: the server failed (HTTP 500)");
    expect(failureText(strings("zh"), "这里的报道", 409)).toBe("无法加载这里的报道：地图数据已经更新");
  });
});
