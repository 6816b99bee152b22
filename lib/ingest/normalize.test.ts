import { describe, expect, it } from "vitest";
import { cleanBodySpaces, cleanTitle, normalizeText, prepareLayout } from "./normalize";

describe("normalizeText", () => {
  it("maps full-width punctuation, digits and letters to ASCII", () => {
    expect(normalizeText("“你好”，（试行）：‘是’；对！吗？ＡＢＣ１２３ｘｙｚ")).toBe('"你好",(试行):\'是\';对!吗?ABC123xyz');
  });
  it("keeps 。、《》—…· and everything else", () => {
    const s = "《方案》印发。一、二——三……四·五【六】「七」％";
    expect(normalizeText(s)).toBe(s);
  });
  it("is idempotent", () => {
    const s = "“杭州”（滨江）１２３";
    expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });
});

describe("layout and spaces", () => {
  it("unifies line breaks and odd spaces", () => {
    expect(prepareLayout("a\r\nb\rc\u3000d\u00a0e\u200bf\u0007g")).toBe("a\nb\nc d efg");
  });
  it("removes spaces in Chinese text but keeps them between ASCII words", () => {
    expect(cleanBodySpaces("玉 环市。 三合镇 ETC 办理 24 小时 Hello  world 5G 基站")).toBe("玉环市。三合镇ETC办理24小时Hello world 5G基站");
  });
  it("titles keep one space between phrases", () => {
    expect(cleanTitle("  服务提标   保障升级 ")).toBe("服务提标 保障升级");
    expect(cleanTitle("■ **南湖:红船旁的共富路**")).toBe("南湖:红船旁的共富路");
  });
});

describe("OCR splits inside numbers", () => {
  it("rejoins a lone digit or two split from the rest of a number in Chinese text", () => {
    expect(cleanBodySpaces("建成服务站点2 6个,接待游客 3 2万人次")).toBe("建成服务站点26个,接待游客32万人次");
  });
  it("keeps spaces between longer digit groups and after Latin words", () => {
    expect(cleanBodySpaces("热线0571 8888,排名Top 10 20,版本v1.2 3")).toBe("热线0571 8888,排名Top 10 20,版本v1.2 3");
  });
});
