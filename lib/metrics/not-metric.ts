/**
 * Numbers that are not reported quantities, by class, each with the reason it is dropped:
 * slogans and names (百名干部助百企, 三个"一号工程"), ordinals and ranks, descriptive counts in
 * Chinese numerals (三个毛芋收购点, 四次的变迁), thresholds (5000万元以上项目, 所有村收入突破10万元),
 * capacities inside a project's name (年产50万辆电动自行车生产线项目), page counters (浏览92次),
 * comparisons (相当于7个三界镇), distances and dimensions (距市区30公里, 长约五六米的彩幡), times and
 * durations. Pure: the scanner in scan.ts asks `notMetricReason` about each number it reads.
 */
import { inSloganOrTitle, type QuoteIndex } from "./quotes";

export type NumberContext = {
  body: string;
  quotes: QuoteIndex | null;
  /** Where the digits start. */
  i: number;
  /** Metric text span (hedges included). */
  start: number;
  end: number;
  unitEnd: number;
  value: number;
  /** The unit reported (成 already read as %). */
  unit: string;
  /** The unit as written (名, 成, 口人 ...). */
  surface: string;
  arabic: boolean;
  /** A Chinese numeral that starts with a bare multiplier (百, 千, 万). */
  bare: boolean;
  multiplied: boolean;
  fraction: boolean;
  approx: boolean;
  prefixHedge: string;
  /** A hedge before the number, adjacent or a few characters off (约有3000人). */
  prefixHedged: boolean;
  /** 余/多/来/几 after the number; `lai` for 来 (百来块). */
  midHedge: "" | "余" | "多" | "来" | "几";
  suffixHedge: string;
  /** The clause before the metric text. */
  pre: string;
  /** A few characters after the unit. */
  afterUnit: string;
  /** A per-unit figure (rates.ts). */
  rate: boolean;
};

export const SHARE_UNITS: ReadonlySet<string> = new Set(["%", "‰", "百分点"]);
/** Units that measure (money, area, weight ...) rather than count items. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  "元", "美元", "欧元", "港元", "亩", "公顷", "平方米", "平方公里", "平方千米", "立方米", "升", "公里", "千米", "米",
  "吨", "公斤", "斤", "千瓦时", "千瓦", "兆瓦", "度", "%", "‰", "百分点", "小时", "课时", "学时", "标准箱",
]);
/** Counters count the noun after them (超100家企业); measures before a noun qualify it (超亿元企业). */
const COUNTER_LIKE = new Set(["人", "人次", "户", "户次", "家", "家次", "个", "件", "项", "条", "批", "所", "座", "名", "位", "支", "场", "次"]);
const LENGTH_UNITS = new Set(["公里", "千米", "米"]);
const MONEY_UNITS = new Set(["元", "美元", "欧元", "港元"]);

