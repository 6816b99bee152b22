// Choosing the place an article is about, on invented multi-paragraph reports.
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "./gazetteer";
import { geocodeArticle } from "./geocode";

const gaz = loadGazetteer();
const placeOf = (title: string, ...paragraphs: string[]) => {
  const p = geocodeArticle({ title, body: paragraphs.join("\n\n") }, gaz).place;
  return p ? [p.city?.adcode ?? null, p.county?.adcode ?? null, p.township?.code ?? null] : null;
};

describe("township or county", () => {
  it("goes down to a township the story's subject is sited in", () => {
    expect(
      placeOf(
        "黄岩:模具产业园项目拿地即开工",
        "本报讯 近日,位于黄岩区江口街道的智能模具产业园项目正式开工,从摘牌到拿到施工许可证仅用了7天。",
        "为加快项目落地,黄岩区资规、住建等部门提前介入、并联审批。今年以来,黄岩已有17个工业项目实现拿地即开工。",
      ),
    ).toEqual(["331000", "331003", "331003007"]);
  });

  it("stays at the county when the lead sites only one example of a county-wide story there", () => {
    expect(
      placeOf(
        "龙游新建3所学校投入使用",
        "本报讯 今年秋季,龙游新建的3所学校投入使用,新增学位2100个。其中,位于东华街道的城东小学规模最大。",
        "龙游县教育局表示,全县将继续扩充优质学位。",
      ),
    ).toEqual(["330800", "330825", null]);
    // the sited thing is the county's own school; the county recurs and speaks of 全县
    expect(
      placeOf(
        "长兴:家门口的好学校越来越多",
        "9月1日,位于雉城街道的长兴县实验小学新校区迎来首批新生。今年,长兴县新建学校5所,全县新增学位3000个。",
        "长兴县还将推进集团化办学,长兴县教育局已组建教育集团12个。",
      ),
    ).toEqual(["330500", "330522", null]);
  });

  it("stays at the county when the township comes up after the lead paragraph", () => {
    expect(
      placeOf(
        "衢州开化:生态补偿见实效",
        "开化县地处钱塘江源头,森林覆盖率达80.9%。近年来,开化与下游地区建立横向生态补偿机制,三年累计获得补偿资金2.4亿元。",
        "在齐溪镇,村民们通过护林、护水岗位就业,人均年增收1.8万元。齐溪镇党委书记介绍,全镇已设立生态管护岗位136个。",
      ),
    ).toEqual(["330800", "330824", null]);
  });

  it("stays at the county when townships are only listed as examples", () => {
    expect(
      placeOf(
        "医共体让山区群众看病不出乡",
        '"以前看专家门诊要坐一个多小时车,现在专家每周都来乡里坐诊。"在上虞区岭南乡卫生院,村民杜大妈说。',
        "绍兴市上虞区人民医院医共体推动优质医疗资源向山区乡镇下沉,已向岭南、下管等山区乡镇派驻专家86名。",
        "上虞区基层医疗机构就诊率从58%提高到67.5%。",
      ),
    ).toEqual(["330600", "330604", null]);
    expect(placeOf("", "黄岩区召开会议,头陀、北洋、宁溪三镇负责人作交流发言。头陀镇、北洋镇将加快发展。")).toEqual([
      "331000",
      "331003",
      null,
    ]);
  });

  it("goes down to a township a county paper names without its county", () => {
    expect(
      placeOf(
        "第二十六届中国开渔节在石浦开幕",
        "9月16日,第二十六届中国开渔节在石浦镇中国渔村开幕。2600余艘渔船扬帆出海。",
        "开幕当天,石浦镇共接待游客9.2万人次。",
      ),
    ).toEqual(["330200", "330225", "330225101"]);
  });
});

