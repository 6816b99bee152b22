/**
 * Chinese surnames used to tell a byline "(马可远 金棋)" from other parentheticals "(滨江)", "(试行)".
 * Source: the traditional 百家姓 list plus common modern surnames (肖, 付, 覃 ...) and ones frequent in
 * Zhejiang (楼, 斯, 泮, 励). Single-character surnames that are mostly ordinary words in bylines
 * (有, 区, 过) are left out on purpose.
 * Less common surnames still seen in bylines (鹿, 苟, 邸, 檀) are included too.
 */
const SINGLE = [
  "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章",
  "云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常",
  "乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞",
  "熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍",
  "虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁",
  "荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫",
  "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙",
  "池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温",
  "别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧",
  "殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游",
  "竺权逯盖益桓公晋楚闫法汝鄢涂钦岳帅缑亢况郈琴商牟佘佴伯赏墨哈谯笪年爱阳佟言福肖付",
  "兰覃粟揭练冼邝谌仝占麦楼斯泮励丘芦兀禤植尉宛敬鹿苟邸檀",
].join("");

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(Array.from(SINGLE));

export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(
  "万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 仉督 子车 颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 归海 羊舌 微生 梁丘 左丘 东门 西门 南宫 第五".split(" "),
);
