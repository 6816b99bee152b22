import { describe, expect, it } from "vitest";
import { loadGazetteer } from "./gazetteer";
import { geocodeArticle, type PlaceMention } from "./geocode";

const gaz = loadGazetteer();
const geo = (body: string, title = "") => {
  const r = geocodeArticle({ title, body }, gaz);
  checkSpans(body, r.mentions);
  return r;
};
const codes = (body: string, title = "") => geo(body, title).mentions.map((m) => m.code);
const placeCodes = (body: string, title = "") => {
  const p = geo(body, title).place;
  return p ? [p.city?.adcode ?? null, p.county?.adcode ?? null, p.township?.code ?? null] : null;
};

/**
 * Spans point at the mention text, come in order and never overlap, except that a township's county
 * may repeat the township's span (the county it implies when the body never names it).
 */
function checkSpans(body: string, mentions: PlaceMention[]): void {
  let last = 0;
  let prev: PlaceMention | null = null;
  for (const m of mentions) {
    expect(body.slice(m.start, m.end)).toBe(m.text);
    expect(gaz.byCode.get(m.code)?.level).toBe(m.level);
    const implied = prev?.level === "township" && m.level === "county" && prev.start === m.start && prev.end === m.end;
    if (implied) expect(gaz.byCode.get(prev?.code ?? "")?.countyCode).toBe(m.code);
    else expect(m.start).toBeGreaterThanOrEqual(last);
    last = m.end;
    prev = m;
  }
}

describe("full names and short names", () => {
  it("takes full names at once", () => {
    expect(codes("本报讯 昨天,滨江区召开数字经济发展大会。")).toEqual(["330108"]);
    expect(codes("近日,新昌县回山镇召开茶产业大会。")).toEqual(["330624", "330624104"]);
    expect(codes("杭州市上城区凯旋街道景芳社区开展议事活动。")).toEqual(["330102", "330102011"]);
    expect(codes("玉环市获评省级全域旅游示范市。")).toEqual(["331083"]);
    expect(codes("杭州市召开全市生态环境保护大会。")).toEqual(["330100"]);
  });

  it("takes a city short name standing for the city", () => {
    expect(codes("浙江省交通集团高速公路台州管理中心推进窗口服务提升。")).toEqual(["331000"]);
  });

  it("takes a county short name followed by an organization or facility", () => {
    expect(codes("新昌发改局审批了该项目。")).toEqual(["330624"]);
    expect(codes("仙居收费站获评五星级现场管理。")).toEqual(["331024"]);
    expect(codes("天台公安开展反诈宣传。")).toEqual(["331023"]);
    expect(codes("甬台温高速临海北收费站新增亚运宣传标语。")).toEqual(["331082"]);
    expect(codes("玉环市场监管局开展专项检查。")).toEqual(["331083"]);
    expect(codes("青田籍华侨回乡投资。")).toEqual(["331121"]);
  });

  it("takes a county short name right after its city, or with the county named in full elsewhere", () => {
    expect(codes("台州天台、杭州滨江两地签约。")).toEqual(["331023", "330108"]);
    expect(geo("台州玉环创成示范市。").place?.county?.adcode).toBe("331083");
    expect(codes("临平区召开大会。会后,干部们回到临平各地。")).toEqual(["330113", "330113"]);
  });

  it("takes 在天台 only together with other local evidence", () => {
    // 台州 is left out of the mentions: it only restates the city of the article's county.
    expect(codes("在天台,越来越多的年轻人返乡创业。台州市委有关负责人表示支持。")).toEqual(["331023"]);
    expect(codes("在天台,越来越多的年轻人返乡创业。")).toEqual([]);
  });

  it("leaves short names that are ordinary words alone", () => {
    for (const s of [
      "记者在天台上晾晒被子,远眺大好江山。",
      "他站在楼顶天台,看着普陀众生。",
      "文成公主的故事被改编成舞台剧。",
      "江山如画,风景这边独好。",
      "长兴岛造船基地、东阳光药业、安吉拉品牌入驻园区。",
      "平湖秋月是西湖十景之一。",
      "当地群众思想开化程度很高,常山赵子龙的故事家喻户晓。",
      "推进交通路桥建设,完善道路桥梁养护。",
      "背山临海,风光秀丽。",
    ]) {
      const r = geo(s);
      expect(r.mentions, s).toEqual([]);
      expect(r.place, s).toBeNull();
    }
  });

  it("splits a full name when a word overlaps its end (市场, 乡镇, 乡贤)", () => {
    expect(codes("江山市场繁荣,摊位林立。")).toEqual([]);
    expect(codes("新昌乡镇干部和新昌乡贤代表座谈。新昌县委书记出席。")).toEqual(["330624", "330624", "330624"]);
  });

  it("does not read names inside personal names", () => {
    expect(codes("李金华说,这几年变化很大。记者王丽水报道。")).toEqual([]);
    expect(codes("副县长李江山、代表王永康发言。")).toEqual([]);
    expect(codes("李金华说,金华的发展很快。")).toEqual(["330700"]);
    expect(codes("(记者陈晓通讯员金华林)日前,宁波市召开大会。")).toEqual(["330200"]);
  });
});

