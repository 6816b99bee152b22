/**
 * Small word lists used to cut a short label out of the clause around a number. They hold the
 * verbs and fillers of local-government reporting (培训, 走访, 结对, 累计, 今年以来 ...), not any
 * article's wording.
 */

/** Action verbs that head "verb + object" labels (选派干部, 办结诉求, 新增绿化面积). */
const VERB_LIST = `
培训 轮训 抽调 选派 选调 下派 派驻 结对 走访 走访服务 服务 办结 办理 提供 参与 参加 开展 举办 组织 召开 举行
投入 投资 完成 实现 新增 新建 建成 建设 打造 创建 培育 引进 引育 招引 签约 落地 落实 帮助 帮扶 带动 吸引
吸纳 接待 惠及 覆盖 受益 涉及 解决 化解 调解 受理 处置 查处 立案 处分 留置 移送 约谈 通报 发现 整改 排查
检查 督查 收集 征集 发放 拨付 筹集 争取 募集 捐赠 捐款 减免 节约 节省 挽回 追缴 收缴 激活 改造 提升 种植
流转 清理 清淤 整治 拆除 修复 绿化 造林 铺设 安装 配备 增设 设立 设置 开设 开通 成立 组建 建立 发展 评选
表彰 获评 入选 获得 邀请 确定 招聘 就业 增加 减少 增长 下降 提高 降低 达到 推出 出台 制定 印发 发布 编制
收到 接收 审批 核发 颁发 认定 评定 认证 监测 检测 巡查 巡河 巡林 宣讲 宣传 慰问 救助 资助 补助 补贴 奖励
兑现 授课 上线 上架 销售 出口 进口 生产 加工 收购 储备 引入 引导 输送 供应 处理 回收 利用 安置 搬迁 腾退
拆迁 征收 改建 扩建 修建 修缮 硬化 亮化 美化 连接 贯通 联系 对接 享受 喝上 用上 住上 吃上 拥有 走进 深入
入户 进村 下沉 挂职 交流 考察 调研 学习 观看 听取 回访 核查 核实 审核 评审 指导 辅导 服务企业 解决问题
收获 形成 汇聚 凝聚 集聚 累积 发动 招募 注册 登记 备案 办件 受益 签订 缔结 结成 结对帮扶 联系服务
完成投资 实施 推进 启动 开工 竣工 投用 投运 运行 改善 新开 开辟 开放 上马 谋划 储备 梳理 摸排 走访调研
建起 建好 用好 管好 配齐 配强 选优 选拔 任用 提拔 交流轮岗 考核 表扬 通报表扬 问责 追责 谈话 函询 批评教育
给予 现有 共有 整顿 转化 整顿转化 负责 用于 占 占比 确保 保障 保持 达 超过 突破 突破了
`;

export const VERBS: ReadonlySet<string> = new Set(VERB_LIST.split(/\s+/).filter(Boolean));
/** Longest verb length, to bound the scans. */
export const MAX_VERB = Math.max(...[...VERBS].map((v) => v.length));

/** Verbs too weak to stand as a label on their own ("开展活动3场" reads as 活动). */
export const WEAK_LEAD = /^(?:组织开展|开展了?|举办了?|召开了?|举行了?|拥有|共有|现有|建有|设有|有|是|为|对|向|给|在|确定)/;

/** Time, scope and filler words that open a clause but say nothing about what is counted. */
export const LEAD_FILLER = new RegExp(
  "^(?:" +
    [
      "今年以来", "今年来", "年初以来", "去年以来", "近年来", "近期", "近日", "日前", "目前", "当前", "如今", "现在",
      "截至目前", "截止目前", "截至[^,]{0,8}?(?:底|末|月)", "截止[^,]{0,8}?(?:底|末|月)", "自[^,]{0,10}以来",
      "\\d{4}年(?:度)?(?:以来)?", "[一二三四五六七八九十\\d]{1,2}月(?:份|底|初|中旬|上旬|下旬)?(?:以来)?",
      "上半年", "下半年", "全年", "年内", "今年", "去年", "明年", "前[一二三四五六七八九十\\d]{1,2}个?月",
      "近[一二三四五六七八九十两\\d]{1,2}年(?:来|间)?", "[一二三四五六七八九十两\\d]{1,2}年来",
      "同期", "其中", "此外", "另外", "同时", "并且", "并", "还", "又", "再次", "已经", "已", "共计", "总计",
      "合计", "累计", "一共", "共", "先后", "陆续", "现已", "目前已", "均", "都", "也", "则", "就", "更是",
      "全区", "全市", "全县", "全镇", "全乡", "全省", "全街道", "全村", "全域", "辖区内", "辖区", "区内", "市内",
      "县内", "镇内", "域内", "当地", "本地", "该区", "该县", "该市", "该镇", "该乡", "该街道", "该村", "该项目",
      "该公司", "该中心", "我区", "我市", "我县", "我镇", "我乡", "我街道", "我村", "我们", "他们", "大家",
      "力争(?:到\\d{4}年底?)?", "预计", "计划", "拟", "将", "可", "我省", "全省", "到\\d{4}年底?",
      "为了", "为", "对", "向", "给", "在", "由", "从", "通过", "依托", "围绕", "聚焦", "针对", "而", "则",
      "积极", "主动", "持续", "不断", "大力", "着力", "扎实", "切实", "有效", "首次", "成功", "顺利", "直接",
    ].join("|") +
    ")",
);

