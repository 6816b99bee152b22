import { describe, expect, it } from "vitest";
import { segmentPage, segmentSingle } from "./segment";

// Invented pages in the layouts county and city papers use for bylines: names padded with spaces,
// byline lines under plain titles, closing bylines, kickers and staff lines.

describe("segmentPage: names printed with a space inside", () => {
  const page = [
    "宁波日报  2024年10月15日  第7版  区县之窗",
    "",
    "鄞州：老厂房变身文创街区",
    "",
    "本报讯（记者 邵 雯 通讯员 鄞 宣）昨天，鄞州区一处闲置二十多年的老厂房改造完成，变身文创街区。",
    "",
    "街区共引进文创、餐饮等业态36家，预计每年吸引游客50万人次。",
    "",
    "余姚：四明山区通上“共富公交”",
    "",
    "记者 汤 霖  通讯员 孟 一凡",
    "",
    "余姚市开通4条山区公交线路，覆盖四明山区11个行政村，村民出行时间平均缩短40分钟。",
    "",
    "图为村民乘坐新开通的公交车。（记者 汤 霖 摄）",
    "",
    "慈溪：杨梅上市 果农增收",
    "",
    "慈溪市横河镇的杨梅进入采摘期，全镇杨梅种植面积2.1万亩，预计产值3.5亿元。",
    "",
    "（通讯员 岑 楠  记者 董 芸）",
    "",
    "本版编辑 沃 丹   美编 卢 敏",
  ].join("\n");
  const arts = segmentPage(page);

  it("finds the three articles with their titles", () => {
    expect(arts.map((a) => a.title)).toEqual(["鄞州:老厂房变身文创街区", '余姚:四明山区通上"共富公交"', "慈溪:杨梅上市 果农增收"]);
  });
  it("reads spaced names in a dateline, a byline line and a closing byline", () => {
    // "鄞 宣" is the district's press office signing as correspondent, padded like a name.
    expect(arts.map((a) => a.authors)).toEqual([["邵雯", "鄞宣"], ["汤霖", "孟一凡"], ["岑楠", "董芸"]]);
  });
  it("starts each body after its byline and keeps staff lines out", () => {
    expect(arts[0]!.body.startsWith("昨天,鄞州区一处")).toBe(true);
    expect(arts[1]!.body.startsWith("余姚市开通4条山区公交线路")).toBe(true);
    expect(arts[1]!.captions).toEqual(["图为村民乘坐新开通的公交车。(记者 汤 霖 摄)"]);
    expect(arts[2]!.body).toBe("慈溪市横河镇的杨梅进入采摘期,全镇杨梅种植面积2.1万亩,预计产值3.5亿元。");
    for (const a of arts) expect(a.body).not.toMatch(/编辑|美编|记者|通讯员/u);
  });
});

describe("segmentPage: bylines on top and at the bottom on one page", () => {
  const page = [
    "诸暨：袜业工厂“智改数转”",
    "",
    "□记者 蔡 琦  通讯员 边 博",
    "",
    "诸暨市大唐街道的一家袜业工厂里，200台智能织袜机昼夜运转，车间里只有几名工人巡检。",
    "",
    "街道已推动袜业企业完成数字化改造460家，企业用工平均减少三成。",
    "",
    "柯桥：古镇夜游点亮夏日经济",
    "",
    "入夏以来，柯桥区安昌古镇推出夜游项目，游客可以乘乌篷船欣赏沿河灯光秀。",
    "",
    "古镇夜间游客量同比增长六成，带动沿街商户营业额增长35%。",
    "",
    "（记者 金 灿）",
    "",
    "【乡村振兴】",
    "新昌：小香榧撑起大产业",
    "",
    "□通讯员 吕 方",
    "",
    "新昌县香榧种植面积达到7.8万亩，香榧产业年产值超过10亿元。",
  ].join("\n");
  const arts = segmentPage(page);

  it("keeps the article that signs off at the bottom apart", () => {
    expect(arts.map((a) => a.title)).toEqual(['诸暨:袜业工厂"智改数转"', "柯桥:古镇夜游点亮夏日经济", "新昌:小香榧撑起大产业"]);
    expect(arts.map((a) => a.authors)).toEqual([["蔡琦", "边博"], ["金灿"], ["吕方"]]);
  });
  it("leaves kicker and bylines out of the bodies", () => {
    expect(arts[0]!.body.endsWith("企业用工平均减少三成。")).toBe(true);
    expect(arts[1]!.body.startsWith("入夏以来")).toBe(true);
    expect(arts[1]!.body.endsWith("营业额增长35%。")).toBe(true);
    expect(arts[2]!.body).toBe("新昌县香榧种植面积达到7.8万亩,香榧产业年产值超过10亿元。");
  });
});

