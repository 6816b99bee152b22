/**
 * Measure words and units that can follow a number in Zhejiang news text, and the words that show
 * a "unit" character is really the start of another word (个月 is a duration, 位于 a verb, 台州 a city).
 * Years, months, days, ages, grades and ranks are deliberately absent: a number followed by
 * 年/月/日/岁/级/号/天 is never reported as a metric. 小时 is here only for cumulative hours, which
 * extract.ts tells from durations.
 */

export type UnitDef = {
  /** As written after the number. */
  surface: string;
  /** Unit reported in the metric (名/位 -> 人, ㎡ -> 平方米); money is expanded to 元 by the multiplier. */
  unit: string;
  /** Only after Arabic digits: with Chinese numerals these are idioms (一方面, 三口之家, 一节课). */
  arabicOnly?: boolean;
  /** Following text that turns the surface into part of another word. */
  notBefore?: readonly string[];
};

const chars = (s: string): string[] => [...s];

const DEFS: UnitDef[] = [
  // people
  { surface: "人次", unit: "人次" },
  // 人(次): person-times written with the counter in brackets
  { surface: "人(次)", unit: "人次" },
  { surface: "人（次）", unit: "人次" },
  // 八人制足球场 is a format, not a count
  { surface: "人", unit: "人", notBefore: chars("民大社居力工均们文气间生体情事心格性物类像脸流头选士制") },
  { surface: "名", unit: "人", notBefore: chars("单称片誉录义胜牌字次额言列") },
  { surface: "位", unit: "人", notBefore: chars("于置列居次数移") },
  // 八百多口人, 1100余口人: a population count, read as 人
  { surface: "口人", unit: "人" },
  // households and enterprises
  { surface: "户次", unit: "户次" },
  { surface: "户(次)", unit: "户次" },
  { surface: "户", unit: "户", notBefore: chars("籍外口型晓") },
  { surface: "家次", unit: "家次" },
  { surface: "家(次)", unit: "家次" },
  { surface: "家（次）", unit: "家次" },
  { surface: "家", unit: "家", notBefore: chars("庭长属风务乡园境当喻村") },
  // generic counters
  {
    surface: "个百分点",
    unit: "百分点",
  },
  {
    surface: "个",
    unit: "个",
    notBefore: [
      "月", "多月", "余月", "半月", "工作日", "小时", "多小时", "半小时", "钟头", "星期", "礼拜",
      "季度", "年头", "春秋", "周末", "晚上", "昼夜", "体", "性", "税", "别", "字",
    ],
  },
  { surface: "件次", unit: "件次" },
  { surface: "件", unit: "件" },
  { surface: "人天", unit: "人天" },
  { surface: "次", unit: "次", notBefore: chars("日年要序生级") },
  { surface: "场次", unit: "场次" },
  { surface: "场", unit: "场", notBefore: chars("所地景馆面合域站长部内外上") },
  { surface: "对", unit: "对", notBefore: chars("接象于标比话策外口照待应手方抗立称冲流一二两三多焦齐表") },
  { surface: "项次", unit: "项次" },
  { surface: "项", unit: "项", notBefore: chars("目链") },
  { surface: "条", unit: "条", notBefore: chars("件例款理幅纹形码约") },
  { surface: "批次", unit: "批次" },
  { surface: "批", unit: "批", notBefore: chars("准复示评判发量阅") },
  { surface: "期", unit: "期", notBefore: ["间", "限", "末", "待", "望", "盼", "货", "权", "工程", "项目"] },
  { surface: "支", unit: "支", notBefore: chars("持付出撑援柱部行配流线书票") },
  { surface: "台套", unit: "台套" },
  { surface: "台", unit: "台", notBefore: chars("州账阶风湾胞上下前后词面资球历") },
  { surface: "辆", unit: "辆" },
  { surface: "艘", unit: "艘" },
  { surface: "架次", unit: "架次" },
  { surface: "架", unit: "架", notBefore: chars("构设势子") },
  { surface: "车次", unit: "车次" },
  // trips, sailings and vessel calls (少跑县城3000多趟, 发船218航次, 卸货渔船1200艘次)
  { surface: "趟次", unit: "趟次" },
  { surface: "趟", unit: "趟", arabicOnly: true },
  { surface: "航次", unit: "航次" },
  { surface: "艘次", unit: "艘次" },
  { surface: "台次", unit: "台次" },
  { surface: "辆次", unit: "辆次" },
  { surface: "班次", unit: "班次" },
  // sailings, runs and classes (往返16班, 开设12班); with Chinese numerals an idiom (两班倒, 一班人)
  { surface: "班", unit: "班", arabicOnly: true, notBefore: chars("子级长组车主底次会务线前后列规人车轮") },
  { surface: "间", unit: "间", notBefore: chars("隔距接歇断或谍") },
  { surface: "套", unit: "套", notBefore: chars("餐路取用牢") },
  { surface: "张", unit: "张", notBefore: chars("贴扬力望开罗家某弛") },
  { surface: "份", unit: "份", notBefore: chars("额子内量") },
  { surface: "篇", unit: "篇", notBefore: chars("章幅目") },
  { surface: "处", unit: "处", notBefore: chars("理置罚分长室境于事级方在处") },
  { surface: "栋", unit: "栋" },
  { surface: "幢", unit: "幢" },
  { surface: "株", unit: "株" },
  { surface: "棵", unit: "棵" },
  { surface: "头", unit: "头", notBefore: chars("雁部条脑版号绪像衔等戴") },
  { surface: "只", unit: "只", notBefore: chars("有要是能会需在用剩好管不因得知顾身争读") },
  { surface: "羽", unit: "羽" },
  { surface: "标准箱", unit: "标准箱" },
  { surface: "标箱", unit: "标准箱" },
  { surface: "TEU", unit: "标准箱" },
  { surface: "箱", unit: "箱" },
  { surface: "本", unit: "本", arabicOnly: true, notBefore: chars("地土次届领身报市区县镇村省级质着来年月期部科职人源原色轮批单能位底周") },
  { surface: "册", unit: "册", notBefore: chars("子") },
  // elevators, plays and films (加装电梯31部, 上演剧目24部); 部门, 部分, 部署 are other words
  { surface: "部", unit: "部", arabicOnly: true, notBefore: chars("门分署长队位落件属委署级署机门署") },
  { surface: "块", unit: "块", notBefore: chars("状垒") },
  { surface: "盏", unit: "盏" },
  // 所学校, 所医院 count buildings: 所 + 学 after a number is 所学校/所学院, not the verb phrase 所学
  { surface: "所", unit: "所", notBefore: chars("有在属以得需谓长知说做为述致能用见提涉作") },
  { surface: "座", unit: "座", notBefore: chars("谈位右机") },
  { surface: "组", unit: "组", notBefore: chars("织建成团合长件图装阁委") },
  { surface: "轮", unit: "轮", notBefore: chars("车胎船流换岗值番椅廓") },
  { surface: "堂", unit: "堂" },
  { surface: "节", unit: "节", arabicOnly: true, notBefore: chars("日约能点目奏省气庆") },
  { surface: "口", unit: "口", arabicOnly: true, notBefore: chars("号径碑岸子头罩之语味才令红袋") },
  { surface: "单", unit: "单", arabicOnly: true, notBefore: chars("位元独项个一身纯薄品车列子据") },
  { surface: "笔", unit: "笔", notBefore: chars("记者试画直墨名") },
  { surface: "宗", unit: "宗", notBefore: chars("旨教族祠师") },
  // channels of video surveillance (接入视频监控4800余路); extract.ts keeps 路 to that context
  { surface: "路", unit: "路", arabicOnly: true, notBefore: chars("公车巴口线段面灯网径上下边况人由费基桥演标牌旁过沿途") },
  // hours as a volume (累计志愿服务1.2万小时); extract.ts drops durations (24小时, 缩短至6小时)
  { surface: "小时", unit: "小时" },
  { surface: "课时", unit: "课时" },
  { surface: "学时", unit: "学时" },
  // customs declarations of market procurement trade (出口8419票); 热度123票 is page chrome
  { surface: "票", unit: "票", arabicOnly: true, notBefore: chars("据房价证务选面数友决根") },
  // tables of a banquet (二三十桌)
  { surface: "桌", unit: "桌", notBefore: chars("子面椅上前边布") },
  // wafers, films and slices (年产360万片); 片区 and 片段 are other words
  { surface: "片", unit: "片", arabicOnly: true, notBefore: chars("区面刻段子语式林田状叶源花") },
  // "4村入选": a count of villages without its counter, read as 个 like 9个村
  { surface: "村", unit: "个", arabicOnly: true, notBefore: chars("民委级干庄集两务里口内规落镇社居(（") },
  { surface: "起", unit: "起", notBefore: chars("步草点底来源始跑飞诉码义因初床身到伏航居") },
  { surface: "例", unit: "例", notBefore: chars("如会外行证子题") },
  // kinds, products and goods (12类, 210万种, 30款, 7枚金牌, 12.5万群蜂, 860万袋菌棒, 50万尾鱼苗)
  { surface: "类", unit: "类", notBefore: chars("似型别水") },
  {
    surface: "种",
    unit: "种",
    // 100余种植户 is 100 growers, not 100 kinds
    notBefore: ["植户", "植大户", "养户", "养大户", "粮户", "粮大户", "子", "族", "田", "地"],
  },
  { surface: "款", unit: "款", notBefore: chars("项式待额") },
  { surface: "枚", unit: "枚", notBefore: chars("举") },
  { surface: "群", unit: "群", notBefore: chars("众体岛落组聊主峰山英星像租防测治团居里内") },
  { surface: "袋", unit: "袋", notBefore: chars("鼠") },
  { surface: "尾", unit: "尾", notBefore: chars("声款巴部气货矿水号数端随盘期箱灯厢") },
  { surface: "幅", unit: "幅", notBefore: chars("度员") },
  { surface: "首", unit: "首", notBefore: chars("次批届府都先席要选付个位家创发日期站款台") },
  { surface: "颗", unit: "颗", notBefore: chars("粒") },
  { surface: "瓶", unit: "瓶", notBefore: chars("颈装子") },
  { surface: "盒", unit: "盒", notBefore: chars("子饭马装") },
  { surface: "桶", unit: "桶", notBefore: chars("装子") },
  { surface: "双", unit: "双", arabicOnly: true, notBefore: chars("向方赢胞休重百一十语减拥城创轨打证周") },
  { surface: "门", unit: "门", arabicOnly: true, notBefore: chars("口户类槛店诊面前票禁卫窗楣市头庭路径") },
  { surface: "根", unit: "根", arabicOnly: true, notBefore: chars("据本源治基系深雕植部须") },
  // money (万元/亿元 arrive as multiplier + 元)
  { surface: "元", unit: "元", notBefore: chars("旦素宵年首老件器化气宇") },
  { surface: "美元", unit: "美元" },
  { surface: "欧元", unit: "欧元" },
  { surface: "港元", unit: "港元" },
  // area
  { surface: "亩", unit: "亩" },
  { surface: "公顷", unit: "公顷" },
  { surface: "平方公里", unit: "平方公里" },
  { surface: "平方千米", unit: "平方千米" },
  { surface: "平方米", unit: "平方米" },
  { surface: "平米", unit: "平方米" },
  { surface: "㎡", unit: "平方米" },
  { surface: "m²", unit: "平方米" },
  { surface: "km²", unit: "平方公里" },
  // volume
  { surface: "立方米", unit: "立方米" },
  { surface: "m³", unit: "立方米" },
  { surface: "方", unit: "立方米", arabicOnly: true, notBefore: chars("面式案法向针阵便言位舱队形正可能才圆块格程") },
  { surface: "升", unit: "升", arabicOnly: true, notBefore: chars("级高华格值温降学旗起职至到") },
  // length
  { surface: "公里", unit: "公里" },
  { surface: "千米", unit: "千米" },
  { surface: "km", unit: "公里" },
  { surface: "㎞", unit: "公里" },
  { surface: "米", unit: "米", notBefore: chars("粒饭面线酒糠兰其") },
  // weight
  { surface: "吨", unit: "吨" },
  { surface: "公斤", unit: "公斤" },
  { surface: "千克", unit: "公斤" },
  { surface: "kg", unit: "公斤" },
  { surface: "斤", unit: "斤" },
  // energy and power
  { surface: "千瓦时", unit: "千瓦时" },
  { surface: "kWh", unit: "千瓦时" },
  { surface: "千瓦", unit: "千瓦" },
  { surface: "kW", unit: "千瓦" },
  { surface: "兆瓦", unit: "兆瓦" },
  { surface: "MW", unit: "兆瓦" },
  { surface: "度", unit: "度", arabicOnly: true, notBefore: chars("假过日量较上") },
  // shares
  { surface: "%", unit: "%" },
  { surface: "％", unit: "%" },
  { surface: "‰", unit: "‰" },
  { surface: "百分点", unit: "百分点" },
  { surface: "成", unit: "成" },
];