/** Copulas and hedges that sit between a label and its number (参与率达100%, 预算在3500万元). */
export const TRAIL_FILLER =
  /(?:达到了?|高达|多达|达|约为|为|在|约|共计|共有|共|计|有|超过|超|是|近|将近|逾|分别|累计|已|至|到|了|总数为|总计|合计|均|都|全部|的|可达|可|将|预计|突破)+$/;

/** Anywhere in a label: aspect particles and "already has" ("已有成员" -> 成员). */
export const INNER_FILLER = /已有|已经|了(?!解)|今年以来|近年来|截至目前|目前/g;

/** Endings that mark the text before a verb as its subject (杭州高新区 抽调, 回山镇纪委 投入). */
export const SUBJECT_END =
  /(?:区|县|市|省|镇|乡|街道|村|社区|片|(?:村|乡|镇|县|市|区|街道|社区)里|局|委|办|院|所|队|城|中心|集团|公司|党委|政府|分局|机关|单位|我们|他们|平台|协会|商会|联合会|组织部|宣传部|统战部|纪委|监委|团队|支部|部门|人员|工作组|专班|站|馆|堂|荟|[\u4e00-\u9fa5]{2}处)$/;

/** Attribute nouns that describe something named after 的: "容量880万立方米的前丁水库" -> 前丁水库容量. */
export const ATTRIBUTE_END =
  /(?:总容量|容量|库容|总面积|建筑面积|占地面积|占地|面积|全长|总长|长度|总投资|投资额|投资|规模|总产值|产值|人口|价值|总额|金额|总量)$/;

/** Measure heads shared by parallel items before 分别 ("城镇、村覆盖率分别达…" -> 城镇覆盖率, 村覆盖率). */
export const MEASURE_SUFFIX =
  /(?:人均可支配收入|可支配收入|覆盖率|参与率|满意率|完成率|达标率|合格率|增长率|使用率|利用率|普及率|知晓率|办结率|覆盖面|增加值|增速|增幅|比重|占比|比例|总额|金额|收入|产值|营收|面积|人数|户数|数量|总量|规模|投资|产量|销量|销售额|率)$/;

/** Place nouns counted directly by 个 and kept in the metric text ("9个村", "12个行政村"). */
export const VILLAGE_NOUNS: readonly string[] = [
  "行政村",
  "自然村",
  "村(社区)",
  "村(社)",
  "村(居)",
  "村社区",
  "村社",
  "村庄",
  "乡镇(街道)",
  "镇(街道)",
  "乡镇",
  "镇街",
  "社区",
  "街道",
  "村",
];
/** After a village noun these show it heads another word (村民小组, 社区居民, 村集体). */
export const VILLAGE_NOT_BEFORE = /^(?:民|居民|集体|干部|两委|书记|主任|卫生|医院|工作者|级|庄)/;

/** Longest verb in VERBS that starts at `pos` of `s`, or "". */
export function verbAt(s: string, pos: number): string {
  for (let len = Math.min(MAX_VERB, s.length - pos); len >= 1; len--) {
    const w = s.substr(pos, len);
    if (VERBS.has(w)) return w;
  }
  return "";
}

/** True when `s` ends with a verb from the lexicon; returns that verb. */
export function verbAtEnd(s: string): string {
  for (let len = Math.min(MAX_VERB, s.length); len >= 1; len--) {
    const w = s.slice(s.length - len);
    if (VERBS.has(w)) return w;
  }
  return "";
}

/** True when `s` is made only of lexicon verbs ("走访服务", "投入"). */
export function isAllVerbs(s: string): boolean {
  if (s.length === 0) return false;
  let i = 0;
  while (i < s.length) {
    const v = verbAt(s, i);
    if (!v) return false;
    i += v.length;
  }
  return true;
}