describe("segmentPage: other byline forms", () => {
  it("reads organisation-prefixed and partner-station bylines", () => {
    const page = [
      "## 常山：胡柚青果走俏市场",
      "",
      "县融媒体中心记者 江 帆  本报首席记者 殷 实",
      "",
      "常山县今年胡柚青果收购量达1.2万吨，比去年增长两成。",
      "",
      "## 遂昌：山区小镇办起“村晚”",
      "",
      "共享联盟遂昌站 雷 鸣 融媒记者 叶 子",
      "",
      "遂昌县湖山乡的“村晚”已连续办了8届，今年吸引观众3000余人次。",
    ].join("\n");
    const arts = segmentPage(page);
    expect(arts.map((a) => a.authors)).toEqual([["江帆", "殷实"], ["雷鸣", "叶子"]]);
    expect(arts[1]!.body.startsWith('遂昌县湖山乡的"村晚"')).toBe(true);
  });

  it("drops source and original-title lines", () => {
    const page = [
      "平阳：黄汤茶迎来春茶季",
      "",
      "记者 池 瑶",
      "",
      "平阳县黄汤茶春茶开采，全县茶园面积12万亩。",
      "",
      "据温州日报",
      "",
      "原标题《春到平阳茶飘香》",
    ].join("\n");
    const [a, ...rest] = segmentPage(page);
    expect(rest).toHaveLength(0);
    expect(a!.authors).toEqual(["池瑶"]);
    expect(a!.body).toBe("平阳县黄汤茶春茶开采,全县茶园面积12万亩。");
  });
});

describe("segmentSingle: byline lines", () => {
  it("reads a byline line under the title as a byline, not part of the title", () => {
    const a = segmentSingle("温州鹿城：老街区焕发新活力\n\n本报记者 储 雪\n\n鹿城区五马街历史街区完成改造，日均客流量达3万人次。");
    expect(a.title).toBe("温州鹿城:老街区焕发新活力");
    expect(a.authors).toEqual(["储雪"]);
    expect(a.body).toBe("鹿城区五马街历史街区完成改造,日均客流量达3万人次。");
  });

  it("takes a byline line first in the file as a byline, with no title", () => {
    const a = segmentSingle("记者 符 卓  通讯员 项 羽\n\n兰溪市上华街道建成“共富工坊”15家。");
    expect(a.title).toBe("");
    expect(a.authors).toEqual(["符卓", "项羽"]);
    expect(a.body).toBe('兰溪市上华街道建成"共富工坊"15家。');
  });

  it("strips a spaced dateline and a closing editor line", () => {
    const a = segmentSingle("海宁皮革城秋冬季开市\n\n本报讯（记者 闻 笛 通讯员 海 宣）记者昨日从海宁中国皮革城获悉，秋冬季新品展销会开幕。\n\n（编辑 褚 然）");
    expect(a.authors).toEqual(["闻笛", "海宣"]);
    expect(a.body).toBe("记者昨日从海宁中国皮革城获悉,秋冬季新品展销会开幕。");
  });
});

describe("segmentPage: a byline line above a dateline paragraph", () => {
  it("keeps the dateline in the same article", () => {
    const page = [
      "国际物流园新开通两条货运班列",
      "记者 卓 越　通讯员 邱 枫",
      "本报讯 6月3日，两条中欧货运班列从金华国际物流园首发，当天发送集装箱86个。",
      "物流园今年已累计开行班列420列。",
      "东阳：木雕小镇迎来研学热",
      "见习记者 厉 一鸣",
      "今年以来，东阳木雕小镇接待研学团队1800余批次。",
      "小镇还开设木雕体验课程12门。（据《东阳日报》）",
    ].join("\n");
    const arts = segmentPage(page);
    expect(arts.map((a) => a.title)).toEqual(["国际物流园新开通两条货运班列", "东阳:木雕小镇迎来研学热"]);
    expect(arts.map((a) => a.authors)).toEqual([["卓越", "邱枫"], ["厉一鸣"]]);
    expect(arts[0]!.body.startsWith("6月3日,两条中欧货运班列")).toBe(true);
    expect(arts[1]!.body.endsWith("小镇还开设木雕体验课程12门。")).toBe(true);
  });
});

describe("segmentPage: sub-headings on a page of dateline articles", () => {
  it("keeps a sub-heading inside an article that opened with a byline", () => {
    const page = [
      "瑞安：塘下汽配转型升级",
      "",
      "记者 项 楠",
      "",
      "塘下镇是全国重要的汽摩配产业基地，现有汽配企业2100余家。",
      "",
      "龙头企业带动",
      "",
      "镇里培育产值超亿元企业48家，带动中小企业配套协作。",
      "",
      "平阳：水头皮革园变身文创园",
      "",
      "水头镇将闲置的老皮革厂房改造成文创园，已入驻企业35家。",
      "",
      "园区今年预计接待游客20万人次。",
      "",
      "（记者 池 瑶）",
      "",
      "苍南：渔港经济区建设提速",
      "",
      "本报讯（通讯员 缪 琦）苍南县霞关渔港经济区一期工程完工，新增渔船停泊位300个。",
    ].join("\n");
    const arts = segmentPage(page);
    expect(arts.map((a) => a.title)).toEqual(["瑞安:塘下汽配转型升级", "平阳:水头皮革园变身文创园", "苍南:渔港经济区建设提速"]);
    expect(arts[0]!.body).toContain("龙头企业带动");
    expect(arts.map((a) => a.authors)).toEqual([["项楠"], ["池瑶"], ["缪琦"]]);
  });
});
