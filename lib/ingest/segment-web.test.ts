import { describe, expect, it } from "vitest";
import { segmentPage, segmentSingle } from "./segment";

// Invented pages in the forms text arrives in from government websites and WeChat accounts.

describe("segmentSingle: a government website article copied from the browser", () => {
  const page = [
    "某某县人民政府",
    "您的位置：首页 > 政务公开 > 部门动态",
    "县农业农村局开展秋粮收购专项检查",
    "发布时间：2023-10-20 10:12   信息来源：县农业农村局   作者：吕 帆 蒋晓雯   浏览次数：301",
    "【字体：大 中 小】",
    "",
    "　　近日，县农业农村局联合县市场监管局，对全县12家粮食收购企业开展专项检查。",
    "",
    "　　检查组重点查看了收购价格公示、计量器具检定等情况，现场督促整改问题5个。",
    "",
    "【打印本页】 【关闭窗口】",
    "分享到：微信 微博 QQ空间",
    "扫一扫在手机上查看当前页面",
    "上一篇：县农业农村局召开秋冬种工作部署会",
    "",
    "主办单位：某某县人民政府办公室  技术支持：某某信息技术有限公司",
    "网站标识码：3300000000  浙ICP备00000000号  浙公网安备 33000000000000号",
  ].join("\n");
  const a = segmentSingle(page);

  it("takes the headline, not the site name or the breadcrumb", () => {
    expect(a.title).toBe("县农业农村局开展秋粮收购专项检查");
  });
  it("reads the writers from the meta line's 作者 field only", () => {
    expect(a.authors).toEqual(["吕帆", "蒋晓雯"]);
  });
  it("keeps the meta line, widgets, buttons, share lines and footer out of the body", () => {
    expect(a.body).toBe(
      "近日,县农业农村局联合县市场监管局,对全县12家粮食收购企业开展专项检查。\n\n检查组重点查看了收购价格公示、计量器具检定等情况,现场督促整改问题5个。",
    );
  });
});

describe("segmentSingle: website layouts without 作者", () => {
  it("drops a date-first meta line and a closing correspondent byline stays an author", () => {
    const page = [
      "当前位置：首页>新闻动态>镇街动态",
      "某某镇：“共享农机”帮农户省下一季人工",
      "2023-09-01 08:30  来源：某某镇",
      "",
      "　　眼下正值晚稻田间管理关键期，某某镇“共享农机”服务队每天出动植保无人机20架次。",
      "",
      "（通讯员 华 楠）",
      "",
      "【打印】【关闭】",
    ].join("\n");
    const a = segmentSingle(page);
    expect(a.title).toBe('某某镇:"共享农机"帮农户省下一季人工');
    expect(a.authors).toEqual(["华楠"]);
    expect(a.body).toBe('眼下正值晚稻田间管理关键期,某某镇"共享农机"服务队每天出动植保无人机20架次。');
  });
});

describe("segmentSingle: a WeChat post", () => {
  const page = [
    "好消息！这个老街区要“变身”了",
    "原创 某某发布 某某发布 2023-11-02 18:00 发表于浙江",
    "",
    "↑↑点击上方“某某发布”关注我们",
    "",
    "本期导读：老街区改造方案出炉",
    "",
    "来源丨某某日报",
    "记者丨汪 洋  通讯员丨某 建宣",
    "",
    "11月1日，某某区老街区有机更新项目正式开工，计划投资2.6亿元。",
    "",
    "项目将保留街区原有肌理，预计2025年底完工。",
    "",
    "-END-",
    "",
    "文字丨某某区融媒体中心 梅 立",
    "图片丨某某街道",
    "编辑丨殷 悦",
    "审核丨韩 冬",
    "",
    "往期推荐",
    "某某区这所新学校明年开学",
    "周末去哪儿？这份秋日赏景地图请收好",
    "",
    "分享 点赞 在看",
  ].join("\n");
  const a = segmentSingle(page);

  it("takes the first line as the title, not the follow prompt", () => {
    expect(a.title).toBe('好消息!这个老街区要"变身"了');
  });
  it("reads 记者丨, 通讯员丨 and 文字丨 without the organisation, and no editors", () => {
    expect([...a.authors].sort()).toEqual(["汪洋", "某建宣", "梅立"].sort());
  });
  it("keeps account line, prompts, teaser, credits, -END-, reading list and buttons out of the body", () => {
    expect(a.body).toBe("11月1日,某某区老街区有机更新项目正式开工,计划投资2.6亿元。\n\n项目将保留街区原有肌理,预计2025年底完工。");
  });
});

