import { describe, expect, it } from "vitest";
import {
  bareNames,
  creditStart,
  endsSentence,
  isCreditLine,
  isMastheadLine,
  isPaperMasthead,
  isStaffLine,
  isTitleShape,
  isTrailerLine,
  jumpDirection,
  leadingDateline,
  mastheadPaper,
  parseHeading,
  trailingByline,
} from "./line-kinds";
import { normalizeText } from "./normalize";
import { boundedDistance, rescannedTailLength } from "./rescan";

describe("endsSentence", () => {
  it("accepts final marks, also before closing quotes and brackets", () => {
    for (const s of ["好。", '他说:"好。"', "好!", "是吗?", "等等……", "如下:", "一是;", "(完。)", "好。 "]) expect(endsSentence(s)).toBe(true);
  });
  it("rejects words, brackets after words and decimals", () => {
    for (const s of ["实", "县(市、区)", '"一号工程"', "增长1.", "", "《方案》"]) expect(endsSentence(s)).toBe(false);
  });
});

describe("isTitleShape", () => {
  it("accepts headlines", () => {
    for (const s of ['充电提能 服务三个"一号工程"', "台州玉环创成省级全域旅游示范市", "数字赋能!衢州改革见成效", '椒江:"一窗通办"跑出审批加速度', "一手抓防疫,一手抓发展"])
      expect(isTitleShape(s)).toBe(true);
  });
  it("rejects sentences, broken lines and bracketed notes", () => {
    for (const s of ['此外,该区还积极开展"大走访大调', "针对年轻干部群众工作能力偏弱等", "这是一句话。", "(市、区)", "实", "以及,还有,这些,那些", "ETC and PAD lanes"])
      expect(isTitleShape(s)).toBe(false);
  });
  it("is looser right after a byline", () => {
    const long = "杭州推进城市更新,老旧小区改造全面提速,惠及居民10万户";
    expect(isTitleShape(long)).toBe(false);
    expect(isTitleShape(long, true)).toBe(true);
  });
});

describe("parseHeading", () => {
  it("reads markdown headings but not hashtags", () => {
    expect(parseHeading("## 聚焦重点工程 ##")).toEqual({ level: 2, text: "聚焦重点工程" });
    expect(parseHeading("####标题")).toEqual({ level: 4, text: "标题" });
    expect(parseHeading("#杭州亚运#话题火热")).toBeNull();
    expect(parseHeading("#######")).toBeNull();
  });
});

describe("bylines at the end of a paragraph", () => {
  it("splits a byline that follows a finished sentence or a space", () => {
    expect(trailingByline("奋力推进花园式港口城市建设。 (郭海峰 洪嘉)")).toMatchObject({ rest: "奋力推进花园式港口城市建设。", list: { names: ["郭海峰", "洪嘉"] } });
    expect(trailingByline("推动建设崇德尚廉的良好社风民风。\"书记说。(吴敏)")?.list.names).toEqual(["吴敏"]);
  });
  it("leaves parentheticals inside sentences alone", () => {
    expect(trailingByline("玉环市成为本批次台州唯一获评的县(市、区)")).toBeNull();
    expect(trailingByline("杭州高新区(滨江)")).toBeNull();
    expect(trailingByline("印发实施方案。(试行)")).toBeNull();
    expect(trailingByline("发布三年行动计划。(2023-2025年)")).toBeNull();
  });
});

describe("leadingDateline", () => {
  it("strips datelines and returns their writers", () => {
    expect(leadingDateline("本报讯(记者 张立群 通讯员 李嘉欣)近日,...")).toEqual({ names: ["张立群", "李嘉欣"], rest: "近日,...", agency: true });
    expect(leadingDateline("本报杭州8月20日讯 记者 张立群 近日,...")).toEqual({ names: ["张立群"], rest: "近日,...", agency: true });
    expect(leadingDateline("本报讯 近日,...")).toEqual({ names: [], rest: "近日,...", agency: true });
    expect(leadingDateline("(浙江日报记者 王晓峰)近日,...")).toEqual({ names: ["王晓峰"], rest: "近日,...", agency: false });
    expect(leadingDateline("通讯员 王五一 记者 赵六 报道")).toEqual({ names: ["王五一", "赵六"], rest: "", agency: false });
  });
  it("ignores ordinary openings", () => {
    expect(leadingDateline("近日,本报记者走访了...")).toBeNull();
    expect(leadingDateline("(张三)近日")).toBeNull();
    expect(leadingDateline("记者了解到,全市...")).toBeNull();
  });
});

