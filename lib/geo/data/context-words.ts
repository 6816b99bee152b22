// Words around a place name that tell whether it is used as a place (the ones other layers read too,
// 在X/X里/全县, live in lib/zh/place-words.ts).

const words = (s: string): readonly string[] => Array.from(new Set(s.split(/\s+/).filter((w) => w.length >= 1)));

/**
 * After a county short name: organizations, offices and facilities named after the county
 * (新昌发改局, 上城分局, 仙居收费站, 临海北收费站 via an optional direction, 天台籍).
 */
export const COUNTY_ORG_SUFFIXES: readonly string[] = words(`
公安 分局 派出所 法院 人民法院 检察院 人民检察院 交警 消防 收费站 服务区 互通 枢纽 高铁站 火车站 汽车站
客运中心 机场 港区 高新区 高新技术产业开发区 经济开发区 经济技术开发区 经开区 开发区 工业园区 产业园 城区 县域 籍
农商银行 农商行 供电 融媒体中心 日报 广电 广播电视台 人民医院 中医院 中学 团委 妇联 总工会 工商联 侨联
统战部 组织部 宣传部 政法委 纪委 监委 人大 政协 发改 财政局 教育局 民政局 人社局 住建局 交通运输局 水利局
农业农村局 商务局 文旅 文广 卫健 应急管理局 市场监管局 市场监督管理局 统计局 医保局 林业局 税务 气象局
审计局 司法局 经信局 科技局 综合行政执法局 自然资源 生态环境 水务 交投 城投 国投 供销社 人武部 农业局
`);

/** Facility suffixes that may follow a direction character (临海北收费站). */
export const DIRECTIONAL_FACILITIES: readonly string[] = words(`收费站 服务区 互通 枢纽 高铁站 站`);

/**
 * After a township stem: facilities and offices named after the township (章安收费站, 章安派出所).
 * A stem also needs its county or city somewhere in the article.
 */
export const TOWN_FACILITY_SUFFIXES: readonly string[] = words(`
收费站 服务区 互通 枢纽 派出所 卫生院 中心卫生院 中心小学 中心校 中学 小学 初级中学 人民政府 党委 纪委 人大
街道办 办事处 司法所 财政所 供电所 人民法庭 法庭 中队 农贸市场 工业园区 工业区 工业功能区 便民服务中心 文化站
古镇 镇政府 乡政府 码头 客运码头 渡口 客运站 汽车站 渔港 中心渔港
`);

/** Common surnames: "李金华说" is a person, not 金华. */
export const SURNAMES: ReadonlySet<string> = new Set(
  words(`王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董
袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱
江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 莫 孔 向 汤 应 楼 俞 虞 屠 裘 竺 童 傅 施 洪 倪
章 鲍 葛 翁 柴 骆 褚 岑 卓 包 单 鲁 祝 詹 蓝 雷`),
);

/** Right after a name: the name belongs to a person. */
export const PERSON_AFTER: readonly string[] = words(`
说 表示 介绍 告诉 认为 指出 强调 坦言 感慨 同志 书记 主任 局长 县长 区长 市长 镇长 副 等人 老师 医生 经理 先生 女士
`);

/** Right before a surname: a title or role, so what follows is a person's name. */
export const PERSON_BEFORE: readonly string[] = words(`
记者 通讯员 书记 主任 局长 县长 区长 市长 镇长 负责人 委员 代表 干部 村民 党员 老师 医生 同志 队长 经理 董事长 摄影
`);