describe("segmentPage: a WeChat morning digest", () => {
  const page = [
    "早安，某某丨10月9日，星期一",
    "某某发布 2023-10-09 07:00",
    "",
    "今天是2023年10月9日，农历八月廿五，星期一。",
    "今日某某：多云，17℃～25℃，东北风2级。",
    "",
    "01",
    "某某镇入选省级森林城镇",
    "",
    "近日，省林业局公布新一批省级森林城镇名单，某某镇榜上有名。",
    "",
    "02",
    "城区新增公共停车泊位800个",
    "",
    "今年以来，城区通过挖潜改造新增公共停车泊位800个，缓解停车难。",
  ].join("\n");
  const arts = segmentPage(page);

  it("makes one article per numbered item and none of the greeting, calendar and weather", () => {
    expect(arts.map((a) => a.title)).toEqual(["某某镇入选省级森林城镇", "城区新增公共停车泊位800个"]);
    expect(arts[0]!.body).toBe("近日,省林业局公布新一批省级森林城镇名单,某某镇榜上有名。");
  });
});

describe("a web meta line above the headline", () => {
  const lines = [
    "首页 > 工作动态",
    "作者：邢 菲   发布时间：2023-12-01 10:00   来源：区民政局",
    "区民政局发放冬季困难群众慰问金",
    "",
    "近日，区民政局向全区困难群众发放冬季慰问金共计86万元。",
  ];
  it("still lets the headline be the title, in single and page mode", () => {
    const single = segmentSingle(lines.join("\n"));
    expect(single.title).toBe("区民政局发放冬季困难群众慰问金");
    expect(single.authors).toEqual(["邢菲"]);
    expect(single.body).toBe("近日,区民政局向全区困难群众发放冬季慰问金共计86万元。");
    const page = segmentPage(lines.join("\n"));
    expect(page.map((a) => a.title)).toEqual(["区民政局发放冬季困难群众慰问金"]);
    expect(page[0]!.body).toBe("近日,区民政局向全区困难群众发放冬季慰问金共计86万元。");
    expect(page[0]!.authors).toEqual(["邢菲"]);
  });
});

describe("segmentPage: a WeChat digest whose account name sits above its date line", () => {
  const page = [
    "龙游发布",
    "2024-01-08 07:15 浙江",
    "点击上方蓝字关注我们",
    "",
    "早上好，龙游！今天是2024年1月8日，星期一，农历冬月廿七。",
    "今日天气：晴，1℃～12℃，北风2级。",
    "",
    "01",
    "某某村冬季农产品展销会开幕",
    "",
    "昨天，某某村冬季农产品展销会开幕，首日销售额达到18万元。",
    "",
    "02",
    "城区新开通两条微公交",
    "",
    "本周起，城区新开通微公交线路2条，覆盖小区31个。",
  ].join("\n");
  const arts = segmentPage(page);

  it("makes no article of the account name, the greeting or the weather", () => {
    expect(arts.map((a) => a.title)).toEqual(["某某村冬季农产品展销会开幕", "城区新开通两条微公交"]);
  });
  it("names the account as every item's source", () => {
    expect(arts.map((a) => a.source)).toEqual(["龙游发布", "龙游发布"]);
  });
  it("keeps a headline above a date line that names no account", () => {
    const post = ["我市首个碳普惠平台发布", "2024-01-08 19:30", "", "近日,我市首个碳普惠平台正式上线,首批注册用户2.3万人。"].join("\n");
    expect(segmentSingle(post).title).toBe("我市首个碳普惠平台发布");
  });
});