describe("aliases and old names", () => {
  const cases: [string, string][] = [
    ["杭州高新区(滨江)", "330108"],
    ["高新区(滨江)", "330108"],
    ["钱塘新区", "330114"],
    ["大江东", "330114"],
    ["玉环县", "331083"],
    ["上虞市", "330604"],
    ["江干区", "330102"],
    ["原上城区", "330102"],
    ["下城区", "330105"],
    ["龙港镇", "330383"],
    ["奉化市", "330213"],
    ["富阳市", "330111"],
    ["临安市", "330112"],
    ["洞头县", "330305"],
    ["萧山市", "330109"],
    ["余杭市", "330110"],
    ["鄞县", "330212"],
    ["椒江市", "331002"],
    ["黄岩市", "331003"],
    ["衢县", "330803"],
    ["金华县", "330703"],
    ["绍兴县", "330603"],
  ];
  it.each(cases)("%s -> %s", (alias, code) => {
    const r = geo(`1998年,${alias}召开工作会议,部署全年任务。`);
    expect(r.mentions.map((m) => m.code)).toEqual([code]);
    expect(r.place?.county?.adcode).toBe(code);
  });

  it("reads well-known township names (乌镇 for 乌镇镇, 钱江世纪城)", () => {
    expect(placeCodes("世界互联网大会乌镇峰会开幕,乌镇景区游人如织。")).toEqual(["330400", "330483", "330483100"]);
    expect(codes("钱江世纪城新地标亮相。")).toEqual(["330109505", "330109"]);
  });

  it("knows which townships moved from 余杭 to 临平 in 2021", () => {
    expect(codes("余杭区塘栖镇的枇杷节开幕。")).toEqual(["330113", "330113100"]);
    expect(placeCodes("余杭区塘栖镇的枇杷节开幕。")).toEqual(["330100", "330113", "330113100"]);
    // 塘栖 alone, with a facility suffix and the old district named elsewhere
    expect(placeCodes("余杭区召开会议。塘栖派出所民警在古镇维持秩序。")).toEqual(["330100", "330113", null]);
    expect(codes("萧山区义蓬街道召开会议。")).toEqual(["330114", "330114004"]);
  });

  it("reads a township written with its former type suffix when the county is named", () => {
    expect(codes("临平区召开会议,临平镇的老街改造完成。")).toEqual(["330113", "330113001"]);
    expect(codes("塘栖街道的枇杷熟了。")).toEqual([]);
  });
});

