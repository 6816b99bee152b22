// More invented report sentences, grouped by the number forms local papers use. Each case lists every
// metric a reader would chart, in order: [text, value, unit, approx, label fragment?].
import { describe, expect, it } from "vitest";
import { extractMetrics } from "./extract";

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

const run = (cases: Array<[string, string, Want[]]>) => it.each(cases)("%s", (_name, s, want) => void check(s, want));

describe("money in 亿元 and 万元 with hedges", () => {
  run([
    [
      "约, 逾 and 近 before the number",
      "该项目计划总投资逾15亿元,其中一期投资近6亿元,县财政安排配套资金约3200万元。",
      [
        ["逾15亿元", 1500000000, "元", true, "总投资"],
        ["近6亿元", 600000000, "元", true, "一期投资"],
        ["约3200万元", 32000000, "元", true, "配套资金"],
      ],
    ],
    [
      "突破, 超 and 超过 mean 'more than': approx like 超过",
      "村集体经济总收入突破500万元,争取上级补助资金超2.3亿元,带动消费超过12亿元。",
      [
        ["突破500万元", 5000000, "元", true, "村集体经济总收入"],
        ["超2.3亿元", 230000000, "元", true, "争取上级补助资金"],
        ["超过12亿元", 1200000000, "元", true, "带动消费"],
      ],
    ],
    [
      "过 before a bare 万 counts; 破亿元 is a milestone; 突破了 a few characters away hedges",
      "全年培训电商人才过万人次,直播销售额破亿元,网络零售额突破了80亿元,打破万人纪录。",
      [
        ["过万人次", 10000, "人次", true, "培训电商人才"],
        ["80亿元", 8000000000, "元", true, "网络零售额"],
      ],
    ],
    [
      "余, 多 and 左右 around the multiplier",
      "撬动社会资本投入40余亿元,罚没款3600多万元,经营性收入达到210万元左右。",
      [
        ["40余亿元", 4000000000, "元", true],
        ["3600多万元", 36000000, "元", true, "罚没款"],
        ["210万元左右", 2100000, "元", true, "经营性收入"],
      ],
    ],
    [
      "过 as an aspect particle is no hedge",
      "这里举办过3次大型招商会,经过2年建设,累计吸引投资12亿元。",
      [
        ["3次", 3, "次", false],
        ["12亿元", 1200000000, "元", false, "吸引投资"],
      ],
    ],
  ]);
});

describe("per-capita figures, ratios and rates", () => {
  run([
    [
      "population ratios are not counts, however long the noun",
      "每千人口拥有3岁以下婴幼儿托位4.5个,每万人拥有公共文化设施面积达到2600平方米。",
      [],
    ],
    [
      "densities and prices per area are rates; 1:8 ratios are not metrics",
      "人口密度为每平方公里860人,商品房均价每平方米2.1万元,撬动比达1:8。",
      [
        ["每平方公里860人", 860, "人/平方公里", false],
        ["每平方米2.1万元", 21000, "元/平方米", false],
      ],
    ],
    [
      "subsidy standards are rates, never totals",
      "按每台5000元给予补贴,每家企业最高补助50万元,每亩奖励300元。",
      [
        ["5000元", 5000, "元", false],
        ["50万元", 500000, "元", false],
        ["300元", 300, "元/亩", false],
      ],
    ],
    [
      "人均 and 户均 averages of income are reported",
      "村民人均可支配收入4.3万元,带动农户户均增收3200元,每户每年可增收1500元左右。",
      [
        ["4.3万元", 43000, "元", false, "人均可支配收入"],
        ["3200元", 3200, "元", false, "户均增收"],
        ["1500元左右", 1500, "元", true, "增收"],
      ],
    ],
    [
      "人均 area is a metric, an income ratio is not",
      "人均公园绿地面积达到14.6平方米,城乡居民收入比缩小到1.68:1。",
      [["14.6平方米", 14.6, "平方米", false, "人均公园绿地面积"]],
    ],
  ]);
});