describe("the paper the article comes from", () => {
  const withSource = (source: string, title: string, body: string) => {
    const p = geocodeArticle({ title, body, source }, gaz).place;
    return p ? [p.city?.adcode ?? null, p.county?.adcode ?? null, p.township?.code ?? null] : null;
  };

  it("narrows a township name several places share to the paper's area", () => {
    // 城东街道: 婺城区 and 东阳市 both have one, both in 金华
    expect(withSource("金华日报讯(通讯员 李明)", "城东街道开展志愿服务", "日前,城东街道组建志愿服务队。")).toEqual(["330700", null, null]);
    // only one 城西街道 in 义乌
    expect(withSource("义乌商报讯", "城西街道开展志愿服务", "日前,城西街道组建志愿服务队。")).toEqual(["330700", "330782", "330782006"]);
    // 新桥镇: 象山县 (宁波) or 路桥区 (台州)
    expect(withSource("宁波日报讯", "新桥镇柑橘进入膨果期", "连日来,新桥镇柑橘进入膨果关键期。")).toEqual(["330200", "330225", "330225110"]);
  });

  it("supports the short names of its own county and of its city's counties", () => {
    expect(withSource("义乌商报讯", "", "今年以来,义乌新增市场主体1.2万户。")).toEqual(["330700", "330782", null]);
    expect(withSource("宁波日报讯", "北仑推出涉企服务集成改革", "北仑推出涉企服务集成改革,北仑企业办事更便捷。")).toEqual([
      "330200",
      "330206",
      null,
    ]);
    // without the paper, a repeated short name that is no ordinary word is enough; one that is is not
    expect(placeOf("北仑推出涉企服务集成改革", "北仑推出涉企服务集成改革,北仑企业办事更便捷。")).toEqual(["330200", "330206", null]);
    expect(placeOf("天台晒秋", "天台晒秋,天台挂满了玉米。")).toBeNull();
  });

  it("stands in when the body names no place, but never against the body or for a filing place", () => {
    expect(withSource("台州日报讯", "市区新增公交线路", "记者从市交通局获悉,市区新增公交线路5条。")).toEqual(["331000", null, null]);
    expect(withSource("本报杭州8月2日讯", "市区新增公交线路", "记者从市交通局获悉,市区新增公交线路5条。")).toBeNull();
    expect(withSource("台州日报讯", "", "近日,新昌县回山镇召开茶产业大会,回山镇茶农参加。")).toEqual(["330600", "330624", "330624104"]);
    expect(withSource("台州日报讯", "", "组织干部赴上海学习先进经验。")).toBeNull();
  });
});

describe("city or nothing", () => {
  it("stays at the city for several of its counties", () => {
    expect(placeOf("", "近日,湖州市吴兴区、南浔区和德清县、长兴县、安吉县五地联合开展河湖长制工作交流。")).toEqual(["330500", null, null]);
    expect(placeOf("", "嵊泗的海鲜、岱山的盐、普陀的佛茶,都是舟山的特色产品。")).toEqual(["330900", null, null]);
  });

  it("gives no place to a story spread over several cities", () => {
    expect(placeOf("", "记者从省交通运输厅获悉,杭州、宁波、温州等地的高速公路服务区完成改造。")).toBeNull();
    expect(placeOf("", "以杭州为例,企业开办时间压缩至1个工作日。宁波、温州、湖州等地也推出集成改革。")).toBeNull();
  });

  it("gives no place to pairing assistance set in the partner region", () => {
    expect(
      placeOf(
        "南湖援建的茶厂投产",
        "在贵州省黔东南州榕江县的一处茶叶加工厂里,工人们正在分拣新茶。这是南湖区东西部协作援建的项目。",
        "南湖区投入协作资金800万元,南湖区派出的技术人员常驻当地。南湖区还帮助销售茶叶300吨。",
      ),
    ).toBeNull();
    // the Zhejiang county's own meeting about the pairing stays there
    expect(
      placeOf(
        "南湖区召开东西部协作推进会",
        "近日,南湖区召开东西部协作工作推进会,总结今年对贵州省榕江县的帮扶成效。南湖区已投入资金2800万元。",
      ),
    ).toEqual(["330400", "330402", null]);
  });

  it("keeps a city that clearly leads over others it mentions", () => {
    expect(placeOf("台州推进共同富裕", "台州市召开大会,台州市委书记出席。会上,台州与温州签订合作协议。")).toEqual(["331000", null, null]);
  });
});

