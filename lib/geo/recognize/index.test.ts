// Context rules of the recognizer, checked through geocodeArticle on invented report sentences.
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../gazetteer";
import { geocodeArticle } from "../geocode";
import { recognize } from ".";

const gaz = loadGazetteer();
const geo = (body: string, title = "") => geocodeArticle({ title, body }, gaz);
/** Distinct mention codes in order of first appearance. */
const codes = (body: string, title = "") => [...new Set(geo(body, title).mentions.map((m) => m.code))];
const placeCodes = (body: string, title = "") => {
  const p = geo(body, title).place;
  return p ? [p.city?.adcode ?? null, p.county?.adcode ?? null, p.township?.code ?? null] : null;
};

describe("lists of names are mutual context", () => {
  it("reads a list of county short names of a city named in the article", () => {
    const body = "近日,衢州市在柯城、衢江、龙游、江山、常山、开化六县(市、区)推进改革。";
    // (the city right before its counties is read as their prefix and not listed on its own)
    expect(codes(body)).toEqual(["330802", "330803", "330825", "330881", "330822", "330824"]);
    expect(codes("近日,温州市在鹿城、龙湾、瓯海三区试点推行改革。")).toEqual(["330302", "330303", "330304"]);
    expect(codes("嘉兴市推进海宁、平湖、桐乡三地协同发展。")).toEqual(["330481", "330482", "330483"]);
  });

  it("reads such a list without the city when a count of units follows it", () => {
    expect(codes("天台、仙居两县联合开展山海协作。")).toEqual(["331023", "331024"]);
    expect(codes("记者走访了永康、武义等地的五金企业。")).toEqual(["330784", "330723"]);
  });

  it("reads one list item named in full as support for the others", () => {
    expect(codes("舟山在定海、普陀、岱山、嵊泗县建成共享法庭312个。")).toEqual(["330902", "330903", "330921", "330922"]);
  });

  it("reads county short names of several cities closed by 等县, 等区县 or 等地", () => {
    expect(codes("山区26县农民收入增速高于全省,其中淳安、景宁、泰顺等县位居前列。")).toEqual(["330127", "331127", "330329"]);
    expect(codes("省里在龙泉、庆元、开化、常山等地试点生态产品价值实现机制。")).toEqual(["331181", "331126", "330824", "330822"]);
    expect(codes("文成、天台、磐安三县入选省级试点。")).toEqual(["330328", "331023", "330727"]);
    expect(codes("今年,苍南、武义等区县的农村电商增长最快。")).toEqual(["330327", "330723"]);
  });

  it("leaves lists of people, of counties of different cities and of ordinary words alone", () => {
    expect(codes("王永康、李天台和张江山三位代表在会上发言。")).toEqual([]);
    expect(codes("大好江山、锦绣河山,处处是美景。")).toEqual([]);
    expect(codes("永康、南湖等地的企业来考察。")).toEqual([]);
  });

  it("reads township stems listed as 乡镇 of a county named in the article", () => {
    expect(codes("上虞区召开农村工作会议。会议提出,岭南、下管、丁宅等山区乡镇要加快发展。")).toEqual([
      "330604",
      "330604200",
      "330604105",
      "330604202",
    ]);
    expect(codes("黄岩区召开会议,头陀、北洋、宁溪三镇负责人作交流发言。")).toEqual(["331003", "331003103", "331003102", "331003101"]);
    // no county in the article: nothing says which 新桥/大洋 is meant
    expect(codes("大洋、新桥等乡镇负责人参加会议。")).toEqual([]);
  });

  it("gives a listed township the county of a settled one", () => {
    expect(codes("象山县丹东街道、爵溪街道联合开展志愿服务活动。")).toEqual(["330225", "330225001", "330225003"]);
  });
});

describe("a county name right before a township stem", () => {
  it("reads an ordinary word that is one of the county's township stems as that township", () => {
    expect(codes("诸暨大唐的袜业企业加快转型。")).toEqual(["330681", "330681005"]);
    expect(codes("记者来到温岭城东,城东街道的老旧小区改造正在进行。")).toEqual(["331081", "331081002"]);
  });

  it("keeps verbs and set phrases as words", () => {
    expect(codes("近日,缙云新建一批文化礼堂,景宁大地上处处生机。")).toEqual([]);
  });
});

