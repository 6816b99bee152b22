/**
 * Words that have the shape of a person's name (surname + 1-3 characters) but are not one. Many Zhejiang
 * county papers end a short item with the county it came from, "(龙泉)", "(温岭)", and many county names
 * start with a surname character; a byline parser must not take them for a reporter.
 */
const ZHEJIANG_PLACES =
  "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 上城 拱墅 西湖 滨江 萧山 余杭 临平 钱塘 富阳 " +
  "临安 桐庐 淳安 建德 海曙 江北 北仑 镇海 鄞州 奉化 余姚 慈溪 象山 宁海 鹿城 龙湾 瓯海 洞头 瑞安 乐清 " +
  "龙港 永嘉 平阳 苍南 文成 泰顺 南湖 秀洲 嘉善 海盐 海宁 平湖 桐乡 吴兴 南浔 德清 长兴 安吉 越城 柯桥 " +
  "上虞 诸暨 嵊州 新昌 婺城 金东 兰溪 义乌 东阳 永康 武义 浦江 磐安 柯城 衢江 江山 常山 开化 龙游 定海 " +
  "普陀 岱山 嵊泗 椒江 黄岩 路桥 临海 温岭 玉环 三门 天台 仙居 莲都 龙泉 青田 云和 庆元 缙云 遂昌 松阳 " +
  "景宁 浙江 上海 江苏 安徽 福建 江西 北京 深圳 苏州 南京 千岛湖 普陀山 莫干山 雁荡山 天目山 横店 乌镇 " +
  "西塘 南浔古镇 之江 钱江 东海 南海 中国 全国 全省 全市 全县 全区";

const COMMON_WORDS =
  "全文 全文完 全体 全部 全面 项目 单位 简称 公告 公示 公开 公司 国家 国家级 国际 国内 国有 万元 万人 万亩 " +
  "万户 上午 下午 中午 平台 平方米 明天 明年 明确 成立 成果 时间 时期 高新 高速 高质量 安全 安排 和美 " +
  "和谐 共同 东部 西部 南部 北部 左右 前后 上下 内外 文明 文化 文旅 文件 江南 江北 山区 海岛 海外 水利 " +
  "农村 农业 农户 资料 资料图 图片 照片 视频 草案 试行 暂行 修订 修正 征求意见稿 送审稿 节选 摘编 摘要 " +
  "原文 原题 下同 同上 以下 以上 包括 包含 含税 不含 均值 合计 总计 小计 备注 注释 附件 附表 附录 上接 " +
  "下转 续完 完 待续 上篇 下篇 中篇 一 二 三 第一 第二 第三 双休 双向 双方 双百 金奖 银奖 铜奖 钱塘江 " +
  "司法 司机 管理 管理员 经济 经营 程序 龙头 龙舟 凤凰 花园 花卉 牛奶 马路 石头 毛竹 叶片 林地 林业 " +
  "谷物 车辆 车间 宁静 方向 方案 方面 方式 计划 计算 任务 任何 田野 田间 苗木 史料 廉政 廉洁 雷锋 " +
  "温度 温暖 温馨 富裕 富民 和平 常态 常态化 包干 包装 应急 应用 宣传 宣讲 干部 干事 解决 解读 " +
  "甘蔗 乐园 乐享 易地 屈指 宗旨 柳树 章程 通知 通报 连续 通过 相关 相应 商务 商业 福利 福建 年度 " +
  "年底 年初 言论 爱心 阳光 邵氏 幸福 能力 能源 向上 向下 古镇 古城 古村 东方 欧洲 红色 红包 利用 " +
  "益处 公益 后续 后来 法律 法治 师生 都市 空间 简介 简报 那里 沙滩 相声 查询 荆棘 游客 权益 盖章 " +
  "桓台 晋级 楚天 岳阳 商贸 墨水 言行 福祉 年轻 爱国 阳台 佟家 言语 肖像 付款 兰花 练习 占地 麦田 " +
  "斯里兰卡 过程 尉犁 宛如 敬老 敬请 支持 支部 支出 关于 关键 关注 巩固 融合 融资 聚焦 冷链 辛苦 " +
  "曾经 须知 丰收 丰富 巢湖 相对 查看 游览 权利 盖茨 益阳 桓仁 公园 公路 公里 公顷 公交 公众 公共";

export const NOT_NAMES: ReadonlySet<string> = new Set(
  `${ZHEJIANG_PLACES} ${COMMON_WORDS}`.split(/\s+/).filter(Boolean),
);

/**
 * The place names among NOT_NAMES. Right after a role word ("记者 钱江", "通讯员 江山") such a word is a
 * reporter's name; a common word there is more likely a column label ("作者 简介", "记者 宣讲").
 */
export const PLACE_NOT_NAMES: ReadonlySet<string> = new Set(ZHEJIANG_PLACES.split(/\s+/).filter(Boolean));

/**
 * Characters that practically never occur in a given name (checked after the surname) but are common in
 * the parentheticals news text is full of: units, administrative levels, document words.
 */
export const NON_NAME_CHARS: ReadonlySet<string> = new Set(
  Array.from(
    "元年日省市县区乡村街局委厅院处室站队组版稿号届期条款项等的了是在及或者个件次亩米吨摄讯报网台社" +
      "图表注附含计率度型式类性级制所会协办部署案规划策则例律令节篇册卷页试点线路馆场岛域岸库渠堤坝" +
      "厂矿店铺楼栋幢房屋户口",
  ),
);