describe("township names shared by several counties", () => {
  it("uses the county right before", () => {
    expect(codes("杭州市临平区东湖街道开展志愿服务。")).toEqual(["330113", "330113003"]);
    expect(codes("绍兴市越城区东湖街道开展志愿服务。")).toEqual(["330602", "330602008"]);
    expect(codes("缙云县大洋镇今年茶叶丰收。")).toEqual(["331122", "331122105"]);
  });

  it("uses the county named earlier in the same sentence, then anywhere in the article", () => {
    expect(codes("建德市召开茶叶大会。缙云县代表发言时介绍,大洋镇今年茶叶增收。")).toEqual(["330182", "331122", "331122105"]);
    expect(codes("东湖街道开展志愿服务。临平区有关负责人出席。")).toEqual(["330113003", "330113"]);
  });

  it("needs the county or city for a township named like a place elsewhere or a county", () => {
    expect(codes("湖南镇的水库风光秀丽。")).toEqual([]);
    expect(codes("湖南镇的水库风光秀丽。衢江区有关负责人介绍。")).toEqual(["330803113", "330803"]);
    expect(codes("东莞长安镇的企业来考察。")).toEqual([]);
  });

  it("keeps an undecidable name ambiguous instead of guessing", () => {
    const r = geo("大洋镇今年茶叶丰收,农户增收明显。");
    expect(r.mentions).toEqual([]);
    expect(r.place).toBeNull();
    expect(codes("城西街道召开了会议。")).toEqual([]);
    // a former suffix with a single reading: the county it implies, at low confidence, no mention
    const variant = geo("塘栖街道的枇杷熟了。");
    expect(variant.mentions).toEqual([]);
    expect(variant.place).toMatchObject({ level: "county", county: { adcode: "330113" }, township: null });
    expect(variant.place?.confidence).toBeLessThanOrEqual(0.3);
  });
});

describe("a township under its former suffix", () => {
  it("is today's township when its county is named, even if its stem is an ordinary word", () => {
    expect(placeCodes("新昌县七星镇今年新建茶园500亩。七星镇的茶农人均增收3000元。")).toEqual(["330600", "330624", "330624003"]);
    // without a county the two 七星街道 stay undecided
    expect(placeCodes("七星镇今年新建茶园500亩。")?.[2] ?? null).toBeNull();
  });
});

describe("a township named alone implies its county", () => {
  it("resolves a unique township to its county and city", () => {
    const r = geo("回山镇今年茶叶丰收。回山镇党委书记介绍,全镇茶农增收两成。");
    // the county the township implies is listed once, on its first span
    expect(r.mentions.map((m) => m.code)).toEqual(["330624104", "330624", "330624104"]);
    expect(r.place).toMatchObject({ level: "township", county: { adcode: "330624" }, city: { adcode: "330600" } });
  });

  it("skips the city prefix and finds the current county", () => {
    expect(placeCodes("杭州塘栖镇的枇杷节开幕,塘栖古镇游客如织。")).toEqual(["330100", "330113", "330113100"]);
  });
});

describe("township stems need strong context", () => {
  it("takes a stem with a facility suffix when its county or city is in the article", () => {
    expect(placeCodes("台州市交通运输部门表示,章安收费站获评四星级。")).toEqual(["331000", "331002", "331002008"]);
    expect(codes("台州市交通运输部门表示,章安收费站获评四星级。")).toEqual(["331002008", "331002"]);
    expect(codes("章安收费站获评四星级。")).toEqual([]);
  });

  it("takes a stem once the township is named in full", () => {
    expect(codes("南星为企服务员上门服务。杭州市上城区南星街道营商环境监督员走访企业。")).toEqual([
      "330102008",
      "330102",
      "330102008",
    ]);
  });

  it("takes a stem right after its county", () => {
    expect(codes("新昌回山的高山茶远近闻名。")).toEqual(["330624", "330624104"]);
  });

  it("never takes a stem that is an ordinary word or lacks a facility suffix", () => {
    expect(codes("上城区召开表彰会,队员们凯旋归来。")).toEqual(["330102"]);
    expect(codes("台州市民到紫阳古街游玩。")).toEqual(["331000"]);
    expect(codes("杭州市推进花园城市建设,解放思想,新建公园。")).toEqual(["330100"]);
  });
});

