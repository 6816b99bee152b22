/**
 * Theme tags assigned at ingest. Each theme is a list of keywords; an article gets the theme when
 * the keywords it contains weigh enough (title hits count triple), so every tag can be explained
 * by the words that triggered it.
 */
export type ThemeId =
  | "integrity"
  | "business"
  | "cadres"
  | "livelihood"
  | "culture-tourism"
  | "ecology"
  | "common-prosperity"
  | "grassroots"
  | "transport"
  | "public-safety"
  | "digital";

export type Theme = { id: ThemeId; zh: string; en: string; keywords: string[] };

export const THEMES: Theme[] = [
  {
    id: "integrity",
    zh: "清廉建设",
    en: "Clean governance",
    keywords: ["清廉", "廉政", "廉洁", "纪委", "纪工委", "监察", "监督员", "作风建设", "倡廉", "勤廉", "廉文化", "正风肃纪", "村监会"],
  },
  {
    id: "business",
    zh: "营商环境",
    en: "Business environment",
    keywords: ["营商环境", "助企", "惠企", "护企", "优商", "为企服务", "企业诉求", "政企", "招商引资", "融资", "纾困", "纾忧解困", "首违不罚", "民营经济"],
  },
  {
    id: "cadres",
    zh: "干部队伍",
    en: "Cadres",
    keywords: ["干部", "组织部", "年轻干部", "培训", "挂职", "选派", "党员", "导师帮带", "干部队伍", "人才"],
  },
  {
    id: "livelihood",
    zh: "民生工程",
    en: "Public services",
    keywords: ["民生", "饮用水", "喝上", "供水", "水源", "养老", "医疗", "就医", "教育", "就业", "老旧小区", "住房", "急难愁盼", "民生实事"],
  },
  {
    id: "culture-tourism",
    zh: "文化旅游",
    en: "Culture & tourism",
    keywords: ["旅游", "景区", "文旅", "全域旅游", "文化", "非遗", "游客", "民宿", "博物馆", "演出"],
  },
  {
    id: "ecology",
    zh: "生态环保",
    en: "Ecology",
    keywords: ["生态", "环保", "绿色", "治水", "河长", "林长", "绿化", "水质", "空气质量", "垃圾分类", "碳", "湿地", "生物多样性"],
  },
  {
    id: "common-prosperity",
    zh: "共同富裕",
    en: "Common prosperity",
    keywords: ["共同富裕", "共富", "增收", "山区26县", "对口支援", "结对帮扶", "乡村振兴", "强村", "集体经济"],
  },
  {
    id: "grassroots",
    zh: "基层治理",
    en: "Grassroots governance",
    keywords: ["基层治理", "议事", "协商", "网格", "社区", "乡贤", "村民", "居民", "矛盾纠纷", "调解", "党群", "民主协商"],
  },
  {
    id: "transport",
    zh: "交通服务",
    en: "Transport",
    keywords: ["高速", "收费站", "公路", "交通", "司乘", "道路", "公交", "铁路", "地铁", "桥梁", "港口"],
  },
  {
    id: "public-safety",
    zh: "平安建设",
    en: "Public safety",
    keywords: ["公安", "禁毒", "治安", "消防", "安保", "安全生产", "平安", "警务", "反诈"],
  },
  {
    id: "digital",
    zh: "数字改革",
    en: "Digital reform",
    keywords: ["数字化", "数字经济", "人工智能", "数智", "大数据", "数字技术", "智慧", "云"],
  },
];

export const THEME_BY_ID: ReadonlyMap<ThemeId, Theme> = new Map(THEMES.map((t) => [t.id, t]));

export function isThemeId(s: string): s is ThemeId {
  return THEME_BY_ID.has(s as ThemeId);
}
