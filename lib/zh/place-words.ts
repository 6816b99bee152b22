// Words around Chinese place names that several layers read: the suffixes of administrative units,
// the words for "the whole county / our city" (全县, 我市), verbs and postpositions of place (在X, X里),
// and China's province-level units with their one-character abbreviations (沪, 浙, 赣).

const words = (s: string): readonly string[] => Array.from(new Set(s.split(/\s+/).filter((w) => w.length >= 1)));

/** Suffixes of township-level units, longest first: 莪山畲族乡, 南星街道, 回山镇, 岭南乡. */
export const TOWNSHIP_SUFFIXES: readonly string[] = ["畲族乡", "畲族镇", "民族乡", "街道", "镇", "乡"];

/** Suffixes of village-level units below a township (高家村, 南庄社区), longest first. */
export const VILLAGE_SUFFIXES: readonly string[] = ["社区", "村"];

/**
 * Characters that open a word for villages in general, not a village's name (各村, 全村, 该社区, 邻村,
 * 下辖村): a name before 村 that starts with one of them is no village.
 */
export const NOT_VILLAGE_NAME_START = "各全本该每多几两其他周附邻下所有的和与及等辖属一二三四五六七八九十个";

/** "全县", "本区", "我市" ...: a report about a whole unit of that type, or the outlet's own unit. */
export const WHOLE_UNIT_WORDS: Readonly<Record<"县" | "区" | "市", readonly string[]>> = {
  县: words(`全县 该县 本县 我县 县委 县政府`),
  区: words(`全区 该区 本区 我区 区委 区政府`),
  市: words(`全市 该市 本市 我市 市委 市政府`),
};

/** Before a place name: verbs of going and being somewhere ("在天台", "赴江山"). */
export const LOCATIVE_BEFORE: readonly string[] = words(`在 赴 到 来 去 回 往 落户 走进 来到 前往 扎根 地处 位于 回到 留在 驻 于`);

/** After a place-like word these make it a thing, not a place ("在天台上", "江山里"). */
export const LOCATIVE_AFTER: readonly string[] = words(`上 下 里 内 外 边 顶 中 旁 前 后`);

/** Verbs after "在X" that make X the venue of an event, not its subject (在鄞州区召开, 在上海举行). */
export const VENUE_VERBS: readonly string[] = words(`召开 举行 举办 开幕 闭幕 启动 开展 拉开帷幕 落幕 揭牌 签约`);

/** China's province-level units outside Zhejiang, by their short names. */
export const OTHER_PROVINCES: readonly string[] = words(`
北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西
海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门
`).filter((w) => w.length >= 2);

/** One-character abbreviations of province-level units (沪浙毗邻, 赣浙合作); 浙 is Zhejiang. */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  京: "北京", 津: "天津", 沪: "上海", 渝: "重庆", 冀: "河北", 晋: "山西", 蒙: "内蒙古", 辽: "辽宁", 吉: "吉林", 黑: "黑龙江",
  苏: "江苏", 浙: "浙江", 皖: "安徽", 闽: "福建", 赣: "江西", 鲁: "山东", 豫: "河南", 鄂: "湖北", 湘: "湖南", 粤: "广东",
  桂: "广西", 琼: "海南", 川: "四川", 蜀: "四川", 黔: "贵州", 滇: "云南", 藏: "西藏", 陕: "陕西", 甘: "甘肃", 青: "青海",
  宁: "宁夏", 新: "新疆",
};
