import { describe, expect, it } from "vitest";
import { leadingDateline } from "./line-kinds";
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
  it("reads a press office signing as a correspondent as a writer, but not alone", () => {
    // Corpus convention: every name in the byline is an author, a correspondent's office signature too.
    expect(parseNameList("记者 张立群 通讯员 浙纪宣")?.names).toEqual(["张立群", "浙纪宣"]);
    expect(parseNameList("通讯员 椒 教")?.names).toEqual(["椒教"]);
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

describe("organisations signing between the names of a byline", () => {
  it("skips a party committee's press group, propaganda office or media centre", () => {
    expect(parseNameList("记者 史 岚 某某区委报道组 焦 阳 通讯员 祁 凡")?.names).toEqual(["史岚", "焦阳", "祁凡"]);
    expect(parseNameList("记者 史岚 县委宣传部 焦阳")?.names).toEqual(["史岚", "焦阳"]);
    expect(parseNameList("记者 史岚 某某镇宣传办 焦阳 某某区新闻中心 祁凡")?.names).toEqual(["史岚", "焦阳", "祁凡"]);
    expect(leadingDateline("本报讯(记者 史 岚 某某县融媒中心 焦 阳)近日,…")).toEqual({ names: ["史岚", "焦阳"], rest: "近日,…", agency: true });
  });
  it("never takes an organisation alone for a byline", () => {
    expect(parseNameList("某某区委报道组")).toBeNull();
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

describe("names printed with a space inside", () => {
  it("rejoins single characters pairwise after role words", () => {
    expect(parseNameList("记者 温 婷 通讯员 姜 涛")?.names).toEqual(["温婷", "姜涛"]);
    expect(parseNameList("通讯员 韦 东  记者 柴 静")?.names).toEqual(["韦东", "柴静"]);
    expect(parseNameList("记者 包 欣 实习生 冯 可 鲁 佳")?.names).toEqual(["包欣", "冯可", "鲁佳"]);
  });
  it("rejoins a surname set apart from a two-character given name", () => {
    expect(parseNameList("本报记者 祝 一凡 通讯员 褚 雅文")?.names).toEqual(["祝一凡", "褚雅文"]);
  });
  it("handles compound surnames", () => {
    expect(parseNameList("记者 欧阳 畅 通讯员 诸葛 晓云")?.names).toEqual(["欧阳畅", "诸葛晓云"]);
    expect(parseNameList("记者 司马 航")?.names).toEqual(["司马航"]);
  });
  it("accepts 、 and , between names and ideographic spaces (after layout preparation)", () => {
    expect(parseNameList("通讯员 葛 琳、卞 森,邵 蕊")?.names).toEqual(["葛琳", "卞森", "邵蕊"]);
  });
  it("rejoins names without a role word too, as in a closing byline", () => {
    expect(parseNameList("孔德杰  贝 宁")?.names).toEqual(["孔德杰", "贝宁"]);
    expect(parseNameList("甘 露")?.names).toEqual(["甘露"]);
  });
  it("completes a three-character name spaced letter by letter", () => {
    expect(parseNameList("记者 汤 晓 虹 通讯员 伍 一")?.names).toEqual(["汤晓虹", "伍一"]);
  });
  it("keeps photographers apart with spaced names", () => {
    expect(parseNameList("记者 岑 宇 摄")).toMatchObject({ names: [], photographers: ["岑宇"], photo: true });
    expect(parseNameList("文/记者 裘 晴 图/通讯员 滕 飞")).toMatchObject({ names: ["裘晴"], photographers: ["滕飞"] });
    expect(parseNameList("文/图 记者 裘 晴")).toMatchObject({ names: ["裘晴"], photographers: [], photo: false });
    expect(parseNameList("图/文 裘 晴")).toMatchObject({ names: ["裘晴"], photographers: [] });
  });
  it("does not join across a slash, and keeps 文/图 as roles", () => {
    expect(parseNameList("文/卓 然")?.names).toEqual(["卓然"]);
    expect(parseNameList("文 史一鸣")?.names).toEqual(["史一鸣"]);
    expect(parseNameList("记者 文 静 通讯员 王 文")?.names).toEqual(["文静", "王文"]);
  });
  it("rejects single characters that do not make a name", () => {
    expect(parseNameList("记者 市 区")).toBeNull();
    expect(parseNameList("试 行")).toBeNull();
    expect(parseNameList("记者 蓝 天 市")).toBeNull();
  });
  it("reads place names after a role word as names, not alone", () => {
    expect(parseNameList("记者 钱江 通讯员 江山")?.names).toEqual(["钱江", "江山"]);
    expect(parseNameList("钱江")).toBeNull();
  });
  it("reads a word printed as a spaced name after a role word, but not column labels", () => {
    expect(parseNameList("记者 毛 竹")?.names).toEqual(["毛竹"]);
    expect(parseNameList("作者 简介")).toBeNull();
    expect(parseLeadingAuthors("作者 简介")).toBeNull();
  });
  it("reads a press office padded like a name after a role word as a correspondent", () => {
    expect(parseNameList("记者 林 可 通讯员 甬 宣")?.names).toEqual(["林可", "甬宣"]);
    expect(parseNameList("记者 郦 卉 通讯员 越 组宣")?.names).toEqual(["郦卉", "越组宣"]);
  });
  it("drops desk editors named inside a byline", () => {
    expect(parseNameList("记者 阮 莉 编辑 杭 帆")?.names).toEqual(["阮莉"]);
    expect(parseNameList("责任编辑 杭 帆")).toBeNull();
  });
});

describe("byline organisations and role forms", () => {
  it("skips media organisations and partner stations", () => {
    expect(parseNameList("县融媒体中心记者 苗 青")?.names).toEqual(["苗青"]);
    expect(parseNameList("共享联盟嵊泗站 邬 瑶")?.names).toEqual(["邬瑶"]);
    expect(parseNameList("潮新闻记者 冷 月")?.names).toEqual(["冷月"]);
    expect(parseNameList("本报驻丽水记者站 记者 卜 凡")?.names).toEqual(["卜凡"]);
  });
  it("reads prefixed roles", () => {
    expect(parseNameList("本报首席记者 俞 辰 本报通讯员 庞 悦")?.names).toEqual(["俞辰", "庞悦"]);
    expect(parseNameList("融媒记者 熊 杰 见习记者 宋 柯")?.names).toEqual(["熊杰", "宋柯"]);
    expect(parseNameList("本报摄影记者 常 乐")).toMatchObject({ names: [], photographers: ["常乐"] });
  });
});

describe("parseLeadingAuthors with spaced names", () => {
  it("consumes the byline and stops at the text", () => {
    expect(parseLeadingAuthors("记者 温 婷 通讯员 姜 涛 近日,余姚市...")).toMatchObject({ list: { names: ["温婷", "姜涛"] }, rest: "近日,余姚市..." });
    expect(parseLeadingAuthors("□记者 欧阳 畅")).toMatchObject({ list: { names: ["欧阳畅"] }, rest: "" });
    expect(parseLeadingAuthors("文/图 记者 裘 晴 实习生 滕 飞")).toMatchObject({ list: { names: ["裘晴", "滕飞"] }, rest: "" });
    expect(parseLeadingAuthors("共享联盟嵊泗站 邬 瑶")).toMatchObject({ list: { names: ["邬瑶"] }, rest: "" });
    expect(parseLeadingAuthors("文 / 卓 然 春分时节,...")).toMatchObject({ list: { names: ["卓然"] }, rest: "春分时节,..." });
    expect(parseLeadingAuthors("作者:卢 笛")).toMatchObject({ list: { names: ["卢笛"] }, rest: "" });
  });
  it("does not take the first word of the text for a given name", () => {
    expect(parseLeadingAuthors("记者 包欣 金秋时节,...")).toMatchObject({ list: { names: ["包欣"] }, rest: "金秋时节,..." });
  });
  it("reads only the head of a huge paragraph", () => {
    const long = `记者 温 婷 ${"很长的正文,".repeat(200000)}`;
    expect(parseLeadingAuthors(long)?.list.names).toEqual(["温婷"]);
  });
});

describe("WeChat and layout byline forms", () => {
  it("reads 文字 | and 文 | bylines without the organisation", () => {
    expect(parseLeadingAuthors("文字 | 某某区融媒体中心 边 际")?.list.names).toEqual(["边际"]);
    expect(parseLeadingAuthors("文丨祁 凡")?.list.names).toEqual(["祁凡"]);
    expect(parseLeadingAuthors("文字记录了乡村的变化")).toBeNull();
    expect(parseLeadingAuthors("撰文 | 龚 琪  摄影 | 车 岩")?.list).toMatchObject({ names: ["龚琪"], photographers: ["车岩"] });
  });
  it("reads a spaced name after a role word even with characters names seldom use", () => {
    expect(parseNameList("通讯员 梁 栋")?.names).toEqual(["梁栋"]);
    expect(parseNameList("记者 岑 宇 摄")?.photographers).toEqual(["岑宇"]);
    expect(parseNameList("梁栋")).toBeNull();
  });
});
