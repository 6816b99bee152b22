import { describe, expect, it } from "vitest";
import { extractMetrics } from "./extract";

const labels = (s: string) => extractMetrics(s).map((m) => m.label);

describe("labels", () => {
  it("takes the verb and object before the number, without fillers and scope words", () => {
    expect(labels("累计培训全区科级以上干部3100余人次。")).toEqual(["培训科级以上干部"]);
    expect(labels("近三年新增绿化面积1400余亩。")).toEqual(["新增绿化面积"]);
    expect(labels("工程预算在3500万元左右。")).toEqual(["工程预算"]);
    expect(labels("机关党员干部参与率达100%。")).toEqual(["机关党员干部参与率"]);
  });

  it("cuts the subject before the verb", () => {
    expect(labels("杭州高新区(滨江)抽调了261名干部到重点工作专班(团队)。")).toEqual(["抽调干部到重点工作专班"]);
    expect(labels("今年以来,我镇已开展专题协商议事活动3场。")).toEqual(["专题协商议事活动"]);
    expect(labels("织里镇现有童装企业1.4万余家。")).toEqual(["童装企业"]);
  });

  it("joins verb, counted noun and the rest of the clause", () => {
    expect(labels("选派379名干部结对665家企业。")).toEqual(["选派干部结对企业", "结对企业"]);
    expect(labels("35名区领导结对企业105家。")).toEqual(["区领导结对企业", "区领导结对企业"]);
    expect(labels("该项目涉及9个村的政策处理。")).toEqual(["涉及村"]);
  });

  it("uses the counted noun after a subject, a preposition or a list", () => {
    expect(labels("为全区376家易制毒化学品企业提供服务。")).toEqual(["易制毒化学品企业"]);
    expect(labels("落实了浙里优学、浙里健康、就业致富等32个共富项目。")).toEqual(["共富项目"]);
    expect(labels('打造了昙议亭、廉政步道等10余个"廉味阵地"。')).toEqual(["廉味阵地"]);
    expect(labels('三合镇共开展"干部论坛""青廉说"等学习活动8次。')).toEqual(["学习活动"]);
  });

  it("drops weak leading verbs and possession words", () => {
    expect(labels("有国家4A级旅游景区3个、国家3A级旅游景区7个。")).toEqual(["国家4A级旅游景区", "国家3A级旅游景区"]);
    expect(labels('目前,"众治同心荟"已有成员30余名。')).toEqual(["众治同心荟成员"]);
    expect(labels("目前已确定结对师徒26对。")).toEqual(["结对师徒"]);
  });

  it("names what a bare verb acted on", () => {
    expect(labels("资金由县水务集团保障,投入约2100万元。")).toEqual(["投入资金"]);
    expect(labels("累计走访服务2653家次。")).toEqual(["走访服务企业"]);
  });

  it("puts an attribute after its owner", () => {
    expect(labels("另一个片区则拥有一个容量880万立方米左右的前丁水库。")).toEqual(["前丁水库容量"]);
  });

  it("distributes 分别 over parallel items", () => {
    expect(labels("景区城镇、村覆盖率分别达90%和60%以上。")).toEqual(["景区城镇覆盖率", "景区村覆盖率"]);
    expect(labels("城镇、农村居民人均可支配收入分别增长5.1%和6.5%。")).toEqual([
      "城镇人均可支配收入增长",
      "农村居民人均可支配收入增长",
    ]);
  });

  it("gives a bare change or measure the subject of the clause before it", () => {
    expect(labels("去年,龙港市实现地区生产总值412.6亿元,同比增长7.1%。")).toEqual(["实现地区生产总值", "地区生产总值同比增长"]);
    expect(labels("全镇高山蔬菜种植面积达1.8万亩,去年产量约4.5万吨,产值2.3亿元。")).toEqual([
      "高山蔬菜种植面积",
      "高山蔬菜产量",
      "高山蔬菜产值",
    ]);
    // a new sentence starts a new subject
    expect(labels("全县茶园面积18万亩。产量1.5万吨。")).toEqual(["茶园面积", "产量"]);
  });

  it("distributes 分别 over the metrics just before it when no items precede 分别", () => {
    expect(labels("村集体经营性收入86万元,村民人均可支配收入4.3万元,分别比上年增长12.4%和9.8%。")).toEqual([
      "村集体经营性收入",
      "村民人均可支配收入",
      "村集体经营性收入比上年增长",
      "村民人均可支配收入比上年增长",
    ]);
  });

  it("lets an enumeration inherit its opening verb", () => {
    expect(labels("新增省级示范村3个、市级示范村5个。")).toEqual(["新增省级示范村", "新增市级示范村"]);
  });

  it("keeps labels short and free of punctuation", () => {
    for (const l of labels(
      "据悉,\"十四五\"以来,这个位于浙江东南沿海黄金海岸线中部的县级市通过持续不断的努力已累计建成省级以上各类示范性农业产业园区和综合体共计36个。",
    )) {
      expect(l.length).toBeGreaterThanOrEqual(2);
      expect(l.length).toBeLessThanOrEqual(14);
      expect(l).not.toMatch(/[\p{P}\s]/u);
    }
  });
});