describe("photo credits", () => {
  it("finds where a credit starts", () => {
    const s = "图为茶农采摘白茶。记者 吴立新 摄";
    expect(s.slice(creditStart(s))).toBe("记者 吴立新 摄");
    const t = "滨江区开展精准服务。(通讯员 沈一鸣 摄)";
    expect(t.slice(creditStart(t))).toBe("(通讯员 沈一鸣 摄)");
    expect(creditStart("严禁偷拍偷摄")).toBe(-1);
  });
  it("recognises credit lines", () => {
    for (const s of ["(张立群 摄)", "张立群 摄", "记者 王琳 摄", "(图片由安吉县委宣传部提供)", "(资料图片)"]) expect(isCreditLine(s)).toBe(true);
    for (const s of ["摄影展开幕", "(市、区)"]) expect(isCreditLine(s)).toBe(false);
  });
});

describe("page furniture lines", () => {
  it("recognises editor/source lines and mastheads", () => {
    for (const s of ["编辑:周敏", "责任编辑 毛晓雯", "【审核:郑立】", "(本文来源:衢州日报)", "来源: 浙江日报", "本版图片除署名外均由记者提供"])
      expect(isTrailerLine(s)).toBe(true);
    for (const s of ["编辑部门表示,将继续努力。", "来源于基层的创新"]) expect(isTrailerLine(s)).toBe(false);
    for (const s of ["浙江日报 2023年8月20日 第5版 清廉浙江", "第05版:要闻", "2024年5月6日 星期一", "- 5 -", "【清廉浙江】"])
      expect(isMastheadLine(s)).toBe(true);
    expect(isMastheadLine("2023年8月20日,杭州召开大会。")).toBe(false);
  });
});