const BY_FIRST = new Map<string, UnitDef[]>();
for (const d of DEFS) {
  const k = d.surface[0]!;
  const list = BY_FIRST.get(k) ?? [];
  list.push(d);
  BY_FIRST.set(k, list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.surface.length - a.surface.length);

/**
 * 成 is a share (七成以上, 增长两成, 近8成劳动力, 8成通过电商销售) unless it starts a word of its
 * own: 成为, 成立, 成果, 成本, 一成不变, 九成新, 七成熟, 成员. After a numeral 成竹, 成家, 成人, 成年 are
 * shares of bamboo goods, families, adults and young people (四成竹制品销往海外).
 */
const CHENG_WORD = /^成(?:为|立|果|效|本|功|绩|员|长|熟|交|型|形|片|套|群|规|才|就|品|都|败|真|像|风|色|分|份|因|行|图|林|网|链|批|串|堆|团|器|语|事|章|不|新|全|名|材|活|药|书|文|稿|方|对|双|倍|千|百|万|亿|[0-9一二三四五六七八九十])/;

export type UnitMatch = { def: UnitDef; end: number };

/**
 * The unit written at `pos`, longest first, or null when there is none or the text shows the
 * characters belong to another word (the longest candidate decides: 个月 does not fall back to 个).
 */
export function matchUnit(body: string, pos: number, arabic: boolean): UnitMatch | null {
  const list = BY_FIRST.get(body[pos] ?? "");
  if (!list) return null;
  for (const def of list) {
    if (!body.startsWith(def.surface, pos)) continue;
    const end = pos + def.surface.length;
    if (def.arabicOnly && !arabic) return null;
    if (def.notBefore) {
      for (const w of def.notBefore) if (body.startsWith(w, end)) return null;
    }
    if (def.surface === "成" && CHENG_WORD.test(body.slice(pos, pos + 2))) return null;
    // Latin units must not run into more letters ("kmh", "kWp")
    if (/[a-zA-Z]$/.test(def.surface) && /[a-zA-Z]/.test(body[end] ?? "")) return null;
    return { def, end };
  }
  return null;
}

export const UNIT_DEFS: readonly UnitDef[] = DEFS;