describe("growth rates and percentage points", () => {
  run([
    [
      "同比增长 and 同比下降 keep their label",
      "全县完成固定资产投资126.8亿元,同比增长12.4%;一般公共预算收入同比下降2.3%。",
      [
        ["126.8亿元", 12680000000, "元", false, "固定资产投资"],
        ["12.4%", 12.4, "%", false, "同比增长"],
        ["2.3%", 2.3, "%", false, "同比下降"],
      ],
    ],
    [
      "个百分点 is a share in 百分点",
      "增速高于全市平均水平3.2个百分点,覆盖率比去年提高了5个百分点。",
      [
        ["3.2个百分点", 3.2, "百分点", false, "高于"],
        ["5个百分点", 5, "百分点", false, "提高"],
      ],
    ],
    [
      "成 as a share, 以上 and 以内 as hedges",
      "线上成交额同比增长三成以上,城镇登记失业率控制在2.5%以内。",
      [
        ["三成以上", 30, "%", true, "同比增长"],
        ["2.5%以内", 2.5, "%", true, "失业率"],
      ],
    ],
  ]);
});

describe("thresholds qualify a noun", () => {
  run([
    [
      "超亿元企业 and 亿元以上项目 count the enterprises and projects, not the money",
      "全镇有规上企业86家,其中产值超亿元企业12家;招引亿元以上产业项目26个。",
      [
        ["86家", 86, "家", false, "规上企业"],
        ["12家", 12, "家", false, "企业"],
        ["26个", 26, "个", false, "项目"],
      ],
    ],
    [
      "a counter before a noun still counts it",
      "吸引超100家企业参展,突破3000名观众到场。",
      [
        ["超100家", 100, "家", true, "企业"],
        ["突破3000名", 3000, "人", true, "观众"],
      ],
    ],
  ]);
});

describe("Chinese numerals and their hedges", () => {
  run([
    [
      "三十余家, 两万多人次, 四百余名",
      "全县共有三十余家民宿,接待游客两万多人次,带动四百余名村民就业。",
      [
        ["三十余家", 30, "家", true, "民宿"],
        ["两万多人次", 20000, "人次", true, "接待游客"],
        ["四百余名", 400, "人", true, "村民"],
      ],
    ],
    [
      "近百名, 十余项, 近千家, 上万人次",
      "近百名青年参加,达成合作意向十余项,近千家企业提供岗位,上万人次观看直播。",
      [
        ["近百名", 100, "人", true, "青年"],
        ["十余项", 10, "项", true, "合作意向"],
        ["近千家", 1000, "家", true, "企业"],
        ["上万人次", 10000, "人次", true, "观看直播"],
      ],
    ],
    [
      "三百来人, 八百多口人, 一千二百余名",
      "村里有八百多口人,外出务工的有三百来人,全镇共有党员一千二百余名。",
      [
        ["八百多口人", 800, "人", true],
        ["三百来人", 300, "人", true, "外出务工"],
        ["一千二百余名", 1200, "人", true, "党员"],
      ],
    ],
    ["a family's size is an anecdote", "他家里5口人,一家三口人其乐融融。", []],
    ["数十家 and 几百人 have no number to report", "数十家企业和几百名群众参加了活动。", []],
  ]);
});

describe("times counted: 人次, 户次, 家次", () => {
  run([
    [
      "visits to people, households and enterprises",
      "共走访企业1200余家次,服务群众3.5万人次,入户走访8600户次,惠及企业2.1万家次。",
      [
        ["1200余家次", 1200, "家次", true, "走访企业"],
        ["3.5万人次", 35000, "人次", false, "服务群众"],
        ["8600户次", 8600, "户次", false, "入户走访"],
        ["2.1万家次", 21000, "家次", false, "惠及企业"],
      ],
    ],
  ]);
});

