import { describe, expect, it } from "vitest";
import { segmentPage, segmentSingle } from "./segment";

// Invented e-paper (PDF copy: hard line breaks, paragraphs marked by an ideographic indent) and OCR pages.

describe("segmentPage: PDF e-paper with kicker lines and a story continued on a later page", () => {
  const page = [
    "某某日报",
    "2024年4月8日 星期一 第2版 要闻",
    "责任编辑：宋 岚  美编：祁 东",
    "",
    "深化“最多跑一次”改革",
    "某某区不动产登记实现“一窗通办”",
    "本报记者 卓 然 通讯员 阮 波",
    "　　过去办理二手房过户要在登记、税务、",
    "水电气等窗口之间来回跑，如今在一个窗口",
    "就能全部办好。记者4月7日从区自然资源",
    "和规划分局获悉，该区已将不动产登记涉及",
    "的14个事项整合为“一件事”办理。",
    "　　今年一季度，全区共办理不动产登记业",
    "务1.2万件，平均办理时间缩短至40分钟。",
    "",
    "某某镇：小茶叶撑起共富大产业",
    "　　本报讯（记者 司 琪 通讯员 甘 霖）",
    "春茶采摘进入高峰，某某镇的茶园里采茶工",
    "往来穿梭。全镇茶园面积达到3.2万亩，带",
    "动茶农户均增收1.8万元。镇里还建起茶叶",
    "加工中心，统一收购、统一加工、统一（下转第4版）",
    "",
    "城北幼儿园新园区启用",
    "　　本报讯 记者从区教育局获悉，城北幼儿",
    "园新园区近日启用，新增学位360个。",
    "　　（柯 蓝）",
    "某某日报 MOUTAI DAILY",
    "2024年4月8日 星期一 第4版 综合",
    "（上接第2版）销售，去年茶叶销售额突破",
    "9000万元。镇里计划三年内再建标准化茶",
    "园5000亩。",
  ].join("\n");
  const arts = segmentPage(page);

  it("drops the masthead, takes the headline below the kicker, and joins the continued story", () => {
    expect(arts.map((a) => a.title)).toEqual(['某某区不动产登记实现"一窗通办"', '某某镇:小茶叶撑起共富大产业', "城北幼儿园新园区启用"]);
  });
  it("reads byline lines and datelines", () => {
    expect(arts.map((a) => a.authors)).toEqual([["卓然", "阮波"], ["司琪", "甘霖"], ["柯蓝"]]);
  });
  it("rebuilds paragraphs from the indents", () => {
    expect(arts[0]!.body.split("\n\n")).toHaveLength(2);
    expect(arts[0]!.body.startsWith("过去办理二手房过户")).toBe(true);
  });
  it("joins the continuation across the page furniture, without the jump marks", () => {
    expect(arts[1]!.body).toBe(
      "春茶采摘进入高峰,某某镇的茶园里采茶工往来穿梭。全镇茶园面积达到3.2万亩,带动茶农户均增收1.8万元。镇里还建起茶叶加工中心,统一收购、统一加工、统一销售,去年茶叶销售额突破9000万元。镇里计划三年内再建标准化茶园5000亩。",
    );
    expect(arts[2]!.body).toBe("记者从区教育局获悉,城北幼儿园新园区近日启用,新增学位360个。");
  });
});

describe("segmentPage: a continuation under a repeat of its headline", () => {
  it("joins it to the story it continues when the headline matches, keeps other stories apart", () => {
    const page = [
      "## 某某县推进全域土地综合整治",
      "",
      "某某县今年启动全域土地综合整治项目6个,计划(下转第3版)",
      "",
      "## 某某街道开出“共享书房”",
      "",
      "某某街道首家共享书房开放,藏书1.2万册。",
      "",
      "## 某某县推进全域土地综合整治",
      "",
      "(上接第1版)新增耕地1200亩。",
    ].join("\n");
    const arts = segmentPage(page);
    expect(arts.map((a) => a.title)).toEqual(["某某县推进全域土地综合整治", '某某街道开出"共享书房"']);
    expect(arts[0]!.body).toBe("某某县今年启动全域土地综合整治项目6个,计划新增耕地1200亩。");
  });
  it("keeps a continuation nobody announced as an article of its own", () => {
    const arts = segmentPage(["## 某某街道开出“共享书房”", "", "共享书房开放。", "", "(上接第1版)新增耕地1200亩。"].join("\n"));
    expect(arts.map((a) => a.body)).toEqual(["共享书房开放。", "新增耕地1200亩。"]);
  });
});

