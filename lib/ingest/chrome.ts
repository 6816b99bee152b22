import { parseNameList } from "./names";

/**
 * Page chrome of the forms text arrives in besides print: government websites copied from a browser
 * (site name, breadcrumb, the 发布时间/来源/作者/浏览次数 meta line, font-size and print/close buttons,
 * share and scan widgets, the footer), WeChat posts (account/date line, follow prompts, 本期导读, -END-,
 * like/share buttons, reading lists) and morning digests (greeting, calendar and weather lines).
 * None of it is article text. Lines are normalized (full-width ASCII punctuation already converted).
 * Every pattern is anchored or bounded and lines are length-capped, so a long paragraph costs nothing.
 */

const MAX_CHROME = 200;

/** Breadcrumb trails: "首页 > 政务动态 > 乡镇动态", "当前位置:首页>新闻中心", "您的位置: 首页 » 通知公告". */
const BREADCRUMB_LEAD = /^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|现在位置|位置)\s*[::]/u;
const BREADCRUMB_HOME = /^(?:首页|主页|网站首页|返回首页)\s*[>＞»›→]/u;
const BREADCRUMB_TRAIL = /^[^\s>＞»›。,]{1,12}(?:\s*[>＞»›]\s*[^>＞»›。,]{1,16}){2,}$/u;

/** "字号:【大 中 小】", "【字体:大 中 小】", "字号:T|T|T": the font-size widget, alone or inside the meta line. */
const FONT_WIDGET = /[【\[(]?\s*(?:字号|字体|字体大小|文字大小)\s*[::]?\s*(?:[【\[(]?\s*(?:大|中|小|默认|标准|放大|缩小|T)\s*[】\])]?\s*[|/、]?\s*){2,4}[】\])]?/gu;

/**
 * Words of the buttons and widgets around an article on a website or in WeChat: a line made only of
 * them (possibly bracketed, "【打印本页】【关闭窗口】", "分享 点赞 在看") is chrome.
 */
const CHROME_WORDS = new Set(
  (
    "打印 打印本页 打印此页 打印文章 打印页面 打印正文 关闭 关闭窗口 关闭本页 关闭页面 收藏 加入收藏 收藏本页 " +
    "返回 返回顶部 返回首页 返回列表 回到顶部 顶部 保存 保存本页 纠错 我要纠错 复制链接 转发 分享 分享到 分享至 " +
    "点赞 在看 赞 喜欢 留言 写留言 阅读原文 微信 微博 QQ QQ空间 QQ好友 朋友圈 微信好友 新浪微博 腾讯微博 豆瓣 " +
    "更多 放大 缩小 默认 无障碍 长辈版 关怀版 简体 繁体 繁體 字号 字体 相关附件 登录 注册 搜索 English"
  ).split(" "),
);
const CHROME_SPLIT = /[\s【】\[\]()|/丨·•,、::]+/u;
/** "上一篇:xxx", "下一条:xxx": links to the neighbouring items of the site. */
const NEIGHBOUR_LINK = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[::]/u;
const SHARE = /^(?:一键分享|分享到|分享至)\s*[::]/u;
/** "扫一扫在手机打开当前页", "扫描二维码分享到手机". */
const SCAN = /^(?:微信扫一扫|手机扫一扫|扫一扫|扫描二维码|扫码|用手机扫描)[^。]{0,24}(?:手机|当前页|本页|页面|二维码|分享|阅读|浏览|关注)/u;
/** Sections of a government site's navigation bar. */
const NAV_WORDS = new Set(
  (
    "首页 网站首页 政务公开 政府信息公开 信息公开 政务服务 办事服务 网上办事 互动交流 政民互动 公众参与 新闻中心 " +
    "新闻动态 政务动态 工作动态 通知公告 政策文件 政策解读 专题专栏 数据开放 领导信息 机构设置 本地概况 魅力 " +
    "走进 概况 便民服务 在线访谈 民意征集"
  ).split(" "),
);
const NAV_SPLIT = /[\s|丨/·•]+/u;
/** "首页 | 走进某某 | 政务公开 | 政务服务 | 互动交流": the site's navigation bar. */
function isNavBar(line: string): boolean {
  if (line.length > 80 || /[。,:]/u.test(line)) return false;
  const tokens = line.split(NAV_SPLIT).filter((t) => t !== "");
  if (tokens.length < 3 || tokens.some((t) => t.length > 8)) return false;
  let known = 0;
  for (const t of tokens) if (NAV_WORDS.has(t) || t.startsWith("走进") || t.startsWith("魅力")) known++;
  return known >= 2 || (known >= 1 && /首页$/u.test(tokens[0]!));
}
/** "欢迎访问某某县人民政府门户网站!": the site's greeting. */
const WELCOME = /^欢迎(?:访问|来到|光临|您访问)[^。]{2,30}(?:网站|网|平台)[!。]?$/u;