describe("areas", () => {
  run([
    [
      "万亩, 万平方米 and 平方公里",
      "全区完成植树造林1.2万亩,新增绿化面积35万平方米,治理水土流失面积12.6平方公里。",
      [
        ["1.2万亩", 12000, "亩", false, "植树造林"],
        ["35万平方米", 350000, "平方米", false, "绿化面积"],
        ["12.6平方公里", 12.6, "平方公里", false, "水土流失面积"],
      ],
    ],
    [
      "area in a from-to change, years are no metrics",
      "茶园面积从2018年的1.2万亩增加到如今的2.1万亩,辐射周边15平方公里。",
      [
        ["1.2万亩", 12000, "亩", false],
        ["2.1万亩", 21000, "亩", false],
        ["15平方公里", 15, "平方公里", false],
      ],
    ],
  ]);
});

describe("kinds, products and goods", () => {
  run([
    [
      "类, 种, 款",
      "开发伴手礼、文创产品等12类,商品达210万种,推出新品30款。",
      [
        ["12类", 12, "类", false, "文创产品"],
        ["210万种", 2100000, "种", false, "商品"],
        ["30款", 30, "款", false, "新品"],
      ],
    ],
    [
      "枚, 群, 袋, 尾",
      "中国队获得金牌7枚,全镇养殖蜜蜂12.5万群,生产香菇菌棒860万袋,增殖放流鱼苗2.6亿尾。",
      [
        ["7枚", 7, "枚", false, "金牌"],
        ["12.5万群", 125000, "群", false, "蜜蜂"],
        ["860万袋", 8600000, "袋", false, "菌棒"],
        ["2.6亿尾", 260000000, "尾", false, "鱼苗"],
      ],
    ],
    [
      "containers in 标准箱 (TEU)",
      "完成集装箱吞吐量3530万标准箱,同比增长5.9%。",
      [
        ["3530万标准箱", 35300000, "标准箱", false, "集装箱吞吐量"],
        ["5.9%", 5.9, "%", false, "同比增长"],
      ],
    ],
    [
      "words that start like these units are not units",
      "带动100余种植户增收,3类似项目已完成,200群众参加。",
      [],
    ],
  ]);
});

describe("headline figures restated in the body", () => {
  it("reports a figure once when a later paragraph restates it for the same thing", () => {
    const body = "今年以来,全县新增市场主体1.2万户。\n\n记者了解到,新增市场主体1.2万户中,企业占三成。";
    const got = extractMetrics(body);
    expect(got.filter((m) => m.text === "1.2万户")).toHaveLength(1);
    expect(got.map((m) => m.text)).toContain("三成");
  });
});

describe("OCR text: stray spaces inside numbers, lost commas", () => {
  run([
    [
      "one space inside a number that carries a unit is noise",
      "今年全镇各村(社区)建成调解站点1 8个 覆盖率达100% 上半年接待游客2 3万人次 新增岗位1 200个",
      [
        ["1 8个", 18, "个", false, "调解站点"],
        ["100%", 100, "%", false],
        ["2 3万人次", 230000, "人次", false, "接待游客"],
        ["1 200个", 1200, "个", false],
      ],
    ],
    [
      "a space before the number too",
      "截至目前 全区累计发放贷款 4 5亿元",
      [["4 5亿元", 4500000000, "元", false]],
    ],
    [
      "lists that lost their commas are not joined",
      "两个村分别新增12 15户 两家合作社新增30 45家门店",
      [
        ["15户", 15, "户", false],
        ["45家", 45, "家", false],
      ],
    ],
    ["dates and times are not joined", "发布时间:2023-09-12 16:40 来源:县融媒体中心 2023年 5月", []],
    [
      "a 每 opening the next clause is not a rate",
      "开发出果汁、果干等深加工产品20余种每年加工鲜果8万吨",
      [
        ["20余种", 20, "种", true, "深加工产品"],
        ["8万吨", 80000, "吨", false],
      ],
    ],
    [
      "a rate after the unit still is one",
      "收购价为3元每斤,人口密度为500人每平方公里。",
      [
        ["3元每斤", 3, "元/斤", false],
        ["500人每平方公里", 500, "人/平方公里", false],
      ],
    ],
  ]);
});

