// Word lists that keep place recognition from firing inside ordinary Chinese text.

const words = (s: string): readonly string[] => Array.from(new Set(s.split(/\s+/).filter((w) => w.length >= 2)));

/**
 * Ordinary words that collide with Zhejiang township stems or straddle place names ("浙江山区" must
 * not yield 江山, "创建德育" not 建德). Two uses:
 *  - a township stem in this list is never matched on its own, only as its full name (X镇/X街道);
 *  - as blocking tokens: a word here that overlaps a short name or stem without covering exactly the
 *    same characters wins, so the place reading is dropped.
 */
export const COMMON_WORDS: readonly string[] = words(`
中国 全国 国家 全省 全市 全县 全区 浙江 浙江省 省委 省政府 我省 本省 外省 省外 省内 国内 国外 海内外
建设 发展 经济 社会 工作 服务 管理 创新 改革 开放 提升 推进 推动 开展 实施 落实 加强 完善 深化 安全
新建 创建 组建 修建 兴建 重建 援建 筹建 承建 共建 构建 搭建 扩建 改建 续建 营建 封建
德育 德才 品德 道德 美德 师德 公德 立德
新兴 新城 新市 新区 新村 新街 新河 新桥 新塘 新安 新丰 新合 新明 新新 新华 新风 新貌 新春 新年 新闻
城东 城西 城南 城北 城中 城关 城厢 东城 西城 南城 北城 城乡 城区 城市 城镇
江南 江北 江东 江口 沿江 临江 滨江 滨海 海滨 湖滨 滨湖 沿海 近海 出海 海上 海口 海外
解放 和平 太平 平安 平和 和谐 和睦 前进 胜利 光明 东方 东风 向阳 朝阳 红星 红旗 幸福 团结 友谊
惠民 为民 便民 利民 安民 富民 文教 进化 保安
花园 公园 菜园 桃花 荷花 莲花 桃源 凤凰 白云 白鹤 白马 白杨 白塔 白石 灵芝 骆驼 梧桐 芙蓉 玲珑
大地 太阳 天河 天马 天成 太湖 大洋 大桥 大街 大门 大战 大唐 大同 大安 大盘 大田 大溪 大关 大云 大麻 大渔 大源
街头 村头 桥头 山口 山门 山川 河山 长河 小河 小港 长虹 长安 长乐 长街 高楼 高照 高桥 石桥 石门 水口 水头
状元 千金 贤良 聚贤 百官 孝顺 常绿 万全 万象 三甲 三合 三江 上方 前所 前路 古城 古镇 古市 合村 南宋 武林
春晓 春江 望江 望海 广度 中泰 东山 东渡 东湖 西湖 南湖 北湖 东林 东华 东新 东港 东源 南门 西门 北门
海西 岭南 北海 渤海 九龙 福田 金川 石林 鼓楼 虹桥 外滩 南汇
道场 佛堂 街道 社区 小区 景区 园区 片区 山区 市区 县城 乡镇 集镇 古街 老街
南明 阳明 罗家 周家 李家 黄家 高家 何家 姜家 赵家 詹家 洪家 家地 更楼 里山 双桥 双林 双溪 双塔 双庙
后宅 后溪 上华 上塘 上浦 中村 中河 中洲 临城 临山 五马 五龙 云龙 云山 仙都 信安 元和 仁和 东胜 八都
北山 北界 北苑 南苑 南市 南岳 南塘 南峰 同山 多湖 天水 头陀 妙高 宋村 官路 富山 常安 平水 广化 文新 文昌
星海 月河 月湖 朗霞 杨林 梅林 横山 横渡 横街 永和 永兴 永昌 沙湾 河上 河头 海山 海门 湖东 湖山 溪口 秀山
紫金 联城 花街 西关 诸葛 钟山 长山 长庆 长台 长水 长塘 马山 马桥 高坪 高市 高湖 高虹 龙山 龙门 黄龙 七星
东吴 东和 东洲 东溪 九华 元觉 前江 后山 官塘 富文 所前 文晖 方山 枫林 梅山 梅溪 清江 清湖 清波 灵峰 灵桥
环山 碧湖 福全 福明 罗星 胜山 花桥 路北 路南 金竹 金塘 金峰 银湖 锦城 上官 东郊 南郊 北郊 西郊 郊区
村民 居民 群众 干部 企业 项目 面临 海量 光临 降临 亲临 莅临 濒临 凯旋 胜利 光荣 繁荣 乡贤 新乡贤 三明治 大理石 普洱茶 水利 四平八稳 沟通
`);