describe("places outside Zhejiang", () => {
  it("never resolves them, and an article about them gets no place", () => {
    expect(geo("组织干部赴上海、深圳、苏州等地学习先进经验。")).toEqual({ place: null, mentions: [] });
    const r = geo(
      "近日,台州市援疆指挥部组织干部赴新疆阿克苏地区温宿县开展结对帮扶,走访当地企业和群众。阿克苏地区有关负责人表示感谢,温宿县将深化合作。",
      "情暖阿克苏",
    );
    expect(r.place).toBeNull();
    expect(r.mentions.map((m) => m.code)).toEqual(["331000"]);
    expect(geo("湖南省长沙市开福区的企业到湖州考察。").place).toBeNull();
  });

  it("does not take Zhejiang-looking names right after a place elsewhere", () => {
    expect(codes("苏州市吴中区城南街道召开会议。")).toEqual([]);
    expect(codes("上海市普陀区与舟山市普陀区开展合作。")).toEqual(["330903"]);
    expect(codes("四川省平昌县与浙江省开化县结对。")).toEqual(["330824"]);
    expect(codes("新疆维吾尔自治区阿克苏地区、三门峡、龙泉驿、长兴岛、黄岩岛。")).toEqual([]);
  });

  it("never matches inside common words", () => {
    const r = geo("全国各地、中国各省、国家发展改革委推动建设发展,浙江山区26县跨越式发展,全省上下共同努力。");
    expect(r).toEqual({ place: null, mentions: [] });
    expect(codes("在建德市新安江街道,创建德育基地。")).toEqual(["330182", "330182001"]);
  });
});

describe("organizations name places", () => {
  it("reads the county of a city-level bureau's branch, not the city", () => {
    expect(codes("绍兴市公安局上虞区分局禁毒大队开展宣传。")).toEqual(["330604"]);
    expect(codes("杭州市规划和自然资源局上城分局、杭州市生态环境局上城分局联合开展活动。")).toEqual(["330102", "330102"]);
  });

  it("makes the city primary when its organization leads and several counties follow", () => {
    const body =
      "一声温馨引导,浙江省交通集团高速公路台州管理中心立足窗口服务。\n\n台金高速仙居收费站、章安收费站分别获评星级现场管理。甬台温高速临海北收费站、台金高速临海市区收费站新增亚运标语,临海北收费岗亭安装宣传语。";
    const r = geo(body, "服务提标 保障升级");
    expect(r.place).toMatchObject({ level: "city", city: { adcode: "331000" }, county: null, township: null });
    expect(new Set(r.mentions.map((m) => m.code))).toEqual(new Set(["331000", "331024", "331002008", "331002", "331082"]));
  });
});

