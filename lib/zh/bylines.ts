// Bylines and credits: the words that introduce writers and photographers, the forms of a photo
// credit, and the surnames that tell a name from an ordinary word. Used by the byline parser
// (lib/ingest/names.ts), the line tests (lib/ingest/line-kinds.ts) and the page splitter's features.

/** Role words that introduce writers: 记者, 通讯员 ... (the longest first, for regex alternation). */
export const ROLE_WORDS =
  "摄影记者|摄像记者|融媒体记者|融媒记者|全媒体记者|新媒体记者|视频记者|记者|通讯员|实习生|特约撰稿人|撰稿人|撰稿|撰文|作者|报道员|" +
  "摄影|摄像|整理|编译|采写|口述";
/** Prefixes of a role word: 本报记者, 首席记者, 见习记者, 驻衢州记者. */
export const ROLE_PREFIXES = "本报|本刊|本台|本网|首席|特约|特派|资深|见习|实习|驻[\\u4e00-\\u9fff]{1,3}?";

/** A reporter or correspondent word near the start of a line: "记者 张三", "■记者", "浙江日报记者 王五", "报道组 李四". */
const REPORTER_HEAD = /^[■□●◆◇\s]*[\u4e00-\u9fff]{0,10}?(?:记者|通讯员|报道组|实习生|拍友)/u;
/** The same words anywhere in the first characters of a line. */
const REPORTER_NEAR = /记者|通讯员|报道组|拍友/u;

/** Does a writer's role word open the line (possibly after an outlet name or a bullet)? */
export function reporterAtHead(line: string): boolean {
  return REPORTER_HEAD.test(line.slice(0, 24));
}

/** Is a reporter or correspondent word within the first `window` characters? */
export function reporterNear(line: string, window = 30): boolean {
  return REPORTER_NEAR.test(line.slice(0, window));
}

/**
 * A photo credit closing the line: "...李丹摄", "(徐能 谢定会 摄)", "■摄影 记者 王 蓉", "拍友 邹黎 摄", "文/摄",
 * "(图片由xx提供)", "xx供图".
 */
const CREDIT_TAIL = /(?:摄|摄影|供图|提供|文\/摄|图\/文)[)】\]]?\s*$/u;
const CREDIT_HEAD = /^[■□●◆◇\s(]*(?:摄影|摄像|图\/|文\/图|图文\/)/u;

export function creditAtEnd(line: string): boolean {
  return CREDIT_TAIL.test(line.slice(-8));
}

/** "■摄影 记者 王蓉", "图/李四": a credit that opens the line. */
export function creditAtHead(line: string): boolean {
  return CREDIT_HEAD.test(line.slice(0, 8));
}

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
