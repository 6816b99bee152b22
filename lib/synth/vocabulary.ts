/**
 * Words the synthetic corpus is built from: invented sentence frames in the registers Zhejiang
 * local papers print (work reports, people's livelihood, business services, rural revival). No
 * sentence here is copied from a real report; places come from the gazetteer at generation time.
 */

/** Common surnames and given-name characters for invented bylines. */
export const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤楼应俞".split("");
export const GIVEN = "一丹乐亮佳俊倩伟先光冰凯华卓叶君哲圆坤婷宁宇安家岚峰帆平庆彬思悦慧成敏文斌新方旭昊明晓晨杰林柯梓欣正涛海润涵炜然燕琪琳瑜璐瑶畅盈睿磊程立红纯维罡羽翔聪芳若英茜莉菲蓉蕾衡诚豪轩辉远鑫钰雨雪雯静韬颖飞骏鹏".split("");

/** Sections printed above a page or as kickers in 【】. */
export const SECTIONS = ["要闻", "综合新闻", "县域经济", "乡村振兴", "共同富裕", "营商环境周刊", "民生", "基层治理", "城乡建设", "文旅", "社会"];

/** A story's subject: what the title and body are about, with the words that go with it. */
export type Topic = {
  /** title frames; {place} is the place's short name, {town} a township */
  titles: string[];
  /** an event sentence opening the body */
  leads: string[];
  /** sentences with one quantity each; {n} is replaced by a quantity phrase of the given kind */
  facts: { frame: string; kind: QuantityKind }[];
  /** closing remarks without numbers */
  closers: string[];
};

export type QuantityKind = "people" | "personTimes" | "firms" | "money" | "area" | "volume" | "count" | "percent" | "length" | "weight";

