import { describe, expect, it } from "vitest";
import { isPersonName, parseLeadingAuthors, parseNameList } from "./names";

describe("isPersonName", () => {
  it("accepts surname + given name, compound surnames", () => {
    for (const n of ["贺之晏", "金棋", "于文", "山山山", "屈慧琴", "欧阳晓东", "司马南", "楼佳怡", "斯佳宁"]) expect(isPersonName(n)).toBe(true);
  });
  it("rejects places, words and shapes that are not names", () => {
    for (const n of ["滨江", "试行", "市", "龙泉", "温岭", "黄岩", "万元", "全文", "张", "李四五六七", "高新区", "ETC", "王某某镇"])
      expect(isPersonName(n)).toBe(false);
  });
});

describe("parseNameList", () => {
  it("reads plain, role-tagged and glued bylines", () => {
    expect(parseNameList("郭海峰 洪嘉")?.names).toEqual(["郭海峰", "洪嘉"]);
    expect(parseNameList("记者 张立群 通讯员 李嘉欣")?.names).toEqual(["张立群", "李嘉欣"]);
    expect(parseNameList("通讯员 王五一 记者 赵六")?.names).toEqual(["王五一", "赵六"]);
    expect(parseNameList("本报记者张立群 通讯员李嘉欣")?.names).toEqual(["张立群", "李嘉欣"]);
    expect(parseNameList("浙江日报记者 钱江潮")).toMatchObject({ names: ["钱江潮"], hasRole: true });
    expect(parseNameList("朱晓晓、应丽芳,李国庆")?.names).toEqual(["朱晓晓", "应丽芳", "李国庆"]);
    expect(parseNameList("文/张立群 图/李嘉欣")).toMatchObject({ names: ["张立群"], photographers: ["李嘉欣"] });
  });
  it("skips press-office abbreviations signed next to reporters", () => {
    expect(parseNameList("记者 张立群 通讯员 浙纪宣")?.names).toEqual(["张立群"]);
    expect(parseNameList("浙纪宣")).toBeNull();
  });
  it("tells photo credits apart", () => {
    expect(parseNameList("张立群 摄")).toMatchObject({ names: [], photographers: ["张立群"], photo: true });
    expect(parseNameList("记者 王琳 摄")).toMatchObject({ photographers: ["王琳"], photo: true });
  });
  it("rejects parentheticals that are not bylines", () => {
    for (const s of ["市、区", "滨江", "试行", "2023-2025年", "一", "龙泉", "上接第1版", "含税", "单位:万元", "下同", "草案", "杭州高新区"])
      expect(parseNameList(s)).toBeNull();
  });
});

describe("parseLeadingAuthors", () => {
  it("consumes a leading byline and returns the rest", () => {
    expect(parseLeadingAuthors("记者 张立群 通讯员 李嘉欣 报道 近日,杭州...")).toMatchObject({
      list: { names: ["张立群", "李嘉欣"] },
      rest: "近日,杭州...",
    });
    expect(parseLeadingAuthors("通讯员 王五一 记者 赵六")).toMatchObject({ list: { names: ["王五一", "赵六"] }, rest: "" });
  });
  it("needs a role word first and at least one name", () => {
    expect(parseLeadingAuthors("张立群 李嘉欣 近日")).toBeNull();
    expect(parseLeadingAuthors("记者从市统计局获悉,全市GDP增长6%。")).toBeNull();
  });
});
