import { describe, expect, it } from "vitest";
import { pageLang, pageStrings, withLang } from "./page-strings";

describe("readable-page language", () => {
  it("reads lang=en like the map does and falls back to Chinese", () => {
    expect(pageLang({ lang: "en" })).toBe("en");
    expect(pageLang({ lang: "fr" })).toBe("zh");
    expect(pageLang({ lang: ["en", "zh"] })).toBe("zh");
    expect(pageLang({})).toBe("zh");
  });

  it("keeps English on internal links, and Chinese links as they are", () => {
    expect(withLang("/county/330624", "en")).toBe("/county/330624?lang=en");
    expect(withLang("/?county=330624", "en")).toBe("/?county=330624&lang=en");
    expect(withLang("/about", "zh")).toBe("/about");
  });

  it("has every string in both languages", () => {
    const zh = pageStrings("zh");
    const en = pageStrings("en");
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(en.storyCount(1)).toBe("1 story");
    expect(zh.storyCount(3)).toBe("3篇");
  });
});