describe("segmentPage: OCR of a county paper", () => {
  const page = [
    "某 某 日 报   2024年5月9日 星期四   第 2 版",
    "乡 镇 传 真",
    "",
    "某某乡：高山蔬菜搭上“直通车”",
    "  本报讯(记者 俞 晴)近日",
    "某某乡的高山蔬菜基地迎来采收",
    "季 一车车新鲜蔬菜直供城区超市。",
    "全乡种植高山蔬菜 1 2万亩 带动",
    "农户增收 镇里还建起冷链 (图为",
    "菜农在基地采收。俞 晴 摄) 仓库",
    "和分拣中心。(钟",
    "宣)",
    "",
    "本版责任编辑:岑 立  美术编辑:伍 佳",
  ].join("\n");
  const arts = segmentPage(page);

  it("drops the letter-spaced masthead and section label", () => {
    expect(arts.map((a) => a.title)).toEqual(['某某乡:高山蔬菜搭上"直通车"']);
  });
  it("strips a dateline broken off after 近日, and reads a closing byline wrapped over two lines", () => {
    expect(arts[0]!.authors).toEqual(["俞晴", "钟宣"]);
    expect(arts[0]!.body.startsWith("近日某某乡的高山蔬菜基地")).toBe(true);
  });
  it("takes the caption out of the sentence, rejoins it and keeps editor lines out", () => {
    expect(arts[0]!.captions).toEqual(["图为菜农在基地采收。俞 晴 摄"]);
    expect(arts[0]!.body).toContain("镇里还建起冷链仓库和分拣中心。");
    expect(arts[0]!.body).toContain("高山蔬菜12万亩");
    expect(arts[0]!.body).not.toMatch(/编辑|图为/u);
  });
});

describe("segmentPage: a provincial paper's kicker, title and subtitle of one width", () => {
  it("reads the stack as a title group, not as a wrapped column", () => {
    const page = [
      "浙江日报  2023年12月5日  星期二  第4版  经济",
      "",
      "共同富裕示范区建设·基层探索",
      "某某县：“共富工坊”开到家门口",
      "——某某县推进“共富工坊”建设见闻",
      "",
      "本报记者 岑 迪 共享联盟某某站 应 敏",
      "",
      "　　12月的某某县，一家“共富工坊”里，二十多名村民正忙着给玩具贴标签。",
      "",
      "某某区：老旧小区改造惠及万户居民",
      "",
      "本报讯（记者 车 雷）记者从某某区住建局获悉，今年该区完成老旧小区改造46个。",
      "",
      "本版责任编辑：滕 飞　　版式设计：穆 清",
    ].join("\n");
    const arts = segmentPage(page);
    expect(arts.map((a) => a.title)).toEqual(['某某县:"共富工坊"开到家门口', "某某区:老旧小区改造惠及万户居民"]);
    expect(arts[0]!.authors).toEqual(["岑迪", "应敏"]);
    expect(arts[0]!.body).toBe('12月的某某县,一家"共富工坊"里,二十多名村民正忙着给玩具贴标签。');
    expect(arts[1]!.body).toBe("记者从某某区住建局获悉,今年该区完成老旧小区改造46个。");
  });
});

describe("source: where an article says it comes from", () => {
  it("is the dateline when it names a paper, else the paper in the page's masthead", () => {
    const page = [
      "某某日报  2024年3月1日  星期五  第3版",
      "",
      "某某镇新建乡村振兴讲堂",
      "",
      "本报讯（记者 邬 畅）近日，某某镇乡村振兴讲堂正式启用。",
      "",
      "某某街道开展消防演练",
      "",
      "某某晚报讯（通讯员 冉 冰）昨天，某某街道组织开展消防应急演练。",
      "",
      "某某社区举办邻里节",
      "",
      "本报讯 社区昨天举办邻里节，300余名居民参加。",
    ].join("\n");
    expect(segmentPage(page).map((a) => a.source)).toEqual(["某某日报", "某某晚报讯(通讯员 冉 冰)", "某某日报"]);
  });
  it("is the account of a WeChat post, and absent when nothing is printed", () => {
    const post = ["某某街道新增两处口袋公园", "某某发布 2023-08-01 18:00", "", "近日,某某街道新增口袋公园2处。"].join("\n");
    expect(segmentSingle(post).source).toBe("某某发布");
    expect(segmentSingle("某某街道新增两处口袋公园\n\n近日,某某街道新增口袋公园2处。").source).toBeUndefined();
  });
});

describe("source: a county paper's masthead at the top of the page", () => {
  it("drops 今日xx (possibly letter-spaced, with a section label) and names it as every article's source", () => {
    for (const head of ["今日新昌", "今 日 新 昌", "今日新昌　镇街动态"]) {
      const page = [
        head,
        "2024年5月9日 星期四 第3版",
        "责任编辑：卜 青",
        "",
        "某某镇“共富茶园”迎来采摘季",
        "",
        "本报讯（记者 甄 言）连日来，某某镇的共富茶园里一片繁忙，今年预计采摘鲜叶12万斤。",
        "",
        "某某街道老旧小区加装电梯",
        "",
        "本报讯（通讯员 訾 雯）某某街道今年已为老旧小区加装电梯16台。",
      ].join("\n");
      const arts = segmentPage(page);
      expect(arts.map((a) => a.title), head).toEqual(['某某镇"共富茶园"迎来采摘季', "某某街道老旧小区加装电梯"]);
      expect(arts.map((a) => a.source), head).toEqual(["今日新昌", "今日新昌"]);
    }
  });
  it("reads a short xx报 title on a dated masthead line", () => {
    const page = ["磐安报 2024年6月3日 第2版 综合", "", "某某乡药材基地扩种", "", "本报讯（记者 栾 月）某某乡今年扩种药材800亩。"].join("\n");
    const arts = segmentPage(page);
    expect(arts.map((a) => [a.title, a.source])).toEqual([["某某乡药材基地扩种", "磐安报"]]);
  });
});