/** Site footers: ICP and police filing numbers, site codes, copyright, host and maintainer. */
const FOOTER_STRONG = /ICP备|ICP证|公网安备|网站标识码|版权所有|Copyright|©|政府网站找错/iu;
/** "建议使用1920×1080分辨率浏览本站": short, unlike advice about browsers in a story. */
const BROWSER_HINT = /^(?:建议|推荐|请)使用.{0,30}(?:浏览器|分辨率)|分辨率.{0,12}浏览/u;
/** Labels of empty site sections left by the copy: "附件:", "相关链接", "相关文件". */
const EMPTY_SECTION = /^[【\[]?(?:附件|相关附件|相关链接|相关文件|相关稿件|相关新闻链接|友情链接)[】\]]?\s*[::]?$/u;
/** Host and maintainer fields; an address or phone field counts only next to one of them. */
const HOST_KEY = /(?:^|[\s|])(?:(?:主办单位|主办|承办单位|承办|协办单位|协办|主管单位|技术支持|运行维护|运维单位)\s*[::]|网站地图|联系我们)/gu;
/** A site is hosted by a government office and run by a data or information centre. */
const HOST_VALUE = /政府|办公室|办公厅|数据|信息|网站|网络|技术/u;
const CONTACT_KEY = /(?:^|[\s|])(?:地址|邮编|联系电话|电话|传真|邮箱)\s*[::]/u;
/** The site name printed above the breadcrumb: "安吉县人民政府", "xx市人民政府门户网站". */
const SITE_NAME = /^(?:中共)?[\u4e00-\u9fff]{1,14}?(?:省|市|县|区|镇|乡|街道)(?:人民政府|政府)(?:门户网站|网站|网)?$|^[\u4e00-\u9fff]{2,20}(?:门户网站|政府网|政务网|官方网站)$/u;

