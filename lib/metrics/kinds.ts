/**
 * The closed set of metric kinds used to compare quantities across articles and counties, and the
 * conversions to each kind's canonical unit (亩 -> 公顷, 万元 -> 元, 米 -> 公里).
 */

export type MetricKind =
  | "people"
  | "people_times"
  | "households"
  | "enterprises"
  | "enterprise_visits"
  | "villages"
  | "projects"
  | "events"
  | "cases"
  | "facilities"
  | "pairs"
  | "money"
  | "area"
  | "volume"
  | "length"
  | "weight"
  | "energy"
  | "power"
  | "share"
  | "rate"
  | "count";

export type KindInfo = { kind: MetricKind; zh: string; en: string; canonicalUnit: string; summable: boolean };

const info = (kind: MetricKind, zh: string, en: string, canonicalUnit: string, summable = true): KindInfo => ({
  kind,
  zh,
  en,
  canonicalUnit,
  summable,
});

export const METRIC_KINDS: Record<MetricKind, KindInfo> = {
  people: info("people", "人数", "People", "人"),
  people_times: info("people_times", "人次", "Person-times", "人次"),
  households: info("households", "户数", "Households", "户"),
  enterprises: info("enterprises", "企业数", "Enterprises", "家"),
  enterprise_visits: info("enterprise_visits", "走访企业家次", "Enterprise visits", "家次"),
  villages: info("villages", "村社/乡镇数", "Villages and communities", "个"),
  projects: info("projects", "项目数", "Projects", "个"),
  events: info("events", "活动场次", "Events and services", "次"),
  cases: info("cases", "事项/案件数", "Cases and requests", "件"),
  facilities: info("facilities", "设施/阵地数", "Facilities and sites", "个"),
  pairs: info("pairs", "结对数", "Pairs", "对"),
  money: info("money", "金额", "Money", "元"),
  area: info("area", "面积", "Area", "公顷"),
  volume: info("volume", "体积", "Volume", "立方米"),
  length: info("length", "长度", "Length", "公里"),
  weight: info("weight", "重量", "Weight", "吨"),
  energy: info("energy", "电量", "Energy", "千瓦时"),
  power: info("power", "装机容量", "Power capacity", "千瓦"),
  // a rate or a percentage-point change: adding them up means nothing
  share: info("share", "比例", "Share (%)", "%", false),
  // a price, a yield or an average per person, household or day (每公斤8元, 亩产600公斤, 人均收入):
  // never added up nor ranked as a total
  rate: info("rate", "单价/均值", "Rate or average", "", false),
  count: info("count", "数量", "Count", "个"),
};

/** unit -> [canonical unit, factor]; units absent here are their own canonical unit. */
const CONVERSIONS: Readonly<Record<string, readonly [string, number]>> = {
  名: ["人", 1],
  位: ["人", 1],
  万元: ["元", 1e4],
  亿元: ["元", 1e8],
  千元: ["元", 1e3],
  亩: ["公顷", 1 / 15],
  平方米: ["公顷", 1e-4],
  平米: ["公顷", 1e-4],
  万平方米: ["公顷", 1],
  平方公里: ["公顷", 100],
  平方千米: ["公顷", 100],
  万亩: ["公顷", 1e4 / 15],
  万立方米: ["立方米", 1e4],
  方: ["立方米", 1],
  升: ["立方米", 1e-3],
  千米: ["公里", 1],
  米: ["公里", 1e-3],
  公斤: ["吨", 1e-3],
  千克: ["吨", 1e-3],
  斤: ["吨", 5e-4],
  万吨: ["吨", 1e4],
  度: ["千瓦时", 1],
  万千瓦时: ["千瓦时", 1e4],
  兆瓦: ["千瓦", 1e3],
  万千瓦: ["千瓦", 1e4],
  "‰": ["%", 0.1],
  成: ["%", 10],
  "％": ["%", 1],
};

