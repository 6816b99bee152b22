import { describe, expect, it } from "vitest";
import { extractMetrics } from "./extract";

/** [text, value, unit, approx, label fragment?] */
type Want = [string, number, string, boolean, string?];

function check(s: string, want: Want[]) {
  const got = extractMetrics(s);
  for (const m of got) expect(s.slice(m.start, m.end)).toBe(m.text);
  expect(got.map((m) => [m.text, m.value, m.unit, m.approx])).toEqual(want.map((w) => w.slice(0, 4)));
  want.forEach((w, i) => {
    if (w[4] !== undefined) expect(got[i]!.label).toContain(w[4]);
  });
  return got;
}

// Invented sentences in the style of provincial, city and county papers, 纪检 and 组织 pages and
// business-environment reports. Each case lists every metric a reader would chart, in order.
const CASES: Array<[string, string, Want[]]> = [
  [
    "纪检 dateline and counts",
    "本报讯(记者 王晓东 通讯员 李敏)8月15日,记者从市纪委市监委获悉,今年以来,全市纪检监察机关共处置问题线索1234件,立案856件,给予党纪政务处分789人,其中县处级干部12人。",
    [
      ["1234件", 1234, "件", false, "处置问题线索"],
      ["856件", 856, "件", false, "立案"],
      ["789人", 789, "人", false, "处分"],
      ["12人", 12, "人", false, "县处级干部"],
    ],
  ],
  [
    "亿元 and 万亿元, month ranges are dates",
    "今年1—7月,我市实现规上工业增加值1286.5亿元,同比增长8.3%;完成固定资产投资1.2万亿元。",
    [
      ["1286.5亿元", 128650000000, "元", false, "规上工业增加值"],
      ["8.3%", 8.3, "%", false, "同比增长"],
      ["1.2万亿元", 1.2e12, "元", false, "固定资产投资"],
    ],
  ],
  [
    "余 and 多 hedges, 户 and per-household money",
    "该村流转土地2000余亩,种植高山蔬菜800多亩,带动300余户农户增收,户均增收1.5万元。",
    [
      ["2000余亩", 2000, "亩", true, "流转土地"],
      ["800多亩", 800, "亩", true, "种植高山蔬菜"],
      ["300余户", 300, "户", true, "农户"],
      ["1.5万元", 15000, "元", false, "户均增收"],
    ],
  ],
  [
    "近千名 (bare multiplier with hedge), 份, 人次",
    "活动现场,近千名志愿者参与,发放宣传资料5000余份,接受群众咨询300余人次。",
    [
      ["近千名", 1000, "人", true, "志愿者"],
      ["5000余份", 5000, "份", true, "发放宣传资料"],
      ["300余人次", 300, "人次", true, "接受群众咨询"],
    ],
  ],
  [
    "超 prefix with 万人次",
    "截至目前,已累计接待游客超100万人次,实现旅游收入3.2亿元。",
    [
      ["超100万人次", 1000000, "人次", true, "接待游客"],
      ["3.2亿元", 320000000, "元", false, "旅游收入"],
    ],
  ],
  [
    "约 before 亿元 and 万平方米; a year is not a metric",
    "项目总投资约8.6亿元,总建筑面积约12万平方米,预计2025年底建成。",
    [
      ["约8.6亿元", 860000000, "元", true, "总投资"],
      ["约12万平方米", 120000, "平方米", true, "总建筑面积"],
    ],
  ],
  [
    "villages counted by 个 keep their noun; 万人",
    "新昌县回山镇辖19个行政村,户籍人口2.8万人。",
    [
      ["19个行政村", 19, "个", false],
      ["2.8万人", 28000, "人", false, "户籍人口"],
    ],
  ],
  [
    "grades like 3A级 are names",
    "全县共有A级景区村庄126个,其中3A级景区村庄28个。",
    [
      ["126个", 126, "个", false, "A级景区村庄"],
      ["28个", 28, "个", false, "3A级景区村庄"],
    ],
  ],
  [
    "a distance is not a metric, a length built is",
    "距市区约30公里的白鹤镇,今年新建绿道12.5公里。",
    [["12.5公里", 12.5, "公里", false, "新建绿道"]],
  ],
  [
    "家次",
    "为企业减负降本12.3亿元,惠及企业1.6万家次。",
    [
      ["12.3亿元", 1230000000, "元", false],
      ["1.6万家次", 16000, "家次", false, "惠及企业"],
    ],
  ],
  [
    "durations and slogans give nothing",
    "一站式服务、\"一件事\"集成改革让办事时间由原来的5个工作日压缩至1个工作日,群众办事\"最多跑一次\"。",
    [],
  ],
  [
    "一企一策 and 一对一 are names",
    "推行\"一企一策\"\"一户一档\",为200余家企业提供\"一对一\"服务。",
    [["200余家", 200, "家", true, "企业"]],
  ],
  [
    "共富工坊 with 以上 at clause end",
    "全市共建成\"共富工坊\"156家,吸纳1.2万名低收入农户就业,人均月增收2000元以上。",
    [
      ["156家", 156, "家", false, "共富工坊"],
      ["1.2万名", 12000, "人", false, "低收入农户"],
      ["2000元以上", 2000, "元", true, "人均月增收"],
    ],
  ],
  [
    "thresholds are not quantities",
    "对投资5000万元以上的项目实行\"专班\"服务,今年共签约落地亿元以上项目23个。",
    [["23个", 23, "个", false, "项目"]],
  ],
  [
    "ages are not metrics",
    "辖区60岁以上老人2000余人享受免费体检,35周岁以下青年党员45名。",
    [
      ["2000余人", 2000, "人", true],
      ["45名", 45, "人", false, "青年党员"],
    ],
  ],
  [
    "五星级 is a grade, 5G and G60 are names",
    "3A级以上景区12个,五星级酒店3家;G60科创走廊沿线布局5G基站320个。",
    [
      ["12个", 12, "个", false, "3A级以上景区"],
      ["3家", 3, "家", false, "五星级酒店"],
      ["320个", 320, "个", false, "5G基站"],
    ],
  ],
  ["hotline numbers are not metrics", "拨打12345热线反映问题的群众明显减少,96345服务热线全天候受理。", []],
  [
    "ordinal 第一轮 dropped, 以上 after a share",
    "第一轮巡察发现问题46个,整改完成率达95%以上。",
    [
      ["46个", 46, "个", false, "巡察发现问题"],
      ["95%以上", 95, "%", true, "整改完成率"],
    ],
  ],
  [
    "fractions are shares",
    "全市海洋经济年均增长12%,产值占全省的三分之一。",
    [
      ["12%", 12, "%", false, "年均增长"],
      ["三分之一", 33.3333, "%", false],
    ],
  ],
  [
    "百分之 form with 以上",
    "全区农村生活污水处理设施覆盖率达百分之九十以上。",
    [["百分之九十以上", 90, "%", true, "覆盖率"]],
  ],
  [
    "Chinese numerals with 万 and 千万",
    "组织开展技能培训两万余人次,发放补贴三千一百万元。",
    [
      ["两万余人次", 20000, "人次", true, "技能培训"],
      ["三千一百万元", 31000000, "元", false, "发放补贴"],
    ],
  ],
  [
    "十余 and 一百二十万元",
    "该镇十余家企业参与共建,捐赠物资价值一百二十万元。",
    [
      ["十余家", 10, "家", true, "企业"],
      ["一百二十万元", 1200000, "元", false],
    ],
  ],
  [
    "per-unit rates carry their measure",
    "每亩补助300元,每户最高补助5000元,电价为每千瓦时0.5元。",
    [
      ["300元", 300, "元/亩", false],
      ["5000元", 5000, "元", false],
      ["每千瓦时0.5元", 0.5, "元/千瓦时", false],
    ],
  ],
  ["第一批 and 五星级 are not metrics", "两个收费站分别获评2022年度第一批全国交通运输行业五星级、四星级现场管理。", []],
  [
    "a width is not reported, a length is",
    "新建道路全长约3.5公里,宽12米。",
    [["约3.5公里", 3.5, "公里", true, "全长"]],
  ],
  [
    "percentage points",
    "城镇登记失业率同比下降0.5个百分点。",
    [["0.5个百分点", 0.5, "百分点", false, "失业率"]],
  ],
  [
    "成 as a share",
    "七成以上的村民表示满意,增长两成。",
    [
      ["七成以上", 70, "%", true],
      ["两成", 20, "%", false, "增长"],
    ],
  ],
  [
    "ranges give the lower bound (and valueMax); approx only with a hedge",
    "村里配备2—3名网格员,全镇20至30家企业参与,预计带动2-3万人就业。",
    [
      ["2—3名", 2, "人", false, "网格员"],
      ["20至30家", 20, "家", false, "企业"],
      ["2-3万人", 20000, "人", false],
    ],
  ],
  [
    "上万 counts, 数十 is vague",
    "展会吸引上万名游客,数十家企业参展。",
    [["上万名", 10000, "人", true, "游客"]],
  ],
  ["千余人", "当晚,现场千余人观看了演出。", [["千余人", 1000, "人", true]]],
  ["近万人", "工程完工后将惠及近万人。", [["近万人", 10000, "人", true, "惠及"]]],
  [
    "逾 and 超过 before a share",
    "参与人数逾5000人,超过80%的受访者表示满意。",
    [
      ["逾5000人", 5000, "人", true, "参与人数"],
      ["超过80%", 80, "%", true],
    ],
  ],
  [
    "ages and durations inside a cadre report",
    "该支部共有党员123名,平均年龄35岁,连续6年获评先进,24小时在线服务,3天内办结。",
    [["123名", 123, "人", false, "党员"]],
  ],
  ["Chinese money", "项目投入资金三千万元。", [["三千万元", 30000000, "元", false, "投入资金"]]],
  ["亿件", "双十一期间全市快递业务量达1.2亿件。", [["1.2亿件", 120000000, "件", false, "快递业务量"]]],
  ["numbers in a document title", "市政府印发《关于加快建设100个未来社区的实施意见》。", []],
  ["slogans in quotes", "深化\"千万工程\",打造\"百县千镇万村\"示范,推进\"十百千\"工程。", []],
  ["phone numbers", "咨询电话:0576-88123456。", []],
  ["最后一公里", "打通服务群众\"最后一公里\",实现一个月内全部完成。", []],
  [
    "首批 and 第三届 are not counts, 个村 is",
    "首批入选的8个村,在第三届评选中均获奖。",
    [["8个村", 8, "个", false]],
  ],
  [
    "Arabic 1 counts, 个街道 and 个社区",
    "全区1个街道、12个社区全部完成换届。",
    [
      ["1个街道", 1, "个", false],
      ["12个社区", 12, "个", false],
    ],
  ],
  ["四个一批 and 三项机制 are slogans", "实施\"四个一批\"工程,建立三项机制,落实四个到位。", []],
  [
    "energy and power",
    "今年光伏发电量达1.5亿千瓦时,新增装机容量5万千瓦。",
    [
      ["1.5亿千瓦时", 150000000, "千瓦时", false, "光伏发电量"],
      ["5万千瓦", 50000, "千瓦", false, "装机容量"],
    ],
  ],
  [
    "length and area in one sentence",
    "清淤河道25.6公里,拆除违法建筑3.2万平方米。",
    [
      ["25.6公里", 25.6, "公里", false, "清淤河道"],
      ["3.2万平方米", 32000, "平方米", false, "拆除违法建筑"],
    ],
  ],
  ["thousands separator", "累计服务群众3,100余名。", [["3,100余名", 3100, "人", true, "服务群众"]]],
  [
    "tourism totals",
    "全年接待游客120.5万人次,同比增长15.2%,实现旅游总收入11.8亿元。",
    [
      ["120.5万人次", 1205000, "人次", false, "接待游客"],
      ["15.2%", 15.2, "%", false, "同比增长"],
      ["11.8亿元", 1180000000, "元", false, "旅游总收入"],
    ],
  ],
  ["prices per square metre", "该楼盘均价2.8万元/平方米。", [["2.8万元/平方米", 28000, "元/平方米", false]]],
  [
    "standards and ratios per person or place are not counts; a density is a rate",
    "每个村配备3名网格员,人口密度为每平方公里2300人,每万人拥有律师4.2名。",
    [["每平方公里2300人", 2300, "人/平方公里", false]],
  ],
  ["annual counts are kept", "该中心每年培训3000人次。", [["3000人次", 3000, "人次", false, "培训"]]],
  ["ranks", "该县进入全省前10名,位列全国百强县第20位。", []],
  ["altitude and radius", "村庄位于海拔800米的山腰,3公里范围内有两所学校。", []],
  [
    "a motorway built is a length even with 高 in the clause",
    "新建高速公路30公里,设置隔离带5公里。",
    [
      ["30公里", 30, "公里", false, "新建高速公路"],
      ["5公里", 5, "公里", false, "设置隔离带"],
    ],
  ],
  [
    "处 as a counter",
    "排查风险隐患326处,整改到位318处。",
    [
      ["326处", 326, "处", false, "排查风险隐患"],
      ["318处", 318, "处", false, "整改到位"],
    ],
  ],
  ["两个 and 两家 are not counts", "着手谋划两个片区的调水工程,上门给两家单位做沟通,这一举措。", []],
  [
    "events",
    "召开座谈会5场,开展\"清廉家风\"宣讲进村入户活动40余场次。",
    [
      ["5场", 5, "场", false, "座谈会"],
      ["40余场次", 40, "场次", true, "宣讲进村入户活动"],
    ],
  ],
  [
    "talent and cases",
    "引进高层次人才56名,其中博士12名;查处违纪违法案件15起,挽回经济损失830万元。",
    [
      ["56名", 56, "人", false, "引进高层次人才"],
      ["12名", 12, "人", false, "博士"],
      ["15起", 15, "起", false, "查处违纪违法案件"],
      ["830万元", 8300000, "元", false, "挽回经济损失"],
    ],
  ],
  [
    "colloquial ranges; a handful (七八个) is a description and a dozen or so (十几个) vague",
    "吸引三四十家企业入驻,七八个村联合开发,十几个项目落地。",
    [["三四十家", 30, "家", false, "企业"]],
  ],
  ["Arabic fraction share", "2/3以上的村完成改造。", [["2/3以上", 66.6667, "%", true]]],
  [
    "分别 with a shared measure head",
    "全市居民人均可支配收入6.2万元,城镇、农村居民人均可支配收入分别增长5.1%和6.5%。",
    [
      ["6.2万元", 62000, "元", false, "人均可支配收入"],
      ["5.1%", 5.1, "%", false, "城镇"],
      ["6.5%", 6.5, "%", false, "农村居民"],
    ],
  ],
  ["photo caption with byline", "图为志愿者在为老人测量血压。(记者 张三 摄)", []],
  [
    "a surname 余 is not a hedge",
    "村党支部书记余建国介绍,今年村里新种茶叶200亩。",
    [["200亩", 200, "亩", false, "新种茶叶"]],
  ],
  [
    "约有 hedges without being adjacent",
    "当天约有3000人参加。",
    [["3000人", 3000, "人", true]],
  ],
  [
    "an enumeration inherits its verb",
    "新增省级示范村3个、市级示范村5个。",
    [
      ["3个", 3, "个", false, "新增省级示范村"],
      ["5个", 5, "个", false, "新增市级示范村"],
    ],
  ],
  [
    "organisation page numbers",
    "选派328名优秀年轻干部到基层一线挂职锻炼,培训村社干部1.2万人次,新发展党员560名,整顿转化软弱涣散党组织23个。",
    [
      ["328名", 328, "人", false, "选派"],
      ["1.2万人次", 12000, "人次", false, "培训村社干部"],
      ["560名", 560, "人", false, "新发展党员"],
      ["23个", 23, "个", false, "软弱涣散党组织"],
    ],
  ],
  [
    "business environment page",
    "今年以来,全区新设市场主体1.5万户,为企业减税降费8.6亿元,审批时限压缩至3个工作日,95%以上的事项实现\"一网通办\"。",
    [
      ["1.5万户", 15000, "户", false, "新设市场主体"],
      ["8.6亿元", 860000000, "元", false, "减税降费"],
      ["95%以上", 95, "%", true],
    ],
  ],
  [
    "restated numbers are reported once",
    "双彩片1.3万名群众喝上了放心水。过去,双彩片1.3万名群众的饮用水无法得到保障。",
    [["1.3万名", 13000, "人", false, "群众"]],
  ],
  [
    "same text for different things is kept",
    "建成示范点3个,培育品牌3个。",
    [
      ["3个", 3, "个", false, "建成示范点"],
      ["3个", 3, "个", false, "培育品牌"],
    ],
  ],
  [
    "dates, times of day, law articles, weekday names",
    "8月15日上午9时30分,依据《条例》第十条,周一学习夜照常举行。2023年、2022年度均有记录。",
    [],
  ],
  [
    "quoted speech keeps its numbers",
    "\"今年以来,我镇已开展专题协商议事活动3场,累计邀请新乡贤代表参与议事14人次。\"镇统战委员介绍。",
    [
      ["3场", 3, "场", false, "专题协商议事活动"],
      ["14人次", 14, "人次", false, "邀请新乡贤代表参与议事"],
    ],
  ],
  [
    "short quoted slogans hide their numbers",
    "连续举办'清廉家风润万家'活动,建立\"百名干部助百企\"机制。",
    [],
  ],
  [
    "OCR space between number and unit",
    "受益群众1.3 万名。",
    [["1.3 万名", 13000, "人", false]],
  ],
];