describe("confidence", () => {
  it("is low when only a name found in many places settles the article", () => {
    const lone = geocodeArticle({ title: "", body: "新城街道召开居民议事会,新城街道党工委书记出席会议。" }, gaz).place;
    const named = geocodeArticle({ title: "", body: "秀洲区新城街道召开居民议事会,新城街道党工委书记出席会议。" }, gaz).place;
    expect(lone?.township?.code).toBe(named?.township?.code);
    expect(lone?.confidence ?? 1).toBeLessThan(0.7);
    expect(named?.confidence ?? 0).toBeGreaterThan(0.9);
  });

  it("gives a generic name that only one Zhejiang township has its township, once, with low confidence", () => {
    // 长安 is a common name in China, but Zhejiang has one 长安镇 (海宁)
    const once = geocodeArticle({ title: "", body: "长安镇今年将新建口袋公园6个,新增绿地面积约2万平方米。" }, gaz).place;
    expect([once?.county?.adcode, once?.township?.code]).toEqual(["330481", "330481103"]);
    expect(once?.confidence ?? 1).toBeLessThan(0.5);
    // a name two Zhejiang townships share stays undecided
    const shared = geocodeArticle({ title: "", body: "新桥镇今年将新建口袋公园6个,新增绿地面积约2万平方米。" }, gaz).place;
    expect(shared?.township ?? null).toBeNull();
  });
});

describe("stories that happen outside Zhejiang or across the province", () => {
  it("gives no place to a delegation's study trip or a teaching team in the partner region", () => {
    expect(
      placeOf(
        "余姚党政代表团赴深圳学习考察",
        "本报讯 日前,余姚市党政代表团赴广东省深圳市学习考察,先后走进深圳多家科技企业和园区。",
        "代表团还与在深余姚籍企业家座谈交流,推介余姚投资环境,现场达成意向投资项目5个。",
        "代表团表示,余姚要对标先进、找准差距。",
      ),
    ).toBeNull();
    expect(
      placeOf(
        "一堂课上的山海情",
        "清晨,贵州省黔东南州一所中学里,来自嘉兴市南湖区的支教老师正在上课。这是南湖区结对帮扶当地以来派出的第3批支教团队。",
        "三年来,南湖区累计选派教师45名赴当地支教,投入帮扶资金6000万元。南湖还引导企业到当地投资。",
      ),
    ).toBeNull();
  });

  it("keeps a visit to Zhejiang in Zhejiang", () => {
    expect(
      placeOf(
        "深圳客商来余姚考察",
        "本报讯 日前,广东省深圳市一批客商来余姚学习考察,参观了余姚多家智能制造企业。",
        "余姚市相关负责人介绍了余姚的营商环境,双方达成合作意向3项。",
      ),
    ).toEqual(["330200", "330281", null]);
  });

  it("gives no place to a province-wide story whose only places are listed examples of several cities", () => {
    expect(
      placeOf(
        "山区县特色产业带动农民增收",
        "本报杭州5月6日讯 记者从省农业农村厅获悉,我省山区县农民收入增速继续高于全省平均。",
        "各地培育特色产业:庆元的香菇、开化的龙顶茶、缙云的烧饼……一批土特产成了农民增收的主导产业。",
      ),
    ).toBeNull();
  });
});