/** Units with a known meaning; anything else yields null from toCanonical. */
const IDENTITY = new Set([
  "人", "人次", "户", "户次", "家", "家次", "个", "件", "件次", "次", "场", "场次", "对", "项", "条",
  "批", "批次", "期", "支", "台", "台套", "辆", "艘", "架", "架次", "车次", "班次", "班", "间", "套", "张",
  "份", "篇", "处", "栋", "幢", "株", "棵", "头", "只", "羽", "箱", "本", "册", "块", "盏", "所", "座",
  "组", "轮", "堂", "节", "口", "单", "笔", "宗", "起", "例", "人天", "元", "美元", "欧元", "港元",
  "类", "种", "款", "枚", "群", "袋", "尾", "幅", "首", "颗", "瓶", "盒", "桶", "双", "门", "根", "标准箱",
  "公顷", "立方米", "公里", "吨", "千瓦时", "千瓦", "%", "百分点", "路", "小时", "课时", "学时",
]);

const sig = (x: number): number => Number(x.toPrecision(10));

/** Value in its kind's canonical unit, or null for a unit this module does not know. */
export function toCanonical(value: number, unit: string): { value: number; unit: string } | null {
  const conv = CONVERSIONS[unit];
  if (conv) return { value: sig(value * conv[1]), unit: conv[0] };
  if (IDENTITY.has(unit)) return { value, unit };
  return null;
}

const ENTERPRISE = /企业|企|公司|厂|商户|个体|市场主体|工商户|民宿|农家乐|酒店|饭店|餐饮|门店|店|超市|商家|银行|网点|平台|经营主体|合作社|主体|楼宇/;
const INSTITUTION = /医院|学校|幼儿园|机构|单位|部门|组织|协会|社会组织|养老院|敬老院|卫生院|站|中心|馆|基地/;
const VILLAGE_HEAD = /(?:村|村庄|社区|乡镇|街道|镇街|片区|村\(社区\)|乡|镇)$/;
const PROJECT = /项目|工程|课题/;
const CASE = /诉求|问题|案件|案|纠纷|矛盾|线索|隐患|投诉|建议|意见|事项|工单|信访|难题|事|业务|审批|证|许可|违法|违规|处罚|举报/;
const FACILITY = /站|点|中心|机构|医院|馆|园|基地|阵地|驿站|场所|设施|学校|医院|公园|礼堂|广场|书屋|食堂|屋|家园|之家|工坊|车间|厂房|楼|桥|路|道|泵|井|桩|灯|厕|亭|廊|景区|小区/;

/**
 * Kind from the unit first (a unit alone often settles it) and, for generic counters, from the
 * label: 家 + 企业 -> enterprises, 个 + 项目 -> projects, 场 + 活动 -> events ...
 */
export function classifyKind(unit: string, label: string): MetricKind {
  switch (unit) {
    case "人":
    case "名":
    case "位":
      return "people";
    case "人次":
    case "人天":
      return "people_times";
    case "户":
    case "户次":
      return ENTERPRISE.test(label) ? "enterprises" : "households";
    case "家次":
      return "enterprise_visits";
    case "家":
      return INSTITUTION.test(label) && !ENTERPRISE.test(label) ? "facilities" : "enterprises";
    case "对":
      return "pairs";
    case "元":
    case "美元":
    case "欧元":
    case "港元":
      return "money";
    case "亩":
    case "公顷":
    case "平方米":
    case "平方公里":
    case "平方千米":
      return "area";
    case "立方米":
    case "升":
      return "volume";
    case "公里":
    case "千米":
    case "米":
      return "length";
    case "吨":
    case "公斤":
    case "斤":
      return "weight";
    case "千瓦时":
    case "度":
      return "energy";
    case "千瓦":
    case "兆瓦":
      return "power";
    case "%":
    case "‰":
    case "百分点":
    case "成":
      return "share";
    case "次":
    case "场":
    case "场次":
    case "期":
    case "堂":
    case "轮":
      return "events";
    case "件":
    case "起":
    case "宗":
    case "例":
    case "件次":
      return CASE.test(label) ? "cases" : "count";
    case "处":
      return CASE.test(label) ? "cases" : FACILITY.test(label) ? "facilities" : "count";
    case "所":
    case "座":
    case "栋":
    case "幢":
      return "facilities";
    default:
      break;
  }
  // villages only when the place noun heads the label: 涉及村, not 村级项目 or 村民
  if (unit === "个" && VILLAGE_HEAD.test(label)) return "villages";
  if (PROJECT.test(label) && (unit === "个" || unit === "项" || unit === "批")) return "projects";
  if ((unit === "个" || unit === "条" || unit === "项") && CASE.test(label)) return "cases";
  if (unit === "个" && FACILITY.test(label)) return "facilities";
  return "count";
}
