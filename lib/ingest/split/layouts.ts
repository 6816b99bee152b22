// Short invented pages in the layouts the project's first segmenter was written for (markdown
// headings, kicker/title/subtitle stacks, closing bylines in parentheses, captions inside a report,
// numbered and bold sub-headings, WeChat digests), labelled for training the splitter. Written for
// this file: the events, people and figures are invented, the places are real. The segment tests use
// other pages in the same layouts, so they check that the model learned the layout, not these pages.
import type { LabelledPage, Span } from "./labels";

/** A page: lines outside every report above and below, and its reports as lists of lines. */
type LayoutPage = { id: string; head?: string[]; reports: string[][]; tail?: string[]; join?: string };

const PAGES: LayoutPage[] = [
  {
    id: "kicker-title-subtitle",
    reports: [
      [
        "深化“最多跑一次”改革",
        "黄岩:企业开办一日办结",
        "——黄岩区市场监管局优化营商环境纪实",
        "",
        "本报记者 严小舟 本报通讯员 蒋一帆",
        "",
        "“营业执照、公章、发票一次领齐,半天就办完了。”日前,在黄岩区行政服务中心,一家模具企业的负责人说。",
        "",
        "今年以来,黄岩区新设企业3200余家,开办时间压缩到半个工作日。",
      ],
    ],
  },
  {
    id: "parentheticals",
    reports: [
      [
        "## 温州出台人才新政",
        "",
        "《温州市高层次人才引进办法(试行)》近日发布,温州经开区(瓯江口新区)同步实施。",
        "",
        "(二)",
        "",
        "《人才安居三年计划(2024-2026年)》明确,各县(市、区)均设人才驿站。",
        "",
        "(县、市)",
      ],
    ],
  },
  {
    id: "plain-titles-closing-bylines",
    reports: [
      ["泰顺廊桥申遗工作提速", "", "近日,泰顺县完成北涧桥、溪东桥等6座廊桥的本体修缮。", "", "(林一帆)"],
      ["景宁畲乡三月三活动开幕", "", "景宁畲族自治县举办三月三民俗活动,吸引游客5万人次。", "", "(蓝晓 雷鸣)"],
      ["云和木玩企业拓展海外市场", "", "云和县木制玩具出口额同比增长18%,新增外贸企业12家。", "", "(柳青)"],
    ],
  },
  {
    id: "caption-inside-sentence",
    reports: [
      [
        "## 海宁皮革城转型",
        "",
        "海宁市以中国皮革城为龙头,推动时尚",
        "",
        "",
        "▲海宁中国皮革城夜景。 (通讯员 朱一鸣 摄)",
        "",
        "产业与直播电商融合,去年交易额超过200亿元。",
        "",
        "皮革城内已入驻直播机构60余家。",
      ],
    ],
  },
  {
    id: "caption-wrapped",
    reports: [
      [
        "## 仙居杨梅开摘",
        "",
        "图为果农在仙居县步路乡",
        "采摘东魁杨梅。(记者 王小溪 摄)",
        "",
        "仙居杨梅进入采摘期,全县杨梅种植面积达14万亩。",
      ],
      ["## 天台云雾茶上市", "", "天台县云雾茶开采,预计春茶产值3亿元。", "", "(许晴)"],
    ],
  },
  {
    id: "agency-bullets-roles",
    reports: [
      ["## 宁波打造国际港口名城", "", "新华社宁波5月8日电(记者 张晓海 通讯员 李一舟)宁波今年将新开集装箱航线10条。"],
      ["## 嘉兴推进科创走廊建设", "", "■本报记者 陆一鸣 通讯员 沈丹青", "", "嘉兴科技城新引进研发机构23家。"],
      ["## 衢州打造四省边际中心城市", "", "文/徐晓岚 图/郑一凡", "", "衢州市新建省际合作项目31个。", "", "(记者徐晓岚/文 郑一凡/摄)"],
    ],
  },
  {
    id: "sub-headings-closing-bylines",
    reports: [
      [
        "桐庐以文旅融合带动乡村共富",
        "",
        "今年以来,桐庐县坚持文旅融合,推动乡村共富走深走实。",
        "",
        "以景带村 激活闲置资源",
        "",
        "该县盘活闲置农房300余幢,引进民宿项目52个。",
        "",
        "以节聚客 打响乡村品牌",
        "",
        "全县举办乡村节庆活动40余场,接待游客120万人次。",
        "",
        "(方一舟)",
      ],
      ["富阳建设运动休闲小镇", "", "富阳运动休闲小镇今年已引进赛事项目15个。", "", "(孙晓)"],
    ],
  },
  {
    id: "numbered-markdown-sub-headings",
    reports: [
      [
        "# 温州瓯江口新区建设提速",
        "",
        "今年以来,瓯江口新区完成固定资产投资120亿元。",
        "",
        "## 一、产业平台扩容",
        "",
        "新引进制造业项目26个。",
        "",
        "## 二、城市功能完善",
        "",
        "**滨海公园对外开放**",
        "",
        "滨海公园一期建成开放。",
      ],
    ],
  },
  {
    id: "numbered-sub-headings",
    reports: [["## 义乌深化国际贸易综合改革", "", "义乌市推进四项改革。", "", "一、优化市场采购贸易", "", "全年市场采购出口额增长12%。", "", "二、培育跨境电商", "", "新增跨境电商主体1800家。"]],
  },
  {
    id: "organisation-bylines",
    reports: [
      ["## 开化:清水鱼养殖助农增收", "", "县融媒体中心记者 汪 洋  本报首席记者 程 远", "", "开化县清水鱼养殖户今年人均增收1.5万元。"],
      ["## 龙泉:宝剑小镇迎来研学团", "", "共享联盟龙泉站 季 风 融媒记者 吴 桐", "", "龙泉宝剑小镇今年已接待研学团队600余批。"],
    ],
  },
  {
    id: "byline-above-dateline",
    join: "\n",
    reports: [
      ["义乌国际陆港新开通货运班列", "记者 楼 宇　通讯员 陈 帆", "本报讯 5月6日,一趟中欧班列从义乌西站发出,搭载集装箱100个。", "陆港今年已开行班列650列。"],
      ["兰溪:杨梅节吸引游客", "见习记者 唐 一", "今年以来,兰溪市马涧镇杨梅基地接待游客3万余人次。", "镇里还新建游客中心一座。(据《兰江导报》)"],
    ],
  },
  {
    id: "wechat-digest",
    head: ["早安,永康丨5月20日,星期一", "永康发布 2024-05-20 07:00", "", "今天是2024年5月20日,农历四月十三,星期一。", "今日永康:晴,20℃~31℃,南风2级。"],
    reports: [
      ["01", "永康五金产品亮相国际展会", "", "近日,永康30余家五金企业参加国际五金展,意向订单超2亿元。"],
      ["02", "城区新建口袋公园6个", "", "今年以来,永康城区新建口袋公园6个,方便市民休闲。"],
      ["03", "西溪镇举办农民运动会", "", "西溪镇第三届农民运动会开幕,参赛村民800余人。"],
    ],
  },
  {
    id: "wechat-digest-account-above",
    head: ["某某发布", "早安,德清丨6月3日", "", "今天是2024年6月3日,星期一。今日德清:多云,22℃~30℃。"],
    reports: [
      ["1", "德清地理信息企业新增40家", "", "今年以来,德清地理信息小镇新增企业40家,产值增长15%。"],
      ["2", "莫干山镇民宿入住率回升", "", "五一以来,莫干山镇民宿平均入住率超过八成。"],
    ],
  },
  {
    id: "narrow-column-no-blank-lines",
    join: "\n",
    reports: [
      ["富阳造纸企业转型升级", "本报讯(记者 孙一帆 通讯员", " 何丽)近日,富阳区造纸产业", "园完成技术改造,新增产值", "每年5亿元。园区负责人表", "示,将继续推进绿色生产。", "(孙一帆)"],
      ["临安山核桃开杆采收", "临安区岛石镇的山核桃林里,", "村民们正忙着采收。今年全镇山", "核桃种植面积达8万亩,预计", "产值4亿元。", "(周晓东 吴芳)"],
      ["安吉竹林碳汇交易启动", "国庆前夕,安吉县完成首批竹", "林碳汇交易,成交碳汇量1", ".2万吨。"],
    ],
  },
  {
    id: "untitled-one-report",
    reports: [["近日,温岭市石塘镇新建渔港避风塘1座。", "", "避风塘建成后,渔船停泊更加安全。", "", "镇里还配套建设了渔民服务中心。"]],
  },
  {
    id: "dateline-without-title",
    reports: [
      ["## 海盐核电关联产业集聚", "", "海盐县核电关联产业企业达到160家。"],
      ["本报讯(记者 马一鸣)嵊州越剧小镇上半年接待游客超过200万人次。"],
      ["本报讯 新昌县调腔剧团今年送戏下乡120场。"],
    ],
  },
  {
    id: "continuation-headline",
    reports: [
      ["余杭:未来科技城再添研发平台", "", "本报讯(记者 钟一鸣)余杭区未来科技城新建研发平台5个,新引进高层次人才团队12个,", "新增科技型企业超过300家。(下转第3版)"],
      ["临平:运河街道建成共富工坊", "", "本报讯 临平区运河街道建成共富工坊8家,带动就业600余人。", "", "(陆一帆)"],
      ["余杭:未来科技城再添研发平台", "(上接第1版)园区还将建设人才公寓2000套,配套学校和医院各一所。"],
    ],
  },
];

/**
 * The invented layout pages as labelled pages (a report's span runs from its first to its last line).
 * A continuation ("(上接第1版)") is labelled as a report of its own: the model learns that it opens
 * one, and lib/ingest/split/cut.ts joins it to the story it continues.
 */
export function layoutPages(): LabelledPage[] {
  return PAGES.map((p) => {
    const join = p.join ?? "\n\n";
    let text = "";
    const reports: Span[] = [];
    if (p.head) text += p.head.join("\n") + join;
    p.reports.forEach((r, k) => {
      if (k > 0) text += join;
      const start = text.length;
      text += r.join("\n");
      reports.push({ start, end: text.length });
    });
    if (p.tail) text += join + p.tail.join("\n");
    return { id: `layouts/${p.id}`, text: `${text}\n`, reports, origin: "layouts" };
  });
}