describe("the primary place", () => {
  it("prefers the title and the lead over the first mention", () => {
    const body = "天台县的游客也慕名而来。近日,仙居县杨梅节开幕,仙居县委书记出席。仙居杨梅今年产量创新高。";
    expect(placeCodes(body, "仙居杨梅节开幕")).toEqual(["331000", "331024", null]);
  });

  it("goes down to the township when the lead names it and it recurs", () => {
    const body = "近日,天台县白鹤镇民生议事堂开展协商议事活动。\n\n白鹤镇以群众呼声最高的亮化工程为切入点。\n\n白鹤镇统战委员介绍,今年已开展活动3场。";
    expect(placeCodes(body)).toEqual(["331000", "331023", "331023101"]);
  });

  it("stays at the county when a township is only one example", () => {
    const body = "近日,天台县召开全县乡村振兴大会,天台县委书记出席并讲话。天台县各乡镇负责人参加会议,会后大家观摩了白鹤镇的示范村。天台县将继续推进。";
    expect(placeCodes(body)).toEqual(["331000", "331023", null]);
  });

  it("stays at the city when several of its counties share the article", () => {
    expect(geo("仙居县、天台县、三门县联合举办山海协作活动。").place).toMatchObject({ level: "city", city: { adcode: "331000" }, county: null });
    expect(geo("黄岩区新前街道、路桥区路桥街道、椒江区葭沚街道联合开展活动。").place?.county).toBeNull();
  });

  it("gives a dateline place little weight", () => {
    expect(geo("本报杭州3月5日讯(记者王海)全省山区26县跨越式高质量发展大会召开。会议指出,要推进共同富裕。").place).toBeNull();
    expect(placeCodes("本报杭州3月5日讯 近日,滨江区召开数字经济大会,滨江区委书记出席。")).toEqual(["330100", "330108", null]);
    expect(placeCodes("新华社杭州3月5日电 台州市推进共同富裕示范区建设,全市上下积极探索。")).toEqual(["331000", null, null]);
  });

  it("is null without any Zhejiang place", () => {
    expect(geo("今年以来,我们坚持党建引领,推进共同富裕,深化千万工程,实施乡村振兴战略。").place).toBeNull();
    expect(geo("").place).toBeNull();
  });

  it("lowers confidence with ambiguity", () => {
    const clear = geo("近日,新昌县回山镇召开茶产业大会。回山镇党委书记介绍,回山镇茶园面积超万亩。").place?.confidence ?? 0;
    const spread = geo("团队来到了新昌县城南乡,又去了温岭市城南镇。").place?.confidence ?? 1;
    const cityWide = geo("仙居县、天台县、三门县联合举办活动。").place?.confidence ?? 1;
    expect(clear).toBeGreaterThanOrEqual(0.9);
    expect(spread).toBeLessThan(clear);
    expect(cityWide).toBeLessThan(clear);
    for (const c of [clear, spread, cityWide]) {
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});

describe("mentions", () => {
  it("gives a chain a county and a township but no city, and skips 浙江/浙江省/全省", () => {
    const body = "浙江省委、省政府高度重视,全省各地积极响应。杭州市上城区南星街道营商环境监督员走访企业。浙江各地纷纷效仿。";
    const r = geo(body);
    expect(r.mentions.map((m) => [m.text, m.level, m.code])).toEqual([
      ["上城区", "county", "330102"],
      ["南星街道", "township", "330102008"],
    ]);
    expect(body.slice(r.mentions[0]?.start, r.mentions[0]?.end)).toBe("上城区");
  });

  it("drops a city that is only the parent of the article's county", () => {
    expect(codes("玉环市成为本批次台州唯一获评的县(市、区)。玉环市将继续努力。")).toEqual(["331083", "331083"]);
  });

  it("keeps a city standing for itself next to another city's county", () => {
    expect(codes("滨江区组织干部赴宁波、温州学习,滨江区干部收获满满。")).toEqual(["330108", "330200", "330300", "330108"]);
  });
});

describe("coordinates", () => {
  it("uses the township point, else the county seat, else the city seat", () => {
    const town = geo("新昌县回山镇召开大会,回山镇干部参加。").place;
    expect(town?.lon).toBeCloseTo(120.811653, 5);
    expect(town?.lat).toBeCloseTo(29.277457, 5);
    const noPoint = gaz.places.find((p) => p.name === "岳林街道");
    expect(noPoint?.lon).toBeNull();
    const fenghua = gaz.byCode.get("330213");
    const r = geo("奉化区岳林街道开展活动,岳林街道居民踊跃参加。").place;
    expect(r?.township?.name).toBe("岳林街道");
    expect([r?.lon, r?.lat]).toEqual([fenghua?.lon, fenghua?.lat]);
    const city = geo("杭州市召开全市大会。").place;
    const hz = gaz.byCode.get("330100");
    expect([city?.lon, city?.lat]).toEqual([hz?.lon, hz?.lat]);
  });
});

describe("county-level cities, towns written with their city, shared street names", () => {
  it("reads a county-level city with or without 市", () => {
    expect(placeCodes("瑞安市召开全市民营经济大会,瑞安市委书记出席。")).toEqual(["330300", "330381", null]);
    expect(placeCodes("温州瑞安的汽摩配企业加快数字化改造。")).toEqual(["330300", "330381", null]);
    expect(placeCodes("诸暨召开全市袜业大会,诸暨市经信局负责人介绍。")).toEqual(["330600", "330681", null]);
    // a short name that is no ordinary word needs one sign (here 在); one that is (天台: a rooftop) two
    expect(placeCodes("在温岭,民营企业占企业总数的九成以上。")).toEqual(["331000", "331081", null]);
    expect(geo("在天台,晾晒的衣服被风吹落。").place).toBeNull();
  });

  it("reads a township written after its city and county short names", () => {
    expect(placeCodes("温州瑞安塘下镇的汽摩配产业集群年产值超过500亿元。")).toEqual(["330300", "330381", "330381101"]);
    expect(codes("宁波北仑的港口企业加快复工。")).toEqual(["330206"]);
    expect(placeCodes("义乌佛堂镇古镇保护利用取得成效,佛堂镇游客增长三成。")).toEqual(["330700", "330782", "330782100"]);
  });

  it("needs the county for a street name many counties share", () => {
    expect(geo("城东街道召开居民议事会,城东街道党工委书记出席。").mentions).toEqual([]);
    expect(codes("定海区城东街道开展垃圾分类宣传,城东街道有关负责人介绍。")).toEqual(["330902", "330902004", "330902004"]);
    expect(codes("东阳市城东街道开展垃圾分类宣传。")).toEqual(["330783", "330783006"]);
    // the county named later in the article settles it too
    expect(codes("城东街道召开居民议事会。近日,温岭市各街道陆续开展议事活动。")).toEqual(["331081002", "331081"]);
    // a county of another city does not
    expect(codes("城南街道召开居民议事会。会上,黄岩区代表作了发言。")).toEqual(["331003"]);
  });
});

describe("the outlet's place from a followed source (paperHint)", () => {
  const naming = { title: "全县新建村级养老服务站", body: "今年以来，全县新建村级养老服务站12家，覆盖老年人3000余名。" };
  it("places an article that names no place in the outlet's county", () => {
    expect(geocodeArticle(naming, gaz).place).toBeNull();
    const p = geocodeArticle({ ...naming, paperHint: "330225" }, gaz).place;
    expect(p?.county?.name).toBe("象山县");
    expect(p?.confidence).toBeLessThan(0.5);
  });
  it("never outweighs a place the article names", () => {
    const p = geocodeArticle({ title: "安吉县新建村级养老服务站", body: naming.body, paperHint: "330225" }, gaz).place;
    expect(p?.county?.name).toBe("安吉县");
  });
  it("ignores a code that is not a Zhejiang city or county", () => {
    expect(geocodeArticle({ ...naming, paperHint: "110101" }, gaz).place).toBeNull();
  });
});

describe("city-wide reports that give one district's part", () => {
  it("keeps the city scope when the district's figure is a part of the city's", () => {
    // 全市 first, the district named once with its own figure: the city's report
    expect(placeCodes("据市农业农村局消息,今年全市新建高标准农田3.2万亩,其中黄岩区4200亩。")?.[1]).toBeNull();
    expect(placeCodes("全市昨天组织消防演练86场,参与群众2万余人。路桥区开展演练12场。")?.[1]).toBeNull();
  });

  it("still places a district's own report that mentions the city", () => {
    // the district comes first, or has 全区 of its own, or a township in it
    expect(placeCodes("黄岩区今年新建高标准农田4200亩,占全市的13%。")?.[1]).toBe("331003");
    expect(placeCodes("全市首个共富工坊在路桥区金清镇开工,可带动30余人就业。")?.[1]).toBe("331004");
    // 全市 of a county-level city is the county itself
    expect(placeCodes("全市今年新建农田3.2万亩,其中温岭市箬横镇4200亩。")?.[1]).toBe("331081");
  });
});