describe("township stems", () => {
  it("reads a long stem whose county is named, unless it is a landscape name", () => {
    expect(codes('普陀区六横镇建成海岛医共体。以前看病要坐船去沈家门,来回一整天。')).toEqual(["330903", "330903100", "330903001"]);
    expect(codes("遂昌县大力发展红色旅游,王村口的红色课堂年均接待学员2万人次。")).toEqual(["331123", "331123107"]);
    // 莫干山 is the mountain as often as the township
    expect(codes("德清县推进全域旅游,莫干山的民宿一房难求。")).toEqual(["330521"]);
    // no county or city named: nothing says where
    expect(codes("以前看病要坐船去沈家门,来回一整天。")).toEqual([]);
  });

  it("reads a two-character stem only where a verb of place puts it and its county is named", () => {
    expect(codes("诸暨市推进五金产业升级。记者来到店口,企业订单排到了年底。")).toEqual(["330681", "330681104"]);
    expect(codes("诸暨市推进五金产业升级。店口的企业订单排到了年底。")).toEqual(["330681"]);
  });
});

describe("places elsewhere", () => {
  it("carries a district seen after a place elsewhere to its bare repeats", () => {
    const r = geo(
      "近日,上海市普陀区召开城市更新推进会。普陀区将新建口袋公园20个。普陀的经验值得借鉴,杭州市拱墅区干部前往学习。",
      "上海普陀:城市更新的新样本",
    );
    expect(r.place).toBeNull();
    expect(r.mentions.map((m) => m.code)).toEqual(["330105"]);
  });

  it("keeps the Zhejiang district when the article ties it to its city or names it first", () => {
    expect(codes("上海市普陀区与舟山市普陀区开展合作,普陀区渔民受益。")).toEqual(["330903"]);
    const r = geo("普陀区与上海市普陀区缔结友好城区。普陀区委书记出席签约仪式。");
    expect(r.place?.county?.adcode).toBe("330903");
    expect(r.mentions.map((m) => m.code)).toEqual(["330903", "330903"]);
  });

  it("does not resolve a district that only exists elsewhere", () => {
    expect(codes("来自新疆阿克苏的苹果在杭州热销,温宿县的核桃也深受欢迎。")).toEqual(["330100"]);
  });
});

describe("shared township names", () => {
  it("settles a shared name and a county short name of one of its readings together", () => {
    // 新桥镇 is in 象山县 and in 路桥区; the brand 象山红美人 names the county
    const r = geo('冬日的新桥镇,柑橘大棚整齐排列。新桥镇是"象山红美人"的主产区之一,全镇柑橘种植面积达1.2万亩。', "新桥镇:大棚里的共富经");
    expect(r.place).toMatchObject({ county: { adcode: "330225" }, township: { code: "330225110" } });
  });

  it("reads a name that is generic but unique in Zhejiang when the article repeats it and names nothing else", () => {
    const r = geo("中午,丹东街道某社区的老年食堂里飘出饭菜香。丹东街道今年新建老年食堂9个,实现辖区社区全覆盖。");
    expect(r.place).toMatchObject({ county: { adcode: "330225" }, township: { code: "330225001" } });
    expect(r.place?.confidence).toBeLessThan(0.7);
    // once only, or next to a place elsewhere: not enough
    expect(geo("丹东街道开展志愿服务活动。").mentions).toEqual([]);
    expect(geo("辽宁丹东的客商来到丹东街道考察,丹东街道热情接待。").mentions).toEqual([]);
  });
});

describe("event names", () => {
  it("lists a city inside an event's name as a mention without making it the place", () => {
    const r = geo("杭州第19届亚运会帆船帆板比赛在象山亚帆中心落下帷幕。赛事期间,象山县累计招募志愿者1600余名。");
    expect(r.place).toMatchObject({ county: { adcode: "330225" } });
    expect(r.mentions.map((m) => m.code)).toContain("330100");
  });
});

describe("recognize", () => {
  it("marks a township sited by 位于 through the chain before it", () => {
    const rec = recognize("", "位于天台县白鹤镇的抽水蓄能电站项目正式开工。", gaz);
    const town = rec.items.find((i) => i.text === "白鹤镇");
    expect(town?.sited).toBe(true);
    expect(rec.items.find((i) => i.text === "天台县")?.sited).toBe(true);
  });

  it("does not mark a sited example or a larger unit's institution at an address", () => {
    const example = recognize("", "慈溪新建的4所公办幼儿园投入使用。其中,位于宗汉街道的新城幼儿园规模最大。", gaz);
    expect(example.items.find((i) => i.text === "宗汉街道")?.sited).toBe(false);
    const institution = recognize("", "位于首南街道的鄞州区实验小学新校区迎来新生。", gaz);
    expect(institution.items.find((i) => i.text === "首南街道")?.sited).toBe(false);
  });

  it("reads the paper from a dateline left in the body and keeps it out of the mentions", () => {
    const rec = recognize("", "金华日报讯(通讯员 李明)日前,城东街道组建志愿服务队。", gaz);
    expect(rec.paper?.code).toBe("330700");
    expect(geo("金华日报讯(通讯员 李明)日前,城东街道组建志愿服务队。").mentions).toEqual([]);
  });

  it("flags pairing assistance set in the partner region", () => {
    const rec = recognize("援建的茶厂投产了", "在贵州省榕江县的一处茶厂里,工人们忙着分拣新茶。这是南湖区东西部协作项目。", gaz);
    expect(rec.aid).toBe(true);
    expect(rec.foreignScene).toBe(true);
    expect(recognize("", "南湖区召开会议,总结对贵州省榕江县的帮扶成效。", gaz).foreignScene).toBe(false);
  });

  it("reports the end of the lead paragraph", () => {
    const first = "第一段文字足够长,记者从县里获悉了这个消息的详细情况和有关安排。";
    expect(recognize("", `${first}\n\n第二段。`, gaz).leadEnd).toBe(first.length);
    // a short first line (a quote) takes the next paragraph with it
    const quote = '"好!"\n\n第二段。';
    expect(recognize("", `${quote}\n\n第三段。`, gaz).leadEnd).toBe(quote.length);
  });
});