/** Counters that Chinese numerals turn into slogans ("三个方面", "五项机制", "四个一批"). */
const ABSTRACT_AFTER =
  /^(?:["'“‘《]|[一二两三四五六七八九十百千万]|方面|到位|严禁|全面|必须|坚持|聚焦|围绕|优先|不准|一律|确保|走在前列|率先|重点|维度|层面|环节|关键|原则|意识|自信|维护|作风|举措|措施|机制|制度|清单|目标|任务|要求|标准|体系|理念|模式|路径|方式|能力|精神|工作法|做法|经验|步骤|规定|禁令|承诺|转变|结合|统一|强化|突出|注重|抓手|导向|定位|专项|先行|平台|民生实事|底线|红线|防线|主线|事|步|招|字|大)/;
const ABSTRACT_AFTER_ARABIC = /^(?:方面|维度|层面|原则|理念|目标|到位|严禁|不准|必须|坚持|步|大(?![型会规赛厅院楼棚]))/;
/** A threshold, not a quantity: "5000万元以上项目", "10亩以上的地块", "1万元以下村". */
const THRESHOLD_NOUN =
  /^的?(?:项目|大项目|重大|企业|工程|规模|产业|景区|老人|人员|人口|群体|单位|家庭|农户|车辆|房屋|建筑|土地|地块|用户|标准|订单|合同|投资项目|行政村|村|乡镇|镇|街道|户)/;
/** How far away (距市区30公里) within the clause; dimensions and speeds right before the number (宽12米). */
const DISTANCE_BEFORE = /(?:距离?|相距|(?<![隔分撤脱远背剥游疏偏])离(?![职退休任婚岗开])|车程|步行)[^,。;!?]{0,10}$/;
const DIMENSION_BEFORE = /(?:宽|高|深|厚|宽度|高度|深度|厚度|直径|半径|海拔|时速|口径)(?:约为|约|为|达)?$/;
/** "一对长约五六米的彩幡": 长 + hedge right before a length that qualifies a noun. */
const LONG_BEFORE = /长(?:约为|约|为|达|近)?$/;
/** Roads, pipes and embankments built or renewed: the only lengths a report counts as output. */
const LENGTH_BUILT =
  /建设|建成|新建|修建|改建|扩建|改造|铺设|摊铺|设置|增设|安装|清理|整治|疏浚|清淤|贯通|通车|开通|硬化|打造|延伸|拓宽|修复|治理|架设|敷设|完成|新增|累计|全长|总长|里程|绿道|步道|公路|管网|管道|管线|堤/;
const THRESHOLD_BEFORE = /(?:超过?|超出|突破|过|破|逾|高于|低于|不少于|少于|至少|不足|不到|未满|达到)$/;
/** Standards and ratios per person or place (每个村配备3名网格员, 每所学校至少有1名, 每千人口拥有托位4.5个). */
const PER_CAPITA = /每(?:十万|万|千|百)?(?:人|人口|户|名|常住人口|个|家|所|村|位|校|镇|乡|企业)[^,。;!?]{0,8}$/;
const PER_POPULATION = /每(?:十万|万|千|百)(?:人|人口|常住人口|名)[^,。;!?]{0,20}$/;
/** Household size in an anecdote (家里5口人), not a population count (1100余口人). */
const FAMILY_BEFORE = /(?:家里|家中|一家|全家)(?:共|有|共有)?$/;
/** Prefix hedges that make a measure a threshold when a noun follows at once (超亿元企业, 过千万元项目). */
const THRESHOLD_HEDGE = new Set(["超", "超过", "逾", "突破", "过", "破", "上"]);
/** A bar every member of a set clears (所有行政村收入突破10万元, 其中80%的村超过50万元). */
const SET_QUANTIFIER = /所有|全部|(?<![平人户亩日县村镇场船年])[均都](?:已|将)?(?:达到?|超过?|在|突破|破)|各(?![类级地种])|其中\d+(?:\.\d+)?%的|[成%](?:以上)?的/;
const TOTAL_WORD = /总|共计|合计|累计|全年/;
/** 路 counts channels of surveillance and signal (接入视频监控4800余路); elsewhere it is a bus route. */
const CHANNEL_CONTEXT = /监控|视频|摄像|探头|画面|信号|通道|直播|回路|光纤/;
/**
 * Hours are reported as a volume (累计培训时长超过1.2万小时, 志愿服务时长累计达3600小时); a duration
 * (24小时在线, 缩短至6小时, 连续工作36小时) is not.
 */
const HOURS_VOLUME = /累计|总计|共计|合计|时长|志愿服务|服务时间|培训|授课|学习/;
const HOURS_DURATION = /缩短|压缩|减少|降至|降低|缩减|提速|延长|以内|之内|连续|全天/;
/** A kind of people a policy names (9类群体, 5类重点人群): a classification, not a count. */
const PEOPLE_CLASSES = /^(?:重点|困难|特殊|弱势|特定|低收入)?(?:群体|人群|人员|对象)/;
/** A rate written after the unit that rates.ts does not read (3元每人每天): dropped, not mis-summed. */
const RATE_AFTER = /^(?:\/|(?:每[^,。;!?、\s每]{1,5}?)+(?:$|[,。;!?、)\s]|的|左右|以上|以下))/;
/** Page and site counters: 浏览92次, 热度123票, 3350人浏览, 阅读:1,526. */
const CHROME_BEFORE = /(?:浏览|阅读|点击|热度|访问|评论|点赞|转发|收藏|人气|播放)(?:量|数|次数|人数)?[::]?\s*$/;
const CHROME_AFTER = /^(?:浏览|阅读|点击|评论|点赞|收藏|转发)/;
/** A count that names a meeting (省委十五届七次全会, 十五次党代会): an ordinal. */
const MEETING_AFTER = /^(?:全会|全体会议|会议|党代会|代表大会|常委会|人代会|全委会|集体学习|团代会)/;
/** A comparison, not a report: 相当于7个三界镇的水田面积. */
const COMPARISON_BEFORE = /(?:相当于|等同于|相当)$/;
/** Capacity inside a project's name: 年产50万辆电动自行车生产线项目, 年产3000吨惠明茶产业项目. */
const CAPACITY_BEFORE = /(?:年产(?!值|量)|年加工|年处理|年出栏|日产|年生产|年产能|年吞吐|年屠宰|年回收|年存储|年储存)(?:能力)?(?:达|约|为)?$/;
/** Further items of the same list of capacities: 年产10万片抛光垫、10000吨TPU膜…项目. */
const CAPACITY_LIST = /(?:年产(?!值|量)|年加工|年处理|年生产)[^,。;!?:]*、$/;
const PROJECT_AFTER = /^[^,。;!?:]{0,48}?(?:项目|生产线|工程|厂房|车间|产业园)/;
/** The figures that define a named target or standard: 实现亩产900公斤、效益2000元的"双优"目标. */
const NAMED_TARGET_AFTER = /^[^,。;!?]{0,24}?的["“‘'][^"”’']{1,10}["”’'](?:目标|标准|要求|工程|行动|计划)/;
/** A selection named by the number it will pick: 启动10个最洁美村庄推选活动. */
const SELECTION_AFTER = /^[^,。;!?的]{0,12}(?:推选|评选|评比|选拔|遴选)活动/;

/**
 * Why the number described by `c` is not a reported quantity, or null when it is one.
 * The reasons are short English phrases for tests and debugging.
 */
export function notMetricReason(c: NumberContext): string | null {
  const { body, unit, surface, value, pre, afterUnit } = c;
  const share = SHARE_UNITS.has(unit);
  const beforeStart = body[c.start - 1] ?? "";
  const after = body.slice(c.end, c.end + 8);
  if (value === 0) return "zero";
  if (c.bare && !c.prefixHedged && !c.midHedge) return "slogan"; // 百名干部助百企, 千万工程, 润万家
  if (c.bare && c.midHedge === "来") return "vague"; // 百来块
  if (c.midHedge === "几") return "vague"; // 十几家: a dozen or so, like 几十个
  if (/分$/.test(pre) && /^(?:轮|批|次|期|步|阶段|个阶段|年|档)/.test(surface + afterUnit)) return "in so many rounds"; // 分4轮发放
  // a bare 超百亿元, 破亿元, 突破千亿元 is a milestone the report celebrates, not a figure it measured
  if (c.bare && THRESHOLD_HEDGE.has(c.prefixHedge) && c.prefixHedge !== "上" && MEASURE_UNITS.has(unit)) return "milestone";
  if (beforeStart === "第") return "ordinal";
  if (beforeStart === "每" && !SHARE_UNITS.has(unit)) return "denominator of a rate"; // 收购价每50公斤155元
  if (!c.arabic && !c.multiplied && !c.fraction && !share) {
    // 一个, 两家单位: articles; 三个毛芋收购点, 四次的变迁, 八个分区: a description, not a statistic
    if (value <= 2 && !c.approx) return "article";
    if (value <= 10 && !c.approx && !MEASURE_UNITS.has(unit)) return "descriptive count";
  }
  if (!c.multiplied && value <= 10 && !share && (c.arabic ? ABSTRACT_AFTER_ARABIC : ABSTRACT_AFTER).test(afterUnit)) {
    return "slogan"; // 三个"一号工程", 四个一批, 五项机制, 1个目标
  }
  if (inSloganOrTitle(body, c.quotes, c.i)) return "name";
  if (/(?:最后|最先|最初)$/.test(pre)) return "idiom"; // 最后一公里
  if (beforeStart !== "" && "+×*".includes(beforeStart)) return "formula";
  if (/^[+×*]/.test(body.slice(c.end, c.end + 1))) return "formula";
  if (CHROME_BEFORE.test(pre) || CHROME_AFTER.test(after)) return "page counter";
  if (COMPARISON_BEFORE.test(pre)) return "comparison";
  if (surface === "次" && MEETING_AFTER.test(afterUnit)) return "ordinal";
  if (beforeStart === "各" && !MEASURE_UNITS.has(unit)) return "per item"; // 坐艄、桩刀各1人
  if (!c.fraction && !c.rate && RATE_AFTER.test(body.slice(c.unitEnd, c.unitEnd + 16))) return "rate";
  if (!MONEY_UNITS.has(unit) && !share && (PER_CAPITA.test(pre) || PER_POPULATION.test(pre))) return "ratio per person or place";
  if ((surface === "口" || surface === "口人") && value <= 12 && FAMILY_BEFORE.test(pre)) return "family size";
  if (
    (CAPACITY_BEFORE.test(body.slice(Math.max(0, c.start - 8), c.start)) || CAPACITY_LIST.test(pre)) &&
    PROJECT_AFTER.test(body.slice(c.end, c.end + 50))
  ) {
    return "capacity in a project name";
  }
  if (NAMED_TARGET_AFTER.test(after)) return "definition of a named target";
  if (SELECTION_AFTER.test(afterUnit + body.slice(c.unitEnd + 8, c.unitEnd + 20))) return "name of a selection";
  if (THRESHOLD_HEDGE.has(c.prefixHedge) && !COUNTER_LIKE.has(unit) && !share && c.suffixHedge === "" && THRESHOLD_NOUN.test(body.slice(c.end, c.end + 6))) {
    return "threshold"; // 产值超亿元企业12家: the amount qualifies the noun
  }
  if (!share && body[c.end] === "的" && (c.suffixHedge === "以上" || c.suffixHedge === "以下" || THRESHOLD_BEFORE.test(body.slice(Math.max(0, c.start - 3), c.i)))) {
    return "threshold"; // 年销售额超亿元的电商专业村
  }
  if (/^(?:以上|以下|以内)$/.test(c.suffixHedge) && !share && THRESHOLD_NOUN.test(body.slice(c.end, c.end + 6))) return "threshold";
  if (
    !share &&
    !COUNTER_LIKE.has(unit) &&
    (THRESHOLD_HEDGE.has(c.prefixHedge) || c.suffixHedge === "以上" || c.suffixHedge === "以下" || /达到$/.test(pre)) &&
    SET_QUANTIFIER.test(pre) &&
    !TOTAL_WORD.test(pre)
  ) {
    return "threshold"; // 所有行政村年经营性收入突破10万元: a bar each one clears
  }
  if (LENGTH_UNITS.has(unit)) {
    if (DISTANCE_BEFORE.test(pre) || DIMENSION_BEFORE.test(pre)) return "distance";
    if (LONG_BEFORE.test(pre) && !/[全总]长/.test(pre) && body[c.end] === "的") return "dimension";
    const clauseAfter = /^[^,。;!?\n]{0,24}/.exec(body.slice(c.end))![0];
    if (!LENGTH_BUILT.test(pre) && !LENGTH_BUILT.test(clauseAfter)) return "distance";
  }
  if ((surface === "名" || surface === "位") && (/(?:前|后)$/.test(pre) || /排名|名列|位列|位居/.test(pre))) return "rank";
  if (unit === "度" && !/电/.test(pre)) return "temperature"; // 38度, 360度
  if (unit === "路" && !CHANNEL_CONTEXT.test(pre)) return "bus route";
  if (unit === "小时" && (!(c.multiplied || value >= 100) || !HOURS_VOLUME.test(pre) || HOURS_DURATION.test(pre))) return "duration";
  if (unit === "类" && PEOPLE_CLASSES.test(afterUnit)) return "classification";
  if (unit === "只" && !c.arabic && value <= 2) return "article";
  if (surface === "班" && /(?:年级|级|[高初][一二三]|[(])$/.test(pre)) return "class name";
  if (MONEY_UNITS.has(unit) && /价值$/.test(pre) && /^(?:的|奖)/.test(after)) return "prize value"; // 价值200元奖励
  return null;
}