describe("a township first named after the lead", () => {
  it("goes down to a township the subject is sited in, named again later", () => {
    expect(
      placeOf(
        "赛后场馆变身市民运动乐园",
        "本报讯 赛事落幕,萧山一处体育场馆依旧热闹,周末有不少市民前来健身。",
        "该场馆位于萧山区闻堰街道,赛后向公众开放。闻堰街道还依托场馆发展体育旅游,周边新开商户30家。",
      ),
    ).toEqual(["330100", "330109", "330109012"]);
  });

  it("goes down to a township whose village the report keeps coming back to, even beside the county", () => {
    const lead = "秋冬时节,开化的香菇迎来采收旺季,一筐筐鲜菇从山里运往各地。开化香菇种植已有数百年历史。";
    const later = "走进开化县苏庄镇古田村,菇农正在大棚里采摘。古田村今年种植香菇200万袋,村民人均增收5000元。";
    expect(placeOf("", lead, later)).toEqual(["330800", "330824", "330824108"]);
    // not when another township of the county is named too, nor in a county-wide report
    expect(placeOf("", lead, later, "华埠镇也新建了菌棒厂。")?.[2]).toBeNull();
    expect(placeOf("", lead, later, "全县香菇产值去年达到5亿元。")?.[2]).toBeNull();
    // a village named once is no return to it
    expect(placeOf("", lead, "走进开化县苏庄镇古田村,菇农正在大棚里采摘。村民人均增收5000元。")?.[2]).toBeNull();
  });

  it("goes down to the article's only place when it recurs, unless the story is county-wide", () => {
    expect(
      placeOf(
        "景区冬游热度攀升",
        "本报讯 连日来,景区迎来冬季旅游旺季,各地游客纷至沓来,周边酒店民宿入住率持续走高。",
        "为提升游客体验,石浦镇今年投入2000万元实施景区改造。石浦镇还推出夜游项目,开通夜游线路3条。",
      ),
    ).toEqual(["330200", "330225", "330225101"]);
    expect(
      placeOf(
        "我县冬游热度攀升",
        "本报讯 连日来,全县各景区迎来冬季旅游旺季,各地游客纷至沓来,周边酒店民宿入住率持续走高。",
        "其中,石浦镇今年投入2000万元实施景区改造。石浦镇还推出夜游项目,开通夜游线路3条。",
      ),
    ).toEqual(["330200", "330225", null]);
  });

  it("stays at the county for a port or station named after a township", () => {
    expect(
      placeOf(
        "象山石浦港整治工程完工",
        "本报讯 日前,象山县石浦港综合整治工程完工,新建防波堤1.2公里。",
        "工程完工后,石浦港避风能力明显提升,将带动石浦镇、鹤浦镇等沿海乡镇发展。",
      ),
    ).toEqual(["330200", "330225", null]);
  });
});

describe("datelines, stubs and captions", () => {
  const gz = loadGazetteer();
  const at = (input: Parameters<typeof geocodeArticle>[0]) => {
    const p = geocodeArticle(input, gz).place;
    return p ? [p.city?.adcode ?? null, p.county?.adcode ?? null, p.township?.code ?? null] : null;
  };

  it("places a title-only stub by the county its dateline was filed from", () => {
    expect(at({ title: "浙江日报龙游2月2", body: "" })).toEqual(["330800", "330825", null]);
    expect(at({ title: "越剧进村", body: "", source: "本报龙游2月2日讯" })).toEqual(["330800", "330825", null]);
  });

  it("keeps a city filing place weak: a province's event held there is not about it", () => {
    const body = "昨天,湖南省代表团在浙江绍兴办了一场文旅推广会。湖南的景区带来了新线路,湖南各地文旅部门介绍了优惠政策。湖南希望吸引更多游客。";
    expect(at({ title: "", body, source: "本报绍兴讯" })).toBeNull();
  });

  it("places a report that is only a photo by its caption, and weighs a caption little beside a body", () => {
    expect(at({ title: "", body: "", captions: ["元旦前夕,淳安县梓桐镇的老人们在文化礼堂写春联。梓桐镇的书法爱好者一共写了300多副。记者 王某 摄"] })).toEqual([
      "330100",
      "330127",
      "330127107",
    ]);
    const body = "今年春天,浦江县檀溪镇的一个山村把闲置的坡地整理出来,改种了200亩葡萄。浦江县农业部门派来技术员,手把手教村民修枝施肥。";
    expect(at({ title: "", body, captions: ["建德市更楼街道的田野里,一台拖拉机正在翻地。王某 摄"] })?.[1]).toBe("330726");
  });
});

describe("city-wide reports and venues", () => {
  const gz = loadGazetteer();
  const at = (body: string, title = "") => {
    const p = geocodeArticle({ title, body }, gz).place;
    return p ? [p.city?.adcode ?? null, p.county?.adcode ?? null, p.township?.code ?? null] : null;
  };

  it("keeps a city-wide report at the city when a county is only where its meeting was held", () => {
    const body =
      "宁波今年将新建一批农业园区。前天,全市农业园区推进会在鄞州区召开,我市园区建设由此全面铺开。会上通报,全市去年建成园区20个。";
    expect(at(body)).toEqual(["330200", null, null]);
  });

  it("goes to the venue when the city is named only once, in an event's name", () => {
    const body = "周六,“嘉兴剪纸大赛”在秀洲区王店镇举行,全市30多位剪纸艺人参加。";
    expect(at(body)?.[1]).toBe("330411");
  });
});