describe("OCR rescan repeats", () => {
  it("measures edit distance with a cut-off", () => {
    expect(boundedDistance("梳子很快得到了修复", "椅子很快得到了修复", 2)).toBe(1);
    expect(boundedDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
  it("finds a repeated unfinished tail and nothing else", () => {
    const prev = "最终经过社区两委班子集体研究,小区内破损的梳子很快得到了修复";
    expect(rescannedTailLength(prev, "小区内破损的椅子很快得到了修复。为深入推进")).toBe("小区内破损的梳子很快得到了修复".length);
    expect(rescannedTailLength("帮助广大高新干部真切认识高新产业现状、真切读懂", "高新企业之需,累计培训")).toBe(0);
    expect(rescannedTailLength("实", "施旅游业")).toBe(0);
  });
});

describe("bylines with names printed with a space inside", () => {
  it("strips spaced datelines and bylines before the text", () => {
    expect(leadingDateline("本报讯(记者 卓 越 通讯员 蒲 蕾)昨天,记者从市住建局获悉...")).toEqual({
      names: ["卓越", "蒲蕾"],
      rest: "昨天,记者从市住建局获悉...",
      agency: true,
    });
    expect(leadingDateline("本报临海5月3日讯 记者 柯 楠 实习生 计 然 近日,...")).toEqual({ names: ["柯楠", "计然"], rest: "近日,...", agency: true });
    expect(leadingDateline("■记者 庞 佳 通讯员 欧阳 宁")).toEqual({ names: ["庞佳", "欧阳宁"], rest: "", agency: false });
    expect(leadingDateline("县融媒体中心记者 闻 笛")).toEqual({ names: ["闻笛"], rest: "", agency: false });
    // Glued, without a space anywhere, and with a correspondent's office signature.
    expect(leadingDateline("本报讯(记者卓越通讯员甬教)9月1日,全市中小学开学。")).toEqual({
      names: ["卓越", "甬教"],
      rest: "9月1日,全市中小学开学。",
      agency: true,
    });
  });
  it("splits a spaced closing byline off the last paragraph", () => {
    expect(trailingByline("全年接待游客超百万人次。(记者 鲍 蕾 通讯员 童 一鸣)")?.list.names).toEqual(["鲍蕾", "童一鸣"]);
  });
  it("finds spaced photo credits", () => {
    const s = "图为志愿者在河道巡查。(通讯员 祁 岩 摄)";
    expect(s.slice(creditStart(s))).toBe("(通讯员 祁 岩 摄)");
    expect(isCreditLine("记者 戚 原 摄")).toBe(true);
  });
  it("reads bare name lines but not letter-spaced headlines", () => {
    expect(bareNames("记者 卓 越")?.names).toEqual(["卓越"]);
    expect(bareNames("郎 平")?.names).toEqual(["郎平"]);
    expect(bareNames("花 开 满 园")).toBeNull();
  });
});

describe("staff, source and original-title lines", () => {
  it("recognises staff lines with several roles and spaced names", () => {
    for (const s of ["本版编辑 邹 然", "责任编辑 贺明   版式 冯 立", "编辑:卢 越  审核:苏 青", "(编辑 项 辉)", "本版编辑 邹 然 美编 乔 木 校对 安 宁"]) {
      expect(isStaffLine(s)).toBe(true);
      expect(isTrailerLine(s)).toBe(true);
    }
  });
  it("needs names after every role", () => {
    for (const s of ["编辑 部署 工作", "设计方案出炉", "编辑", "审核 通过后实施", "策划 一场 活动"]) expect(isStaffLine(s)).toBe(false);
  });
  it("recognises source lines and original titles", () => {
    for (const s of ["据嘉兴日报", "(据《钱江晚报》)", "据新华社报道", "原标题《小县城里的大产业》", "原标题:山村来了新农人"]) expect(isTrailerLine(s)).toBe(true);
    for (const s of ["据了解,全市共有民宿300余家。", "据统计", "原标题党"]) expect(isTrailerLine(s)).toBe(false);
  });
});

describe("e-paper and WeChat furniture", () => {
  it("recognises a paper's name in a masthead, letter-spaced or with its English name or a section label", () => {
    for (const s of ["舟山日报", "湖州日报 HUZHOU DAILY", "湖州日报HUZHOU DAILY", "金 华 日 报", "衢 州 晚 报  县域经济", "某某商报 民生周刊"]) {
      expect(isPaperMasthead(s), s).toBe(true);
      expect(isMastheadLine(s), s).toBe(true);
    }
    for (const s of ["舟山日报社召开年中工作会议", "湖州日报记者走进乡村", "日报", "金华日报 创刊七十五周年纪念大会"]) expect(isPaperMasthead(s), s).toBe(false);
  });
  it("recognises a county paper named 今日xx, and reads county papers' names off dated masthead lines", () => {
    for (const s of ["今日新昌", "今 日 新 昌", "今日新昌　镇街动态"]) {
      expect(isPaperMasthead(normalizeText(s)), s).toBe(true);
      expect(mastheadPaper(normalizeText(s)), s).toBe("今日新昌");
    }
    for (const s of ["今日起实施垃圾分类新规", "今日新昌召开大会。"]) expect(isPaperMasthead(s), s).toBe(false);
    expect(mastheadPaper("今日新昌 2024年5月9日 星期四 第3版")).toBe("今日新昌");
    expect(mastheadPaper("磐安报 2024年6月3日 第2版 综合")).toBe("磐安报");
    expect(mastheadPaper("衢 州 晚 报  2024年6月3日")).toBe("衢州晚报");
    expect(mastheadPaper("2024年6月3日 第2版 综合")).toBeUndefined();
  });
  it("tells which way a jump mark points, only bracketed inside a paragraph", () => {
    expect(jumpDirection("(上接第1版)销售额突破")).toBe("in");
    expect(jumpDirection("【紧接A2版】")).toBe("in");
    expect(jumpDirection("上接第3版")).toBe("in");
    expect(jumpDirection("统一品牌、统一标准、统一(下转第4版)")).toBe("out");
    expect(jumpDirection("下转第5版")).toBe("out");
    for (const s of ["紧接着,村里召开议事会。", "接上级通知,全镇开展排查。", "由第二产业转第三产业"]) expect(jumpDirection(s), s).toBeNull();
  });
  it("recognises every kind of editor line and WeChat media credits", () => {
    for (const s of ["本版责任编辑:林 一  美术编辑:何 川", "美术编辑 韦 岚", "来源丨某某日报", "图片 | 某某街道", "视频丨某某融媒", "海报 | 某某", "图 | 某某交通"])
      expect(isTrailerLine(s), s).toBe(true);
    for (const s of ["图片展示了村庄的变化。", "视频会议召开"]) expect(isTrailerLine(s), s).toBe(false);
  });
});