describe("township and county together", () => {
  it("keeps county-level cities with and without 市", () => {
    expect(placeCodes("温岭市召开全市民营经济大会。温岭是全国重要的工业城市。")).toEqual(["331000", "331081", null]);
    expect(placeCodes("近日,乐清柳市镇召开低压电器产业大会,柳市镇200余家企业参加。")).toEqual(["330300", "330382", "330382114"]);
  });
});

describe("streets, piers and routes named after places", () => {
  it("does not read a street, road, lane or avenue named after a place as the place", () => {
    expect(codes("记者来到杭州市拱墅区丽水路,沿街商铺大多换上了新招牌。")).toEqual(["330105"]);
    expect(codes("西周镇的金华街两侧,老字号糕饼店排起了长队。")).toEqual(["330225102", "330225"]);
    expect(codes("湖州大道两侧新开了几家咖啡馆。")).toEqual([]);
    // a word about the place itself still names it
    expect(codes("温州路网建设提速,今年新建农村公路120公里。")).toEqual(["330300"]);
    expect(codes("如今在温州街头,随处可见共享单车。")).toEqual(["330300"]);
  });

  it("reads a township stem that is an ordinary word where a pier or a route names it and its county is named", () => {
    expect(codes("嵊泗县改造菜园码头,新增候船座位200个。")).toEqual(["330922", "330922100"]);
    expect(codes("今年,嵊泗县新开菜园至花鸟乡的客运航班,旺季每天往返6班次。")).toEqual(["330922", "330922100", "330922203"]);
    // no county: nothing says the word is a place; 码放 is no pier
    expect(codes("菜园码头新增候船座位200个。")).toEqual([]);
    expect(codes("嵊泗县一户村民把农具整齐地在菜园码放好。")).toEqual(["330922"]);
  });
});

describe("counties listed with what each is known for", () => {
  it("reads X的…、Y的…、Z的… as a list of counties of any cities", () => {
    const body = "各地培育特色产业:庆元的香菇、开化的龙顶茶、缙云的烧饼……一批土特产成了农民增收的主导产业。";
    expect(codes(body)).toEqual(["331126", "330824", "331122"]);
    // two names that are not also ordinary words are enough
    expect(codes("磐安的药材、嵊泗的贻贝都卖到了全国。")).toEqual(["330727", "330922"]);
  });

  it("leaves two names that are also ordinary words or personal names alone", () => {
    expect(codes("天台的老人、江山的孩子都来了。")).toEqual([]);
  });
});

describe("stories set outside Zhejiang", () => {
  it("flags a delegation travelling to learn or to promote", () => {
    const rec = recognize("余姚党政代表团赴深圳学习考察", "日前,余姚市党政代表团赴广东省深圳市学习考察,先后走进多家科技企业。", gaz);
    expect(rec.aid).toBe(true);
    expect(rec.foreignScene).toBe(true);
  });

  it("flags a lead set elsewhere whose Zhejiang people come from home", () => {
    const body = "清晨,贵州省黔东南州一所中学里,来自嘉兴市南湖区的支教老师正在上课。这是南湖区结对帮扶当地以来派出的第3批支教团队。";
    expect(recognize("一堂课上的山海情", body, gaz).foreignScene).toBe(true);
    // the Zhejiang place first, or not introduced as where people come from: no scene elsewhere
    expect(recognize("", "嘉兴市南湖区的老师通过直播为贵州省黔东南州一所中学的学生上课。", gaz).foreignScene).toBe(false);
    expect(recognize("", "清晨,贵州省黔东南州的客商来到嘉兴市南湖区洽谈合作。", gaz).foreignScene).toBe(false);
  });
});