export const TOPICS: Topic[] = [
  {
    titles: ["{place}：“共富工坊”开到家门口", "{town}探索强村富民新路径", "{place}山区群众增收有了新门路", "小工坊撑起{town}共富梦"],
    leads: ["近日，{county}{town}的一家“共富工坊”里，村民们正忙着赶制订单。", "走进{county}{town}，一排排新建的厂房格外醒目。", "{date}，{county}召开共同富裕示范区建设推进会。"],
    facts: [
      { frame: "截至目前，全{level}已建成“共富工坊”{n}", kind: "count" },
      { frame: "吸纳低收入农户就业{n}", kind: "people" },
      { frame: "参与农户人均年增收{n}", kind: "money" },
      { frame: "村级集体经济经营性收入达到{n}", kind: "money" },
      { frame: "带动周边群众{n}增收", kind: "people" },
    ],
    closers: ["下一步，当地将继续拓宽增收渠道，让更多群众共享发展成果。", "村民们说，在家门口就能挣钱，日子越过越有奔头。"],
  },
  {
    titles: ["{place}优化营商环境 企业诉求“当月清”", "{town}：为企服务员上门解难题", "{place}推行涉企“一件事”集成服务", "{place}助企纾困见实效"],
    leads: ["{date}，{county}{town}举行“企业服务日”活动，部门工作人员走进辖区企业“坐诊”。", "“营业执照、印章一次领齐，前后不到半天。”在{county}行政服务中心，新开办企业负责人说。", "今年以来，{county}持续深化营商环境优化提升行动。"],
    facts: [
      { frame: "累计走访企业{n}", kind: "firms" },
      { frame: "收集各类诉求{n}，办结率达{p}", kind: "count" },
      { frame: "帮助企业争取各类政策资金{n}", kind: "money" },
      { frame: "新设经营主体{n}", kind: "firms" },
      { frame: "涉企事项办理时间平均压缩{n}", kind: "percent" },
    ],
    closers: ["企业负责人表示，服务越来越贴心，投资发展的信心更足了。", "当地将持续打造“办事不求人”的一流营商环境。"],
  },
  {
    titles: ["{place}干部培训实现全覆盖", "{town}年轻干部在一线“墩苗”", "{place}选派干部结对服务企业", "充电提能 {place}干部队伍再出发"],
    leads: ["{date}晚，{county}的干部们齐聚一堂，参加“一月一讲”专题培训。", "今年以来，{county}组织部门聚焦重点工作，推动干部在一线锤炼本领。"],
    facts: [
      { frame: "累计培训科级以上干部{n}", kind: "personTimes" },
      { frame: "抽调{n}到重点工作专班", kind: "people" },
      { frame: "选派干部结对企业{n}", kind: "firms" },
      { frame: "开展专题培训{n}", kind: "count" },
    ],
    closers: ["不少干部表示，培训内容贴近实际，学了就能用。", "当地将把培训成效转化为推动发展的实际行动。"],
  },
  {
    titles: ["{town}群众喝上放心水", "{place}农村饮用水达标提标工程完工", "{place}民生实事项目加快推进", "{town}老旧小区改造惠及居民"],
    leads: ["“水质这么好，真高兴。”{date}，{county}{town}的村民们喝上了水库的水。", "{date}，{county}{town}老旧小区改造工程通过验收。"],
    facts: [
      { frame: "工程惠及群众{n}", kind: "people" },
      { frame: "项目总投资{n}", kind: "money" },
      { frame: "新铺设供水管网{n}", kind: "length" },
      { frame: "水库库容{n}", kind: "volume" },
      { frame: "改造老旧小区{n}", kind: "count" },
    ],
    closers: ["群众的“急难愁盼”问题得到有效解决。", "当地将继续推进民生实事项目，让群众得实惠。"],
  },
  {
    titles: ["{town}乡村旅游迎来“开门红”", "{place}文旅融合激活乡村", "{town}民宿产业集聚发展", "{place}举办文化旅游节"],
    leads: ["{date}，{county}{town}第三届乡村文化旅游节开幕。", "假日期间，{county}{town}的民宿几乎天天客满。"],
    facts: [
      { frame: "共接待游客{n}", kind: "personTimes" },
      { frame: "实现旅游收入{n}", kind: "money" },
      { frame: "全镇共有民宿{n}", kind: "firms" },
      { frame: "游客数量同比增长{n}", kind: "percent" },
    ],
    closers: ["绿水青山正源源不断地转化为金山银山。", "当地将进一步丰富业态，打造全域旅游新名片。"],
  },
  {
    titles: ["{town}“共富果园”果香飘", "{place}高标准农田建设提速", "{town}特色农业撑起“钱袋子”", "{place}粮食生产喜获丰收"],
    leads: ["眼下正是水果成熟的季节，在{county}{town}的果园里，游客们穿梭在果林间采摘。", "{date}，记者走进{county}{town}，田间地头一片繁忙景象。"],
    facts: [
      { frame: "流转土地{n}", kind: "area" },
      { frame: "今年预计产量{n}", kind: "weight" },
      { frame: "建成高标准农田{n}", kind: "area" },
      { frame: "带动周边农户{n}增收", kind: "people" },
      { frame: "实现销售额{n}", kind: "money" },
    ],
    closers: ["农户们说，种地也能种出好日子。", "当地将继续做强特色产业，让农民腰包鼓起来。"],
  },
  {
    titles: ["{town}基层治理有“新招”", "{place}网格员守护平安", "{town}矛盾纠纷就地化解", "{place}推进清廉村居建设"],
    leads: ["{date}，{county}{town}的村监会成员又一次来到项目现场。", "在{county}{town}，一支由党员和志愿者组成的队伍活跃在大街小巷。"],
    facts: [
      { frame: "全{level}共组建网格{n}", kind: "count" },
      { frame: "化解矛盾纠纷{n}", kind: "count" },
      { frame: "发动志愿者{n}", kind: "people" },
      { frame: "开展走访{n}", kind: "personTimes" },
    ],
    closers: ["群众的获得感、幸福感、安全感不断提升。", "小网格撬动大治理，基层治理效能持续提升。"],
  },
];

/**
 * Sentences without figures that carry a story between its numbers: how the work was done, who
 * said what. {county} and {town} are filled with the story's place.
 */
export const CONTEXT = [
  "当地坚持问题导向，把群众反映最集中的事项列入年度重点工作清单，逐项明确责任单位和完成时限",
  "{town}把这项工作作为“一把手”工程来抓，主要负责人多次深入一线调研，现场协调解决推进中遇到的困难",
  "为了让政策真正落地，{county}组建工作专班，实行“周例会、月通报”机制，及时研究解决新情况新问题",
  "“以前办这件事要跑好几个部门，现在在家门口就能办好。”一位村民说",
  "工作人员介绍，他们采取“线上+线下”相结合的方式，让群众少跑腿、好办事",
  "在推进过程中，{town}注重发挥村两委和党员的带头作用，通过召开村民代表大会广泛听取意见",
  "为确保各项措施落到实处，{county}还建立了定期回访制度，对群众满意度进行跟踪评估",
  "记者在现场看到，新建的服务中心窗明几净，前来办事的群众络绎不绝",
  "相关负责人表示，下一步将总结推广经验做法，推动工作从“盆景”变“风景”",
  "{county}相关部门负责人介绍，这些做法已被列入全省改革试点",
  "围绕群众关心关注的热点难点问题，{town}细化制定了实施方案，明确了时间表和路线图",
  "{town}还积极探索“党建+”模式，把支部建在产业链上，让党员在项目一线亮身份、作表率",
];

/** Connectives that open a fact sentence. */
export const OPENERS = ["今年以来，", "据统计，", "去年，", "截至目前，", "目前，", "近年来，", "今年1至{m}月，", ""];