describe("stories filed or set outside Zhejiang", () => {
  const gz = loadGazetteer();
  const at = (body: string, title = "", source?: string) => {
    const p = geocodeArticle(source === undefined ? { title, body } : { title, body, source }, gz).place;
    return p ? [p.city?.adcode ?? null, p.county?.adcode ?? null, p.township?.code ?? null] : null;
  };

  it("keeps the county a story filed from Beijing is about", () => {
    const body = "本报北京3月5日电 记者从农业农村部获悉,长兴县的农产品展销会在北京开幕。长兴县组织了30家企业参展,长兴的芦笋、葡萄受到欢迎。";
    expect(at(body)?.[1]).toBe("330522");
    expect(at("记者获悉,长兴县的农产品展销会在北京开幕。长兴县组织了30家企业参展。", "", "中新社北京3月5日电")?.[1]).toBe("330522");
  });

  it("gives no Zhejiang place to a story set elsewhere that names a Zhejiang partner once", () => {
    const body =
      "上周,上海奉贤的一个农场举办了草莓节。这是上海这家农场连续第五年办节。农场和浙江平湖的广陈镇签了供货协议。上海的市民带着孩子来采摘。";
    expect(at(body, "草莓节开幕", "新华社上海电")).toBeNull();
  });

  it("but keeps a Zhejiang story that names its partner elsewhere", () => {
    const body = "近日,平湖市广陈镇与上海金山区廊下镇签订合作协议。广陈镇将与廊下镇共建农旅基地,平湖的游客可以直达。";
    expect(at(body)?.[1]).toBe("330482");
  });
});

describe("a title that files the report under a Zhejiang place", () => {
  it("keeps a township's cooperation project elsewhere in the township", () => {
    const p = geocodeArticle(
      { title: "马站:对口合作的蔬菜基地在福鼎投产", body: "由马站镇与福建福鼎市合作建设的蔬菜基地近日投产。基地位于福鼎市境内,由马站镇12家合作社共同经营。" },
      loadGazetteer(),
    ).place;
    expect(p?.county?.adcode).toBe("330327");
  });
});

describe("a township named once, where the report opens", () => {
  const gz = loadGazetteer();
  const at = (body: string, title = "", captions?: string[]) => {
    const p = geocodeArticle({ title, body, ...(captions ? { captions } : {}) }, gz).place;
    return p ? [p.city?.adcode ?? null, p.county?.adcode ?? null, p.township?.code ?? null] : null;
  };

  it("is the scene of a short report, even when the report then speaks of the whole county", () => {
    expect(
      at("4月9日,仙居县白塔镇的一处枇杷园里,果农正在套袋。今年全县枇杷种植面积3.2万亩,预计产量比去年增加一成。", "仙居:枇杷套袋忙"),
    ).toEqual(["331000", "331024", "331024103"]);
    // a county paper's brief that gives the county, then the township alone
    expect(at("桐庐讯 连日来,分水镇的制笔企业订单排到了年底。全镇制笔企业去年产值超过30亿元,带动就业1.2万人。")).toEqual([
      "330100",
      "330122",
      "330122109",
    ]);
  });

  it("is the scene of a report that is only a photo and its caption", () => {
    expect(at("", "", ["6月2日,嘉善县西塘镇的河埠头,游客乘坐手摇船游览古镇。记者 陈某 摄"])).toEqual(["330400", "330421", "330421103"]);
  });

  it("is not a scene when the report opens on the county and meets the township only later", () => {
    expect(
      at("5月8日,富阳区一季度重点项目集中开工,共开工项目21个。其中,位于新登镇的新材料产业园投资最大,达18亿元。"),
    ).toEqual(["330100", "330111", null]);
  });

  it("is not a scene in a county-wide report that calls the county by its former name", () => {
    // 临安 was a county-level city (临安市) before it became a district: 全市 then means the county
    expect(
      at(
        "3月5日上午,一辆志愿服务车开进临安市太湖源镇的一个村。当天,临安各乡镇共有2000多名志愿者上街服务,全市设服务点60个。临安团市委表示,活动将每月举办。",
        "临安:志愿服务接力",
      )?.[2],
    ).toBeNull();
  });

  it("is not the township when the name is a landscape feature called after it", () => {
    expect(at("11月3日,游客在临安区青山湖的水上森林里划船。进入深秋,这片池杉林变成了一片红色。")?.[2]).toBeNull();
  });
});
