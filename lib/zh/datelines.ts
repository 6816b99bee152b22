// Datelines: the words a news report opens with to say who filed it, where and when ("本报讯",
// "本报杭州3月5日电", "新华社北京3月5日电", "中国宁波网讯", "浙江在线12月31日讯", "又讯"), and the agencies
// and national outlets that file them. A dateline almost always opens a new report. Outlet names of
// local papers (xx日报, xx新闻网) are matched by the callers' own patterns.

/** "This paper / this site": the dateline of the page's own outlet. */
export const OWN_OUTLET = "本报|本刊|本网|本台";
/** News agencies and national outlets whose name opens a dateline. */
export const AGENCIES = "新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|浙江在线|潮新闻";

const HEAD = "^[■□●◆◇\\s]*";
/** 本报讯, 本报杭州讯, 本报杭州3月5日讯 (and 本刊/本网 forms). */
const OWN_XUN = new RegExp(`${HEAD}(?:${OWN_OUTLET})[\\u4e00-\\u9fff]{0,6}?\\s?(?:\\d{1,2}月\\d{1,2}日)?\\s?讯`, "u");
/** "...12月31日讯", "...5日讯": a dated 讯 dateline of any outlet. */
const DAY_XUN = /^[^。,]{0,24}?\d{1,2}日\s?讯/u;
/** "...3月5日电", "本报北京3月5日电": a dated 电 dateline. */
const DAY_DIAN = /^[^。,]{0,24}?\d{1,2}日\s?电/u;
/** "新华社杭州3月5日专电", "本报专电". */
const ZHUAN_DIAN = /^[^。,]{0,24}?专电/u;
/** "又讯": a second item filed under the same dateline. */
const YOU_XUN = /^[■□●◆◇\s(]*又讯/u;
/** "xx新闻网5月6日消息:", "据xx网消息". */
const XIAOXI = /^[^。,]{0,24}?(?:\d{1,2}日)?消息\s*[::]/u;
/** An outlet's undated 讯: "中国宁波网讯", "宁海新闻网讯", "金华日报讯". */
const OUTLET_XUN = /^[■□●◆◇\s]*[\u4e00-\u9fff]{2,12}?(?:网|报|台|在线|客户端|中心)[\u4e00-\u9fff]{0,6}?讯/u;
const AGENCY_HEAD = new RegExp(`${HEAD}(?:${AGENCIES})`, "u");

export type DatelineForm = "own" | "dayXun" | "dayDian" | "zhuanDian" | "youXun" | "xiaoxi" | "outletXun";

/**
 * Which dateline forms open the line (several may: "本报杭州3月5日讯" is both "own" and "dayXun").
 * Only the first characters are read, so a long paragraph costs nothing.
 */
export function datelineForms(line: string): Set<DatelineForm> {
  const head = line.slice(0, 40);
  const out = new Set<DatelineForm>();
  if (OWN_XUN.test(head)) out.add("own");
  if (DAY_XUN.test(head)) out.add("dayXun");
  if (DAY_DIAN.test(head)) out.add("dayDian");
  if (ZHUAN_DIAN.test(head)) out.add("zhuanDian");
  if (YOU_XUN.test(head)) out.add("youXun");
  if (XIAOXI.test(head)) out.add("xiaoxi");
  if (OUTLET_XUN.test(head)) out.add("outletXun");
  return out;
}

/** Does a news agency or national outlet's name open the line ("新华社杭州3月5日电", "中新社北京...")? */
export function agencyAtHead(line: string): boolean {
  return AGENCY_HEAD.test(line.slice(0, 12));
}

/**
 * Words of time that open a news report's first sentence when it has no dateline: "近日,", "昨天上午,",
 * "日前", "12月6日" is read by the caller. Inside a report they open paragraphs too, so they are evidence,
 * not a rule.
 */
const TIME_OPENER = /^[■□●◆◇\s]*(?:近日|日前|昨天|昨日|昨晚|今天|今日|今年以来|近年来|近期|连日来|眼下|日前|当天|前天|上周|本周|目前|时下|近来|入秋以来|入冬以来|入春以来|入夏以来)/u;

export function opensWithTimeWord(line: string): boolean {
  return TIME_OPENER.test(line.slice(0, 12));
}

/**
 * What follows a place name that is part of an outlet's name ("中国宁波网讯", "宁海新闻网", "嘉兴日报",
 * "临平发布"), not the place a report is about.
 */
const OUTLET_AFTER_PLACE = /^(?:市|县|区)?(?:网|新闻|日报|晚报|商报|早报|电视台|广电|在线|发布|融媒|客户端)/u;

export function outletFollows(textAfterPlace: string): boolean {
  return OUTLET_AFTER_PLACE.test(textAfterPlace);
}
