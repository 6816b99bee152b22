import { describe, expect, it } from "vitest";
import { matchUnit } from "./units";

const unitOf = (s: string, arabic = true) => matchUnit(s, 0, arabic)?.def.unit ?? null;

describe("matchUnit", () => {
  it("prefers the longest unit", () => {
    expect(unitOf("人次")).toBe("人次");
    expect(unitOf("家次,")).toBe("家次");
    expect(unitOf("千瓦时")).toBe("千瓦时");
    expect(unitOf("个百分点")).toBe("百分点");
    expect(unitOf("平方公里")).toBe("平方公里");
  });
  it("reads 名 and 位 as 人 and unifies written forms", () => {
    expect(unitOf("名干部")).toBe("人");
    expect(unitOf("位专家")).toBe("人");
    expect(unitOf("㎡")).toBe("平方米");
    expect(unitOf("％")).toBe("%");
  });
  it("does not fall back when the longer reading is another word", () => {
    expect(unitOf("个月内")).toBeNull();
    expect(unitOf("个工作日")).toBeNull();
    expect(unitOf("个多月")).toBeNull();
    expect(unitOf("位于")).toBeNull();
    expect(unitOf("台州")).toBeNull();
    expect(unitOf("次日")).toBeNull();
    expect(unitOf("对一")).toBeNull();
    expect(unitOf("家庭")).toBeNull();
    expect(unitOf("项目")).toBeNull();
    expect(unitOf("场所")).toBeNull();
  });
  it("reads 班 after Arabic numerals only, and 所 before 学校", () => {
    expect(unitOf("班,")).toBe("班");
    expect(unitOf("班,", false)).toBeNull();
    expect(unitOf("班子")).toBeNull();
    expect(unitOf("班级")).toBeNull();
    expect(unitOf("所学校")).toBe("所");
    expect(unitOf("所有")).toBeNull();
  });
  it("keeps idiom-prone units to Arabic numerals", () => {
    expect(unitOf("方面", true)).toBeNull();
    expect(unitOf("方,", false)).toBeNull();
    expect(unitOf("方,", true)).toBe("立方米");
    expect(unitOf("口之家", true)).toBeNull();
    expect(unitOf("节课", false)).toBeNull();
  });
  it("accepts 成 only as a share", () => {
    expect(unitOf("成以上", false)).toBe("成");
    expect(unitOf("成,", false)).toBe("成");
    expect(unitOf("成为", false)).toBeNull();
    expect(unitOf("成立", false)).toBeNull();
    // a share before a verb or noun, as in OCR text that lost its commas
    expect(unitOf("成劳动力", true)).toBe("成");
    expect(unitOf("成通过电商销售", true)).toBe("成");
    expect(unitOf("成具有硕士学历", false)).toBe("成");
    for (const s of ["成员", "成果", "成本", "成效", "成不变", "成新", "成熟", "成功"]) expect(unitOf(s, false), s).toBeNull();
  });
  it("reads 路 as channels only after Arabic digits and not before road words", () => {
    expect(unitOf("路,")).toBe("路");
    expect(unitOf("路,", false)).toBeNull();
    for (const s of ["路公交", "路车", "路口", "路段", "路线"]) expect(unitOf(s), s).toBeNull();
  });
  it("counts kinds, products and goods (类, 种, 款, 枚, 群, 袋, 尾, 口人)", () => {
    for (const u of ["类", "种", "款", "枚", "群", "袋", "尾", "幅", "首"]) expect(unitOf(`${u},`)).toBe(u);
    expect(unitOf("口人")).toBe("人");
    expect(unitOf("口人", false)).toBe("人");
  });
  it("does not read these units inside other words", () => {
    for (const s of ["种植户", "种植大户", "种子", "类似", "类型", "群众", "群体", "款项", "枚举", "袋鼠", "尾声", "幅度", "首次", "首批"])
      expect(unitOf(s), s).toBeNull();
    // 种植 alone may still be "kinds of plants": 10种植物
    expect(unitOf("种植物")).toBe("种");
  });
  it("has no unit for dates, ages, grades and durations", () => {
    for (const s of ["年", "月", "日", "岁", "周岁", "级", "号", "天", "届", "倍"]) expect(unitOf(s)).toBeNull();
  });
  it("reads hours (extract.ts keeps only cumulative ones)", () => {
    expect(unitOf("小时")).toBe("小时");
    expect(unitOf("课时")).toBe("课时");
    expect(unitOf("学时")).toBe("学时");
  });
});
