// Page furniture: the lines around reports that are not report text. E-paper page labels and footers
// ("第05版:城区新闻", "00004版:要闻", "浙江日报 数字报纸", "某某日报 要闻 00003 标题 2023-04-11 ..."), a web
// page's meta line ("发布时间: 2021-06-07 来源: 某某日报"), a date standing alone, and the widget words a
// copy from a browser leaves behind ("[大 中 小] [打印]"). Used by the line tests and the page splitter.

/** "第05版:城区新闻", "00004版:要闻", "A3版:", "第五版": a page label of a paper or an e-paper. */
export const PAGE_LABEL = /^(?:第\s*[0-9一二三四五六七八九十百]+\s*版|[A-Z]\d{1,2}\s*版?|\d{1,5}\s*版)(?:\s|:|$)/u;
/** "浙江日报 数字报纸", "xx日报电子版": the banner of an e-paper page. */
const DIGITAL_PAPER = /数字报纸|数字报|电子版|电子报/u;
/** The keys of a web page's meta line. */
const META_HEAD = /^[\s[【(]*(?:发布时间|发布日期|发表时间|发稿时间|更新时间|时间|日期|来源|稿源|作者|浏览次数|点击数)\s*[::]/u;
const META_SOURCE = /(?:^|\s)(?:来源|稿源)\s*[::]/u;
const ISO_DATE = /\d{4}[-./]\d{1,2}[-./]\d{1,2}/u;
const CN_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u;
const DATE_ONLY = /^[\s\d年月日\-./:,星期周一二三四五六日天]+$/u;
/** Browser widgets: font size, print, close, share. */
const UI_WORDS = /[[【(]\s*大\s*中\s*小\s*[\]】)]|[[【]\s*(?:打印|关闭|收藏|分享)[^\]】]{0,4}[\]】]|字号\s*[::]|打印本页|关闭窗口/u;
/** A file name or an id left by an e-paper's footer: "content_123456.html", "12345678". */
const PAGE_ID = /content_\d+\.html?|(?:^|\s)\d{6,}(?:\s|$)/u;

/** Is the line an e-paper or print page label ("第05版:城区新闻", "00004版:要闻")? */
export function isPageLabel(line: string): boolean {
  return line.length <= 40 && PAGE_LABEL.test(line);
}

/** Does the line name an e-paper ("浙江日报 数字报纸")? */
export function isDigitalPaperBanner(line: string): boolean {
  return line.length <= 30 && !line.includes("。") && DIGITAL_PAPER.test(line);
}

/** A web page's meta line: "发布时间: 2021-06-07 09:12:30 来源: 某某日报 作者: xx", "2019-3-4 来源:example.com". */
export function isMetaLine(line: string): boolean {
  if (line.length > 160 || line.includes("。")) return false;
  return META_HEAD.test(line) || (META_SOURCE.test(line) && (ISO_DATE.test(line) || CN_DATE.test(line)));
}

/** A date (and time, weekday) alone on a line: "2023年9月14日", "2021-07-03 10:05", "15.05.2019 08:30". */
export function isDateOnlyLine(line: string): boolean {
  return line.length <= 40 && /\d/u.test(line) && DATE_ONLY.test(line) && (ISO_DATE.test(line) || CN_DATE.test(line) || /\d{1,2}\.\d{1,2}\.\d{4}/u.test(line));
}

/**
 * An e-paper footer repeating the page's data: "某某日报 要闻 00003 龙舟试水 2023-04-11 12345678 2 ...",
 * "2023-01-05 3 3 某某日报 content_123456.html 1 2 渔港开捕": a date, ids or a file name, and many
 * short tokens, no sentence.
 */
export function isPageFooter(line: string): boolean {
  if (line.length > 160 || line.includes("。") || line.includes(",")) return false;
  const dated = ISO_DATE.test(line) || CN_DATE.test(line);
  if (!dated) return false;
  const tokens = line.trim().split(/\s+/u);
  const numeric = tokens.filter((t) => /^\d+$/u.test(t)).length;
  return PAGE_ID.test(line) || (tokens.length >= 5 && numeric >= 2);
}

/** Does the line hold a browser widget's words ("[大 中 小] [打印]", "字号:")? */
export function hasUiWords(line: string): boolean {
  return line.length <= 200 && UI_WORDS.test(line);
}