describe("extractMetrics on realistic sentences", () => {
  for (const [name, s, want] of CASES) {
    it(name, () => {
      check(s, want);
    });
  }
});

describe("fields", () => {
  it("adds normalized only when the canonical unit differs", () => {
    const [mu, ha, money] = extractMetrics("新增绿化面积1500亩,旧城更新123.92公顷,投入资金2100万元。");
    expect(mu!.normalized).toEqual({ value: 100, unit: "公顷" });
    expect(ha!.normalized).toBeUndefined();
    expect(money!.normalized).toBeUndefined();
    expect(money!.kind).toBe("money");
  });

  it("sets kinds from unit and label", () => {
    const kinds = extractMetrics(
      "走访服务企业2653家次,结对企业665家,涉及9个村,落实32个共富项目,结对师徒26对,参与率达100%,服务群众3100余人次,帮扶困难家庭120户。",
    ).map((m) => m.kind);
    expect(kinds).toEqual([
      "enterprise_visits",
      "enterprises",
      "villages",
      "projects",
      "pairs",
      "share",
      "people_times",
      "households",
    ]);
  });

  it("returns metrics in text order with non-overlapping spans", () => {
    const ms = extractMetrics("培训1200人次,其中科级干部300人次;发放补贴50万元,惠及企业80家。");
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    expect(ms).toHaveLength(4);
  });

  it("returns nothing for an empty body", () => {
    expect(extractMetrics("")).toEqual([]);
  });
});