/**
 * County short names that are also ordinary words or personal names (天台 a rooftop, 江山 a
 * landscape, 文成 a princess, 普陀 a Buddhist term ...). They need stronger context than the others:
 * a repeated bare mention is not evidence, and "在X" only counts when X is not followed by a locative.
 */
export const WORDLIKE_COUNTY_SHORTS: readonly string[] = words(`
天台 江山 文成 普陀 长兴 永康 武义 安吉 平湖 德清 建德 开化 常山 龙游 东阳 义乌 临海 路桥 定海 西湖 南湖
滨江 江北 钱塘 临安 镇海 三门 玉环 衢江 椒江 海盐 龙湾 平阳 永嘉 龙泉 象山 青田 仙居 云和 庆元 松阳 金东
上城
`);

/**
 * Generic township stems: they name a 街道/镇 in many Chinese cities, so a Zhejiang township with
 * such a stem (or a COMMON_WORDS stem) counts only when its county or city is also in the article.
 */
export const GENERIC_TOWN_STEMS: readonly string[] = words(`
城东 城西 城南 城北 城中 城关 城厢 东城 西城 南城 北城 新城 江南 江北 江东 江口 江滨 解放 建设 和平 太平
长安 白云 东湖 西湖 南湖 新兴 花园 朝阳 红星 前进 东方 大桥 新桥 桥头 石门 龙山 溪口 湖滨 滨江 滨海 海滨
新华 中山 人民 胜利 光明 东风 向阳 新街 新塘 新市 新安 七星 三江 高桥 横街
`);

/**
 * Words that break a full place name apart when they overlap its last character: "江山市场" is
 * 江山 + 市场 (a market), "滨江区域" 滨江 + 区域, "新昌乡村"/"新昌乡贤" 新昌 + 乡村 (not 新昌乡).
 */
export const OVERRIDE_WORDS: readonly string[] = words(`市场 区域 乡村 乡镇 乡贤`);

/**
 * Longer expressions in which a place name is not a place (or is a different thing): they block
 * the short name they contain.
 */
export const NON_PLACE_PHRASES: readonly string[] = words(`
天台上 楼顶天台 江山如画 江山多娇 江山社稷 大好江山 打江山 坐江山 守江山 文成公主 平阳公主 普陀洛迦
依山临海 背山临海 面山临海 临海而 常山赵子龙 平湖秋月 东阳光 安吉拉 安吉丽娜 杨玉环 临安府 钱塘江 钱塘潮
定海神针 路桥费 路桥建设 路桥工程 路桥施工 道路桥梁 公路桥 交通路桥 永嘉之乱 永嘉南渡 大江东去 西湖龙井
杭州湾 开化程度 思想开化 开化寺 黄浦江 富春江 新安江
东阳江 曹娥江 楠溪江 瓯江 飞云江 南明山 天目山 雁荡山 四明山 会稽山 龙门山
`);

/**
 * Ordinary words that are township stems but, right after a county name or in a list, still read as
 * words: verbs and set phrases (缙云新建一批…, 景宁大地上, 安吉山川秀美, 建设、发展等乡镇工作).
 * Other stems right after their county read as the township (诸暨大唐, 温岭城东).
 */
export const NOT_CHAINED_STEMS: readonly string[] = words(`
新建 建设 前进 解放 保安 惠民 安民 进化 平和 和平 太平 新兴 大地 山川 河山 东方 三合 上方 孝顺 万象 聚贤
高照 道场 大战 千金 广度 长乐 永和 永兴 永昌 天成 万全 文教 高楼 大门 大关 里山 家地
`);
