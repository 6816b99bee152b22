// Places outside Zhejiang that Zhejiang news names often: provinces, big cities, the pairing-
// assistance areas (新疆阿克苏, 四川, 贵州, 吉林, 青海, 西藏 ...), Shanghai districts, countries.
// They are never resolved to Zhejiang; they block Zhejiang names they overlap ("三门峡" is not
// 三门, "龙泉驿" not 龙泉), mark a following Zhejiang-looking name as foreign ("上海市普陀区",
// "苏州城南街道"), and an article about them gets no Zhejiang place.
// Names equal to a Zhejiang name (普陀区, 江北区, 西湖区, 浦江县 ...) are deliberately absent: context decides.

import { OTHER_PROVINCES } from "../../zh/place-words";

const names = (s: string): string[] => s.split(/\s+/).filter((w) => w.length >= 2);

const PROVINCES = [...OTHER_PROVINCES];

const CITIES = names(`
石家庄 唐山 保定 邯郸 廊坊 雄安 秦皇岛 张家口 承德 太原 运城 临汾 晋中 呼和浩特 包头 鄂尔多斯 赤峰 通辽
沈阳 大连 鞍山 抚顺 丹东 锦州 营口 长春 吉林市 延边 延吉 珲春 图们 敦化 和龙 汪清 安图 白山 辽源 
松原 白城 哈尔滨 齐齐哈尔 牡丹江 佳木斯 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江
泰州 宿迁 昆山 江阴 张家港 常熟 太仓 吴江 宜兴 溧阳 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山市 滁州
阜阳 宿州 六安 亳州 池州 宣城 宁国 歙县 黟县 绩溪 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 福鼎
寿宁 柘荣 周宁 南昌 景德镇 萍乡 九江 鹰潭 赣州 吉安 宜春 抚州 上饶 婺源 广丰 济南 青岛 烟台
潍坊 临沂 淄博 济宁 威海 郑州 洛阳 开封 新乡 许昌 信阳 三门峡 武汉 宜昌 襄阳 荆州 黄冈 孝感 咸宁
随州 十堰 恩施 神农架 长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 湘西 娄底 邵阳 广州
深圳 珠海 汕头 佛山 韶关 湛江 肇庆 江门 茂名 惠州 梅州 汕尾 河源 阳江 清远 东莞 潮州 揭阳 云浮 南宁
柳州 桂林 百色 梧州 钦州 防城港 海口市 三亚 儋州 成都 绵阳 德阳 宜宾 泸州 乐山 眉山 资阳 遂宁 内江 自贡
攀枝花 广安 广元 南充 巴中 达州 雅安 阿坝 甘孜 凉山 九寨沟 若尔盖 理塘 稻城 贵阳 遵义 六盘水 安顺 毕节
铜仁 黔东南 黔西南 黔南 凯里 榕江 雷山 丹寨 剑河 黎平 三穗 岑巩 施秉 麻江 望谟 册亨
晴隆 兴义 贞丰 昆明 大理 丽江 西双版纳 曲靖 玉溪 保山 普洱 临沧 楚雄 红河州 文山州 怒江 迪庆
德宏 昭通 拉萨 日喀则 林芝 昌都 那曲 山南市 阿里地区 西安 延安 宝鸡 咸阳 汉中 榆林 兰州 酒泉 嘉峪关 敦煌
张掖 武威 陇南 甘南 临夏 西宁 格尔木 德令哈 果洛 海西州 银川 固原 石嘴山 乌鲁木齐
阿克苏 温宿 库车 沙雅 拜城 乌什 阿瓦提 柯坪 阿拉尔 和田 墨玉 皮山 策勒 于田 洛浦县 喀什 伊犁 哈密
吐鲁番 克拉玛依 昌吉 石河子 兵团 涪陵 万州 黔江 酉阳 彭水 武隆 奉节 巫溪 台北 高雄
葫芦岛 雄安新区 粤港澳 京津冀 珠三角 大湾区 龙泉驿 长兴岛 黄岩岛 缙云山 象山区 浦东 黄浦区 徐汇 长宁区 静安
虹口 杨浦 闵行 宝山区 嘉定 松江 青浦 奉贤 崇明 虹桥机场 浦东新区 临港新片区 海淀 朝阳区 丰台 东城区 西城区
`);

const COUNTRIES = names(`
美国 日本 韩国 朝鲜 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 芬兰 丹麦 奥地利 爱尔兰
俄罗斯 乌克兰 白俄罗斯 波兰 捷克 匈牙利 塞尔维亚 希腊 土耳其 以色列 伊朗 沙特 阿联酋 迪拜 卡塔尔 埃及 南非
尼日利亚 肯尼亚 埃塞俄比亚 坦桑尼亚 卢旺达 澳大利亚 新西兰 加拿大 墨西哥 巴西 阿根廷 智利 秘鲁 新加坡 泰国
越南 马来西亚 印度尼西亚 印尼 菲律宾 柬埔寨 老挝 缅甸 印度 巴基斯坦 哈萨克斯坦 乌兹别克斯坦 蒙古国 欧洲 非洲
美洲 亚洲 东南亚 中东 欧盟
`);

export const FOREIGN_PLACES: readonly string[] = Array.from(new Set([...PROVINCES, ...CITIES, ...COUNTRIES]));

/** Province-level names: "四川省", "新疆维吾尔自治区" and the like are matched with these suffixes too. */
export const FOREIGN_PROVINCES: readonly string[] = PROVINCES;