describe("restatements", () => {
  it("keeps equal shares of different indicators", () => {
    const ms = extractMetrics("社会消费品零售总额同比增长8.9%;网络零售额同比增长8.9%。");
    expect(ms.map((m) => m.text)).toEqual(["8.9%", "8.9%"]);
  });
  it("drops a count restated in a later paragraph", () => {
    const ms = extractMetrics("该项目涉及9个村的政策处理。\n\n组建由9个村监会成员组成的监督小组,9个村的政策处理工作短短半个月就全部完成。");
    expect(ms.map((m) => m.text)).toEqual(["9个村"]);
  });
});

describe("rules from the issue", () => {
  it("reads multipliers after Arabic digits", () => {
    check("吸引3千人参与,争取资金5千万元,超1000家企业受益。", [
      ["3千人", 3000, "人", false],
      ["5千万元", 50000000, "元", false, "争取资金"],
      ["超1000家", 1000, "家", true, "企业"],
    ]);
  });

  it("ignores names and slogans that contain numbers", () => {
    const s = [
      '服务三个"一号工程"',
      '参加"一月一会"',
      '深化"百名干部助百企"活动',
      '形成"一企一方案"',
      '打通"最后一公里"',
      '"一城十镇百村景区化"创建',
      '突破"三无"交通瓶颈',
      '构建"六长"联动体系',
      "双十一促销",
      "拨打12345热线",
      "G60科创走廊",
      "5G网络",
      "60省道连接线",
      '发挥"四敢"精神',
      '"一对一"精准服务',
      "一站式服务",
      "第十条",
      "一个月内腾退",
      "小区改造至今快5年了",
      "二〇二三年",
      "2022年度第一批",
      "去年2月",
      "8月15日",
      "第四批",
      "首个全国生态日",
      "国家4A级旅游景区",
      "五星级、四星级现场管理",
      "二级医院",
      "35周岁以下",
      "60岁以上老人",
      "半个月",
      "连续6年",
      "近三年",
      "24小时",
      "3天",
      "距市区30公里",
      "上午9时30分",
    ].join(",");
    expect(extractMetrics(s)).toEqual([]);
  });
});