describe("成 as a share wherever the sentence goes on", () => {
  run([
    [
      "before a noun or a verb",
      "全乡近8成劳动力从事渔业 全县茶叶8成通过电商销售 年轻干部占比超过六成具有硕士学历的23人",
      [
        ["近8成", 80, "%", true],
        ["8成", 80, "%", false],
        ["超过六成", 60, "%", true],
        ["23人", 23, "人", false],
      ],
    ],
    ["成 starting a word of its own", "这个做法一成不变,九成新的设备,两成员单位。", []],
    [
      "a hedged share before a noun is a share, not a threshold",
      "超四成企业参与,超过80%企业完成改造,产值超亿元企业12家。",
      [
        ["超四成", 40, "%", true],
        ["超过80%", 80, "%", true],
        ["12家", 12, "家", false],
      ],
    ],
  ]);
});

describe("channels, hours and per-unit gains", () => {
  run([
    [
      "路 counts video channels, not bus routes",
      "全区接入公共视频监控4800余路,新增12路、15路公交车延伸至园区。",
      [["4800余路", 4800, "路", true, "视频监控"]],
    ],
    [
      "cumulative hours are a volume",
      "志愿者累计培训时长超过1.2万小时,全年志愿服务时长累计达3600小时,开设党课120课时。",
      [
        ["超过1.2万小时", 12000, "小时", true, "培训时长"],
        ["3600小时", 3600, "小时", false],
        ["120课时", 120, "课时", false],
      ],
    ],
    [
      "averages per mu, household and person",
      "亩均增收1200元,户均增收5000元,志愿服务总时长达5.6万小时,年均培训时长不少于40小时。",
      [
        ["1200元", 1200, "元/亩", false, "亩均增收"],
        ["5000元", 5000, "元", false, "户均增收"],
        ["5.6万小时", 56000, "小时", false],
      ],
    ],
    ["durations are not", "审批时间由72小时缩短至24小时,连续工作36小时,提供24小时在线服务,全程仅用了300小时以内。", []],
    [
      "per-mu and per-village gains, yields and subsidy standards are rates",
      "得益于标准化种植,每亩增收800元左右,每亩产量达600公斤,每个村平均增收30万元,每亩补助300元。",
      [
        ["800元左右", 800, "元/亩", true],
        ["600公斤", 600, "公斤/亩", false],
        ["30万元", 300000, "元", false],
        ["300元", 300, "元/亩", false],
      ],
    ],
    [
      "kinds of people a policy names are not counts; kinds of problems found are",
      "聚焦技能人才、进城农民工等9类群体,梳理出停车难、噪声扰民等6类共性问题。",
      [["6类", 6, "类", false, "共性问题"]],
    ],
  ]);
});

describe("schools, classes and sailings", () => {
  run([
    [
      "N所学校 after a total and 其中",
      "全区46所中小学已全部完成创建,其中9所学校被评为省级示范校,新建2所学校。",
      [
        ["46所", 46, "所", false, "中小学"],
        ["9所", 9, "所", false],
        ["2所", 2, "所", false],
      ],
    ],
    ["runs and sailings counted in 班", "新开通至六横的客运航线,每天往返共计12班。", [["12班", 12, "班", false]]],
    ["classes opened", "今年共开办农民夜校8班,培训学员260人。", [["8班", 8, "班", false], ["260人", 260, "人", false]]],
    ["a class's name and shift idioms are no counts", "四年级3班的学生来到工厂,工人们实行两班倒,一班人马干劲足。", []],
  ]);
});