/** WeChat follow prompts: "点击上方蓝字关注我们", "↑↑↑点击上方"xx"关注我们", "点击蓝字 关注我们". */
const FOLLOW = /(?:点击|戳|轻触|长按|扫码|识别)[^。]{0,16}?(?:关注|蓝字|蓝色字)|设为星标|星标公众号|关注我们$/u;
/** "-END-", "— END —", "THE END": the end mark of a WeChat post. */
const END_MARK = /^[-—–_=~·*\s]*(?:END|THE\s*END|全文完|本文完)[-—–_=~·*\s]*$/iu;
/** Calls to action closing a WeChat post: "点个在看", "分享给更多人", "转载请注明出处". */
const CALL_TO_ACTION =
  /点个["'“”]?(?:在看|赞)|点(?:亮|一下)["'“”]?在看|(?:点赞|在看)[、+和]?(?:在看|分享|转发)|分享给更多|转发给(?:更多|身边|朋友)|一键三连|欢迎(?:分享|转发|留言|点赞)|转载请(?:注明|联系|标明|后台)|^(?:声明|免责声明|版权声明)\s*[::]/u;
/** Reader statistics: "阅读 10万+  在看 32", "阅读:1526 点赞:20". */
const STATS = /^(?:(?:阅读|阅读量|浏览|在看|赞|点赞|分享|转发|收藏|留言)\s*[::]?\s*[\d.,]+(?:万\+?|\+)?\s*){1,5}$/u;
/** A line of arrows or pointers leading to a prompt: "▼", "↓↓↓", "👇". */
const POINTERS = /^[▼↓⬇👇☟\s]+$/u;
/** "本期导读:...", "导读:...": a teaser above the text. */
const TEASER = /^[【\[]?(?:本期导读|今日导读|导读)[】\]]?\s*(?:[::]|$)/u;

const NUM_DATE = /\d{4}[-./]\d{1,2}[-./]\d{1,2}/u;
const CN_DATE = /(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日/u;
const CLOCK = /\d{1,2}:\d{2}(?::\d{2})?/u;
const WEEKDAY = /(?:星期|礼拜)[一二三四五六日天]/u;

/**
 * The account/date line of a WeChat post: "原创 xx发布 xx发布 2023-09-08 18:30 发表于浙江",
 * "临平发布 2023-04-12 20:05": a date (with a time or 原创/发表于) and at most three short words.
 */
function isAccountLine(line: string): boolean {
  if (line.length > 60 || /[。,!?;"]/u.test(line)) return false;
  const dated = NUM_DATE.test(line) || (CN_DATE.test(line) && /\d{4}\s*年/u.test(line));
  if (!dated) return false;
  const marked = CLOCK.test(line) || /原创|发表于/u.test(line);
  if (!marked) return false;
  const rest = line
    .replace(/发表于[\u4e00-\u9fff]{0,6}/gu, " ")
    .replace(/原创/gu, " ")
    .replace(NUM_DATE, " ")
    .replace(CN_DATE, " ")
    .replace(CLOCK, " ")
    .replace(WEEKDAY, " ")
    .trim();
  if (rest === "") return true;
  // "发布时间:... 来源:..." is a web meta line, with fields that may name writers.
  if (/[::]/u.test(rest)) return false;
  const words = rest.split(/\s+/u);
  return words.length <= 3 && words.every((w) => w.length <= 16);
}

/** Endings of WeChat account names: "xx发布", "xx融媒", "xx日报", "清廉xx", "xx组工". */
const ACCOUNT_NAME = /^[\u4e00-\u9fff]{1,10}(?:发布|融媒|融媒体|新闻|日报|晚报|在线|头条|微报|之声|资讯|政务|广电|清风|清廉|纪检|组工|宣传|文旅|观察|视界|客户端|传媒)$|^(?:清廉|清风)[\u4e00-\u9fff]{1,6}$/u;

/**
 * The account's name alone on the line above a date line that names none ("诸暨发布" over
 * "2023-12-06 07:30 浙江"): a short name with an account's ending, no punctuation. Account names are
 * a few characters; a headline above such a date line is longer ("我市首个碳普惠平台发布").
 */
export function isAccountNameAbove(line: string, next: string): boolean {
  return line.length <= 8 && ACCOUNT_NAME.test(line) && isAccountLine(next) && accountName(next) === undefined;
}

/**
 * The account an account/date line names: "原创 xx发布 xx发布 2023-09-08 18:30 发表于浙江" -> "xx发布".
 * Undefined for other lines.
 */
export function accountName(line: string): string | undefined {
  if (!isAccountLine(line)) return undefined;
  const m = /^(?:原创\s+)?([\u4e00-\u9fff]{2,16})(?:\s|$)/u.exec(line);
  return m?.[1];
}

const GREETING = /早安|晚安|早上好|晚上好|午安|你好|您好|周末好/gu;
/**
 * "早安,瑞安丨9月18日,星期一": a digest's greeting header, a date with its weekday, a greeting and at most
 * a place name ("新规10月1日(星期日)起施行" is a headline).
 */
function isDateHeader(line: string): boolean {
  if (line.length > 30 || line.includes("。") || !WEEKDAY.test(line) || !(NUM_DATE.test(line) || CN_DATE.test(line))) return false;
  const rest = line.replace(NUM_DATE, "").replace(CN_DATE, "").replace(WEEKDAY, "").replace(GREETING, "").replace(/[\s,、|丨·•:!]/gu, "");
  return rest.length <= 4;
}

const LUNAR = /农历[正一二三四五六七八九十冬腊闰]{1,3}月[初十廿卅一二三四五六七八九]{1,3}/u;
/**
 * "今天是2023年9月18日,农历八月初四,星期一。": a calendar line and nothing more, possibly opened by the
 * digest's greeting to its place ("早安,诸暨!今天是…").
 */
function isCalendarLine(line: string): boolean {
  if (line.length > 60 || !(LUNAR.test(line) || WEEKDAY.test(line))) return false;
  const stripped = line.replace(GREETING, "");
  const greeted = stripped !== line;
  const rest = stripped
    .replace(LUNAR, "")
    .replace(CN_DATE, "")
    .replace(NUM_DATE, "")
    .replace(WEEKDAY, "")
    .replace(/今天是|今日是|今天|今日|[,。、\s:;!]/gu, "");
  // the greeting may name the place it greets (早安,诸暨!): a short name, nothing more
  return rest.length <= (greeted ? 4 : 2);
}

const TEMPERATURE = /-?\d{1,2}\s*(?:℃|°C|度)/u;
const WEATHER_WORDS =
  /-?\d{1,2}\s*(?:℃|°C|度)|[~～\-—至到]|[东南西北]{0,2}风\s*\d{1,2}(?:\s*[~～\-—到至]\s*\d{1,2})?\s*级|微风|晴|多云|阴|转|小到中雨|中到大雨|雷阵雨|阵雨|小雨|中雨|大雨|暴雨|雨夹雪|小雪|中雪|大雪|雪|雾|霾|天气|气温|今日|今天|明日|明天|白天|夜间|[,。、\s:;]/gu;
/** "今日瑞安:多云转阴,22℃~29℃,东北风3级。": a weather line (a place name of up to four characters allowed). */
function isWeatherLine(line: string): boolean {
  if (line.length > 60 || !TEMPERATURE.test(line)) return false;
  return line.replace(WEATHER_WORDS, "").length <= 4;
}

/** Is this whole line made of chrome words and widgets ("【打印】 【关闭】", "分享 点赞 在看", "字号:大 中 小")? */
function isButtonLine(line: string): boolean {
  const stripped = line.replace(FONT_WIDGET, " ");
  const tokens = stripped.split(CHROME_SPLIT).filter((t) => t !== "");
  if (tokens.length === 0) return stripped !== line;
  return tokens.every((t) => CHROME_WORDS.has(t));
}

function isFooterLine(line: string): boolean {
  if (FOOTER_STRONG.test(line) || (line.length <= 50 && BROWSER_HINT.test(line))) return true;
  HOST_KEY.lastIndex = 0;
  let hosts = 0;
  while (HOST_KEY.exec(line) !== null && hosts < 2) hosts++;
  // An event's "主办单位:xx 承办单位:xx" is news; a site's host and maintainer are chrome.
  return hosts >= 1 && HOST_VALUE.test(line) && (hosts >= 2 || CONTACT_KEY.test(line));
}

/** A line of website, WeChat or digest chrome: never title, author or body. */
export function isChromeLine(line: string): boolean {
  if (line.length > MAX_CHROME) return false;
  if (BREADCRUMB_LEAD.test(line) || BREADCRUMB_HOME.test(line) || (line.length <= 80 && BREADCRUMB_TRAIL.test(line))) return true;
  if (NEIGHBOUR_LINK.test(line) || SITE_NAME.test(line) || END_MARK.test(line) || TEASER.test(line) || WELCOME.test(line)) return true;
  if (isNavBar(line) || EMPTY_SECTION.test(line)) return true;
  if (line.length <= 80 && (SHARE.test(line) || isButtonLine(line))) return true;
  if (line.length <= 40 && !line.includes("。") && (SCAN.test(line) || FOLLOW.test(line))) return true;
  if ((line.length <= 40 && CALL_TO_ACTION.test(line)) || STATS.test(line) || POINTERS.test(line)) return true;
  if (isFooterLine(line)) return true;
  return isAccountLine(line) || isDateHeader(line) || isCalendarLine(line) || isWeatherLine(line) || isDatedWidgetLine(line);
}

/** Bracketed widget words: "[大 中 小]", "[打印]", "【关闭】". */
const BRACKETED_WIDGET = /[【\[(]\s*(?:(?:大|中|小)\s*){2,3}[】\])]|[【\[(]\s*[^【】\[\]()]{1,6}\s*[】\])]/gu;

/**
 * A page's date and time with the widgets printed beside them and nothing else:
 * "2019年3月6日 10:15 [大 中 小] [打印]".
 */
function isDatedWidgetLine(line: string): boolean {
  if (line.length > 60 || !(NUM_DATE.test(line) || CN_DATE.test(line))) return false;
  const widgets = line.match(BRACKETED_WIDGET);
  if (!widgets || !widgets.every((w) => CHROME_WORDS.has(w.replace(/[【\[\]】()\s]/gu, "")) || /大.*中.*小/u.test(w))) return false;
  const rest = line.replace(BRACKETED_WIDGET, " ").replace(NUM_DATE, " ").replace(CN_DATE, " ").replace(CLOCK, " ").replace(WEEKDAY, " ");
  return rest.trim() === "";
}

/**
 * "往期推荐", "推荐阅读", "【往期回顾】", "▼猜你喜欢▼": the header of a list of links to other posts. A paper's
 * "相关阅读" / "延伸阅读" box is content (a related story with its own text), so it is not one of them.
 */
const READING_LIST = /^[▼↓👇\s【\[]*(?:往期推荐|往期回顾|往期精彩|往期文章|精彩推荐|精彩回顾|推荐阅读|相关推荐|相关链接|热门推荐|热点推荐|今日推荐|猜你喜欢|更多精彩|近期热文|热文推荐|阅读推荐|历史文章)[】\]\s▼↓👇::]*$/u;

export function isReadingListHeader(line: string): boolean {
  return line.length <= 30 && READING_LIST.test(line);
}

/** A line listed under a reading-list header: a short linked title, no finished sentence inside. */
export function isReadingListItem(line: string, width: number): boolean {
  return width <= 80 && !line.includes("。");
}

// ---------------------------------------------------------------- the meta line of a web page

const META_KEY =
  /(?<![\u4e00-\u9fff])(发布时间|发布日期|发表时间|发稿时间|录入时间|上传时间|生成日期|公开日期|发文日期|成文日期|更新时间|更新日期|时间|日期|公开方式|公开范围|体裁分类|发文机关|信息来源|文章来源|稿件来源|新闻来源|来源|发布机构|发布单位|发布者|发布人|信息提供|供稿单位|供稿|作者|撰稿人|撰稿|责任编辑|编辑|审核|浏览次数|浏览量|浏览|访问量|访问次数|点击数|点击量|点击次数|点击率|阅读量|阅读数|阅读次数|阅读|索引号|文号|主题分类)\s*[::]/gu;
/** Keys that only a web page's meta line has: with one of them a single field is enough. */
const STRONG_KEYS = new Set(["发布时间", "发布日期", "发表时间", "发稿时间", "录入时间", "上传时间", "生成日期", "公开日期", "更新时间", "更新日期", "索引号", "浏览次数", "浏览量", "浏览", "访问量", "访问次数", "点击数", "点击量", "点击次数", "点击率", "阅读量", "阅读数", "阅读次数", "阅读"]);
const DATE_KEYS = new Set(["时间", "日期", "发文日期", "成文日期"]);
const AUTHOR_KEYS = new Set(["作者", "撰稿人", "撰稿"]);
const DATE_TIME_ONLY = /^[\d\s\-./:年月日时分秒]+$/u;
const SEPARATORS = /^[\s|丨/,、]+|[\s|丨/,、]+$/gu;
/** Bracketed buttons printed on the meta line itself: "【打印】", "[关闭]", "【收藏】". */
const INLINE_BUTTON = /[【\[](?:打印|关闭|收藏|分享|返回|纠错)[^【】\[\]]{0,4}[】\]]/gu;

export type WebMeta = { names: string[] };

/**
 * The meta line under a web article's headline: "发布时间:2023-09-12 16:40 来源:xx 浏览次数:862",
 * "时间:... 来源:... 作者:张三 李四 【字体:大 中 小】 阅读:1,526", "2023-06-28 15:20 来源:区交通运输局".
 * Returns the writers named by 作者/撰稿 (来源 and 编辑 are not writers), or null if the line is not one.
 * A single 来源 or 作者 field is left to the trailer and byline rules.
 */
export function parseWebMeta(line: string): WebMeta | null {
  if (line.length > MAX_CHROME || line.includes("。")) return null;
  const s = line.replace(FONT_WIDGET, " ").replace(INLINE_BUTTON, " ");
  const widget = s !== line;
  const keys = [...s.matchAll(META_KEY)];
  const first = keys[0];
  if (first === undefined) return null;
  const head = s.slice(0, first.index).replace(SEPARATORS, "");
  if (head !== "" && !DATE_TIME_ONLY.test(head)) return null;
  let strong = widget || (head !== "" && (NUM_DATE.test(head) || CN_DATE.test(head)));
  const names: string[] = [];
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const value = s.slice(key.index + key[0].length, keys[k + 1]?.index ?? s.length).replace(SEPARATORS, "");
    if (value.length > 40) return null;
    const name = key[1]!;
    if (STRONG_KEYS.has(name) || (DATE_KEYS.has(name) && NUM_DATE.test(value) && DATE_TIME_ONLY.test(value))) strong = true;
    if (AUTHOR_KEYS.has(name) && value !== "") {
      for (const n of parseNameList(value)?.names ?? []) if (!names.includes(n)) names.push(n);
    }
  }
  if (!strong && keys.length < 2) return null;
  return { names };
}
