import { AGENCIES, OWN_OUTLET } from "../zh/datelines";
import { PAGE_LABEL } from "../zh/furniture";
import { CLOSERS, endsSentence } from "../zh/punctuation";
import { parseLeadingAuthors, parseNameList, type NameList } from "./names";

export { endsSentence, quoteCount } from "../zh/punctuation";

/** Display width: CJK and other wide characters count 2, ASCII 1 (wrapped columns are even in width). */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) < 0x2e80 ? 1 : 2;
  return w;
}

// ---------------------------------------------------------------- markdown headings

const HASHTAG = /^#[^#\s]{1,30}#/u;

/** "## 标题" -> level 2. Parsed by hand: a regex with a lazy body overflows on a megabyte-long line. */
export function parseHeading(line: string): { level: number; text: string } | null {
  if (!line.startsWith("#") || HASHTAG.test(line.slice(0, 40))) return null;
  let level = 0;
  while (line[level] === "#") level++;
  if (level > 6) return null;
  let end = line.length;
  while (end > level && (line[end - 1] === "#" || line[end - 1] === " " || line[end - 1] === "\t")) end--;
  const text = line.slice(level, end).trim();
  return text === "" ? null : { level, text };
}

// ---------------------------------------------------------------- bylines

// Bracket patterns use one bounded class and no \s* next to it (spaces are trimmed in code): with
// adjacent unbounded \s* a line of "(" and a million spaces backtracks for hours.
/** A parenthesised byline filling the whole line: "(贺之晏)", "(记者 张三 通讯员 李四)". */
const WHOLE_PARENS = /^[(【\[]([^()【】\[\]]{2,80})[)】\]]$/u;
/** A byline at the end of a paragraph, after the last sentence: "...城市建设。 (郭海峰 洪嘉)". */
const TRAILING_PARENS = /[(【\[]([^()【】\[\]]{2,80})[)】\]] ?$/u;

export type BylineHit = { list: NameList; rest: string };

export function wholeLineByline(line: string): NameList | null {
  const m = WHOLE_PARENS.exec(line);
  if (m) return parseNameList(m[1]!);
  return null;
}

const CLOSING_BRACKET = /[)】\]]\s*$/u;

/**
 * Splits a byline off the end of a paragraph. The parenthesis must follow a finished sentence or a
 * space, so "获评的县(市、区)" or "高新区(滨江)" inside a sentence never qualify.
 */
export function trailingByline(text: string): BylineHit | null {
  if (!CLOSING_BRACKET.test(text.slice(-4))) return null;
  // Only the tail is searched: the regexes stay linear on a megabyte-long line.
  const from = Math.max(0, text.length - 100);
  const m = TRAILING_PARENS.exec(text.slice(from));
  if (!m || from + m.index === 0) return null;
  const before = text.slice(0, from + m.index);
  if (!(before.endsWith(" ") || endsSentence(before))) return null;
  const list = parseNameList(m[1]!);
  if (list === null) return null;
  return { list, rest: before.trimEnd() };
}

/**
 * A short line holding nothing but names, without parentheses: "郭海峰 洪嘉", "文/张三", "记者 童 蕾".
 * A line of four or more single characters set apart is a spaced-out headline ("花 开 满 园"), not names.
 */
const LETTER_SPACED = /^(?:[\u3400-\u9fff] +){3,}[\u3400-\u9fff]$/u;
export function bareNames(line: string): NameList | null {
  if (line.length > 30 || LETTER_SPACED.test(line)) return null;
  return parseNameList(line);
}

// ---------------------------------------------------------------- datelines at the start of a text

const DATELINE = new RegExp(
  "^(?:[■□●◆◇]\\s*)?" +
    `(?:${OWN_OUTLET}|${AGENCIES}|` +
    "[\\u4e00-\\u9fff]{2,8}?(?:日报|晚报|商报|早报|新闻网|融媒体中心|客户端|在线))" +
    // Single optional spaces only: adjacent unbounded \\s* would backtrack quadratically on long space runs.
    "[\\u4e00-\\u9fff]{0,6}? ?(?:\\d{1,2}月\\d{1,2}日)? ?(?:讯|电|消息)",
  "u",
);
const LEADING_PARENS = /^[(【\[]([^()【】\[\]]{2,80})[)】\]]/u;

export type Dateline = { names: string[]; rest: string; agency: boolean };

/**
 * Strips a dateline or byline written before the text and returns its writers:
 * "本报讯(记者 张三 通讯员 李四)近日,...", "本报杭州8月20日讯 记者 张三 ...", "(浙江日报记者 王五)...",
 * "记者 张三 通讯员 李四 报道 ...". `agency` is true when a 讯/电 dateline was present (a new article
 * certainly starts there).
 */
export function leadingDateline(text: string): Dateline | null {
  let rest = text;
  let agency = false;
  const names: string[] = [];
  const d = DATELINE.exec(rest);
  if (d) {
    agency = true;
    rest = rest.slice(d[0].length).replace(/^[\s::]+/u, "");
  }
  rest = rest.trimStart();
  const p = LEADING_PARENS.exec(rest);
  if (p) {
    const list = parseNameList(p[1]!);
    // Without a dateline, "(张三)" opening a paragraph is too ambiguous; a role word makes it a byline.
    if (list && (agency || list.hasRole)) {
      names.push(...list.names);
      rest = rest.slice(p[0].length).trimStart();
    }
  }
  const lead = parseLeadingAuthors(rest);
  if (lead) {
    names.push(...lead.list.names);
    rest = lead.rest;
  }
  if (!agency && names.length === 0) return null;
  return { names, rest: rest.replace(/^[\s::,]+/u, ""), agency };
}

// ---------------------------------------------------------------- captions and photo credits

const CAPTION_START = /^(?:图为|上图|下图|左图|右图|中图|组图|顶图|底图|题图|图片[::]|图[::]|图[①-⑳0-9一二三四五六七八九十]|[▲△▼▽]|【图】|\[图\])/u;
const PHOTO_SOURCE = /[(【\[](?:图片由[^()【】\[\]]{1,30}提供|资料图片?|图片来源[::][^()【】\[\]]{1,30}|视频截图|受访者供图|[^()【】\[\]]{1,20}供图)[)】\]]$/u;
const CREDIT_END = /摄影?[)】\]]?$/u;
const CREDIT_CUE = /摄|供图|提供|资料图|截图/u;
const SENTENCE_BREAKS = new Set(Array.from('。!?;,:"'));

/**
 * Where a photo credit closing `text` starts ("...。(记者 王琳 摄)", "...。记者 吴立新 摄", "张三/摄"),
 * or -1. The names before 摄 must parse as a byline; without brackets the credit is the longest run of
 * whitespace-separated tokens before 摄 that does, never crossing a sentence break.
 */
export function creditStart(text: string): number {
  const t = text.trimEnd();
  const from = Math.max(0, t.length - 60);
  const tail = t.slice(from);
  if (!CREDIT_CUE.test(tail)) return -1;
  const source = PHOTO_SOURCE.exec(tail);
  if (source) return from + source.index;
  const end = CREDIT_END.exec(tail);
  if (!end) return -1;
  const body = tail.slice(0, end.index);
  if (/[)】\]]$/u.test(end[0])) {
    const open = Math.max(body.lastIndexOf("("), body.lastIndexOf("【"), body.lastIndexOf("["));
    if (open === -1 || parseNameList(body.slice(open + 1)) === null) return -1;
    return from + open;
  }
  let brk = body.length - 1;
  while (brk >= 0 && !SENTENCE_BREAKS.has(body[brk]!)) brk--;
  let best = -1;
  const tokens = [...body.slice(brk + 1).matchAll(/\S+/gu)];
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 5; k--) {
    const at = brk + 1 + tokens[k]!.index;
    if (parseNameList(body.slice(at)) !== null) best = at;
  }
  return best === -1 ? -1 : from + best;
}

/** Is the whole line a photo credit ("(张三 摄)", "记者 王丽 摄", "(图片由xx提供)")? */
export function isCreditLine(line: string): boolean {
  return line.length <= 60 && creditStart(line) === 0;
}

/** Does the text end with a photo credit, making a short paragraph a caption? */
export function endsWithCredit(text: string): boolean {
  return creditStart(text) !== -1;
}

export function isCaptionStart(text: string): boolean {
  return CAPTION_START.test(text) && text.length <= 200;
}

// ---------------------------------------------------------------- lines that are not article text

/** "本版图片除署名外均由xx提供": a page-wide photo credit. */
const PAGE_PHOTO_CREDIT = /^本版(?:图片|照片)/u;
const TRAILER_KEYS =
  "本版责任编辑|本版美编|美术编辑|文字编辑|图片编辑|摄影编辑|新媒体编辑|网络编辑|责任校对|本版编辑|本版责编|本版主编|本版审核|版面编辑|责任编辑|责编|值班编辑|执行编辑|编辑|主编|审核|审校|审定|校对|终审|初审|复审|[一二三]审|监制|出品人?|策划|统筹|美编|" +
  "版式设计|版式|视觉设计|视觉|设计|制图|来源|稿件来源|本文来源|信息来源|文章来源|素材来源|内容来源|资料来源|图片来源|供稿|原标题|本文转自|转自|转载自|排版";
const TRAILER = new RegExp(`^[\\[【(]?\\s*(?:${TRAILER_KEYS})\\s*[::/|丨]`, "u");
/** WeChat credits for pictures and video: "图片 | 东湖街道", "视频丨xx融媒". */
const MEDIA_CREDIT = /^(?:图|图片|配图|图源|题图|封面图?|视频|海报|摄影|摄像|航拍|设计)\s*[|丨]\s*\S/u;
const TRAILER_SPACE = new RegExp(`^[\\[【(]?\\s*(?:本版责任编辑|美术编辑|本版编辑|本版责编|版面编辑|责任编辑|责编|值班编辑|编辑|来源|审核|校对)\\s+\\S{1,20}(?:\\s+\\S{1,20})?[)】\\]]?$`, "u");
const TRAILING_TRAILER = new RegExp(`\\s*[(【\\[]\\s*(?:${TRAILER_KEYS})\\s*[::][^()【】\\[\\]]{0,80}[)】\\]]\\s*$`, "u");

/** Desk roles credited in a page's staff line ("本版编辑 周 瑜  美编 李 敏"); never authors. */
const STAFF_KEY = new RegExp(
  "^(?:本版责任编辑|本版美编|美术编辑|文字编辑|图片编辑|摄影编辑|新媒体编辑|网络编辑|本版编辑|本版责编|本版主编|本版审核|版面编辑|责任编辑|责任校对|责编|值班编辑|执行编辑|编辑|主编|审核|审校|审定|校对|" +
    "终审|初审|复审|[一二三]审|监制|美编|版式设计|版式|视觉设计|视觉|设计|制图|排版|策划|统筹)(?:[::/|](.*))?$",
  "u",
);
const STAFF_BRACKETS = /^[(【\[]|[)】\]]$/gu;

/**
 * A staff line of one or more desk roles, each followed by the names it credits, the names possibly
 * printed with a space inside: "本版编辑 周 瑜", "责任编辑 王芳   版式 李 敏", "(编辑:张三 校对:李四)".
 * Every role needs names and every name a role before it, so "设计方案出炉" or "编辑 部署 工作" are not.
 */
export function isStaffLine(line: string): boolean {
  if (line.length > 80) return false;
  const tokens = line.replace(STAFF_BRACKETS, "").trim().split(/\s+/u);
  let value: string[] | null = null;
  const valueOk = () => value !== null && value.length > 0 && parseNameList(value.join(" ")) !== null;
  for (const tok of tokens) {
    const key = STAFF_KEY.exec(tok);
    if (key) {
      if (value !== null && !valueOk()) return false;
      value = key[1] ? [key[1]] : [];
    } else if (value === null) return false;
    else value.push(tok);
  }
  return valueOk();
}

/** "据浙江日报", "(据《温州日报》报道)": the source of a reprinted item, on a line of its own. */
const SOURCE_LINE =
  /^[(【\[]?(?:据|转自|来自|选自)\s*(?:《[^《》]{1,20}》|[\u4e00-\u9fff]{2,16}?(?:日报|晚报|商报|早报|新闻网|新闻|在线|客户端|融媒体中心|电视台|网|社))\s*(?:报道|消息|讯)?[)】\]]?$/u;
/** "原标题《...》" without a colon (with one it is a TRAILER key). */
const ORIGINAL_TITLE = /^[(【\[]?\s*原标题\s*《/u;

/**
 * "编辑: 张三", "责任编辑 李四 版式 王五", "来源: 浙江日报", "据浙江日报", "原标题《...》",
 * "(本文来源: ...)", "本版图片除署名外均由xx提供": page furniture, not body.
 */
export function isTrailerLine(line: string): boolean {
  if (line.length > 120) return false;
  return (
    TRAILER.test(line) ||
    TRAILER_SPACE.test(line) ||
    MEDIA_CREDIT.test(line) ||
    PAGE_PHOTO_CREDIT.test(line) ||
    SOURCE_LINE.test(line) ||
    ORIGINAL_TITLE.test(line) ||
    isStaffLine(line)
  );
}

/** Removes "(来源: xx)" / "(责任编辑: xx)" from the end of a paragraph. */
export function stripTrailingTrailer(text: string): string {
  if (!CLOSING_BRACKET.test(text.slice(-4))) return text;
  const from = Math.max(0, text.length - 140);
  return text.slice(0, from) + text.slice(from).replace(TRAILING_TRAILER, "");
}

// Unbracketed, the mark must name a page ("上接第1版", "下转A3版", "转下版"): "紧接着,..." is a sentence.
const JUMP = /^(?:[(【\[]\s*(?:上接|下转|紧接|接上|转第|接第|转下|接下|转[A-Z]?\d{1,2}版)[^()【】\[\]]{0,20}[)】\]]|(?:上接|下转|紧接|接上|转|接)\s*(?:第\s*)?[A-Z]?\s*[0-9一二三四五六七八九十]{0,3}\s*(?:版|页)[^()【】\[\]。,]{0,10})$/u;
const JUMP_INLINE = /[(【\[]\s*(?:上接|下转|紧接|接上|转第|接第|转[A-Z]?\d{1,2}版)[^()【】\[\]]{0,20}[)】\]]\s*/gu;

/** "(上接第1版)", "(下转第3版)": jump lines of a story continued on another page. */
export function isJumpLine(line: string): boolean {
  return JUMP.test(line);
}

// Inside a paragraph only a bracketed mark counts: "紧接着", "接上级通知" open ordinary sentences.
const JUMP_IN = /^[(【\[]\s*(?:上接|接上|紧接|接第)[^()【】\[\]]{0,20}[)】\]]/u;
const JUMP_OUT = /[(【\[]\s*(?:下转|转第|转下|转[A-Z]?\d{1,2}版)[^()【】\[\]]{0,20}[)】\]]\s*$/u;
const JUMP_IN_WORD = /^[(【\[]?\s*(?:上接|接上|紧接|接第)/u;

/**
 * Which way a jump mark points: "in" when the text opens with "(上接第1版)" (it continues a story from
 * another page), "out" when it ends with "(下转第3版)" (the story goes on elsewhere), else null.
 */
export function jumpDirection(text: string): "in" | "out" | null {
  if (text.length <= 24 && isJumpLine(text)) return JUMP_IN_WORD.test(text) ? "in" : "out";
  if (JUMP_IN.test(text.slice(0, 26))) return "in";
  if (JUMP_OUT.test(text.slice(-30))) return "out";
  return null;
}

export function stripJumps(text: string): string {
  return text.replace(JUMP_INLINE, "");
}

const DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}/u;
const MASTHEAD_WORD = /版|星期|周[一二三四五六日天]|农历|日报|晚报|商报|早报|期/u;

const DATE_ONLY = /^[\s\d年月日\-./:,星期周一二三四五六日天农历初十廿卅正腊冬闰]+$/u;
/** Page numbers, rules and separators: "- 5 -", "***", "———". */
const NO_WORDS = /^[\s\d\-—–_=*~·.#|/\\<>()]+$/u;
/** A bracketed section label alone on a line: "【清廉浙江】", "[新闻链接]". */
const SECTION_LABEL = /^[【\[][^【】\[\]]{1,16}[】\]]$/u;

/** A paper's name: "xx日报", "xx晚报" ..., or a county paper's "今日xx" (今日永嘉, 今日柯桥). */
const PAPER_NAME = /^[\u4e00-\u9fff]{2,8}?(?:日报|晚报|商报|早报|时报|都市报|周报|法制报)$|^今日[\u4e00-\u9fff]{2,4}$/u;
const LATIN_NAME = /\s*[A-Z][A-Z .'&-]*$/u;
const CJK_RUN = /^[\u4e00-\u9fff]+$/u;

const PAPER_AT_START = /^(?:今日)?[\u4e00-\u9fff]{2,8}?(?:日报|晚报|商报|早报|时报|都市报|周报|法制报)/u;
/** County papers named without 日报: "今日永嘉", "今日柯桥", and short "xx报" titles (天台报, 磐安报). */
const COUNTY_PAPER_WORD = /^(?:今日[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,4}报)$/u;
const SINGLE_CJK = /^[\u4e00-\u9fff]$/u;

/** The first word of a line, letter-spacing undone ("今 日 永 嘉  2023年…" -> "今日永嘉"), cut before a digit. */
function firstWord(line: string): string {
  const tokens = line.trim().split(/\s+/u);
  let word = tokens[0] ?? "";
  if (SINGLE_CJK.test(word)) for (let k = 1; k < tokens.length && SINGLE_CJK.test(tokens[k]!); k++) word += tokens[k]!;
  const digit = word.search(/[0-9]/u);
  return digit === -1 ? word : word.slice(0, digit);
}

/**
 * The paper a masthead line names at its start, letter-spacing removed: "温 州 日 报   2023年7月6日 ..."
 * -> "温州日报", "绍兴日报 2023年11月3日 第2版" -> "绍兴日报", "今日永嘉 2023年12月5日" -> "今日永嘉",
 * "天台报 2023年9月15日 第2版" -> "天台报"; undefined if it names none. Only called on lines already known
 * to be masthead furniture, so a short "xx报" there is the paper, not a word in a sentence.
 */
export function mastheadPaper(line: string): string | undefined {
  if (line.length > 80) return undefined;
  const daily = PAPER_AT_START.exec(line.replace(/\s+/gu, ""))?.[0];
  if (daily) return daily;
  const word = firstWord(line);
  return COUNTY_PAPER_WORD.test(word) ? word : undefined;
}

/**
 * A newspaper's name alone, as printed in a page's masthead, possibly letter-spaced, with its English
 * name or a section label set apart: "宁波日报", "宁波日报 NINGBO DAILY", "温 州 日 报", "丽 水 日 报  组工视窗".
 */
export function isPaperMasthead(line: string): boolean {
  if (line.length > 40) return false;
  const tokens = line.replace(LATIN_NAME, "").trim().split(/\s+/u);
  let name = "";
  let k = 0;
  while (k < tokens.length && !PAPER_NAME.test(name)) name += tokens[k++]!;
  if (!PAPER_NAME.test(name)) return false;
  const label = tokens.slice(k).join("");
  return label === "" || (label.length <= 6 && CJK_RUN.test(label));
}

/**
 * "浙江日报 2023年8月20日 第5版 清廉浙江", "第05版:要闻", a date alone, a page number, a rule or a
 * bracketed section label: page furniture around the articles.
 */
export function isMastheadLine(line: string): boolean {
  if (line.length > 80 || /[。,]/u.test(line)) return false;
  if (SECTION_LABEL.test(line) || (line.length <= 20 && NO_WORDS.test(line)) || isPaperMasthead(line)) return true;
  if (endsSentence(line)) return false;
  return (DATE.test(line) && (MASTHEAD_WORD.test(line) || DATE_ONLY.test(line))) || PAGE_LABEL.test(line);
}

// ---------------------------------------------------------------- title shapes

const NUMBERED = /^(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十0-9]{1,3}[)]|[0-9]{1,2}[、.](?![0-9])|[①-⑳]|第[一二三四五六七八九十]+[,、是]|[一二三四五六七八九十]是|其[一二三四五六七八九十])/u;
const SUBTITLE = /^(?:——|--|─|—)/u;
/** Words a title never ends with but a line cut mid-sentence often does. */
const DANGLING_END = /[的和与及对把将从向在由被以并而或跟给让等]$/u;
const BAD_START = /^[,、。:;!?)」』】…]/u;

/** A numbered sub-heading inside an article ("一、强化组织领导", "(二)..."), never an article title. */
export function isNumbered(s: string): boolean {
  return NUMBERED.test(s);
}

/** A subtitle line under a title: "——记xx街道的'三服务'工作". */
export function isSubtitle(s: string): boolean {
  return SUBTITLE.test(s) && s.length <= 60 && !/。/u.test(s);
}

/**
 * How headline-like is a line? 2: a headline — short, no sentence inside, at most one comma, not ending
 * with a clause mark or a function word, mostly Chinese. 1: only under the relaxed rules used right
 * after a byline, where a title is expected (up to 50 characters, two commas). 0: not a headline.
 * One pass, no allocations beyond the compacted string: it runs on every line of the page.
 */
export function titleShapeLevel(s: string): 0 | 1 | 2 {
  if (s.length > 120) return 0;
  const compact = s.includes(" ") ? s.replace(/ +/gu, "") : s;
  const len = compact.length;
  if (len < 4 || len > 50 || BAD_START.test(compact)) return 0;
  let commas = 0;
  let quotes = 0;
  let cjk = 0;
  for (let i = 0; i < len; i++) {
    const c = compact.charCodeAt(i);
    if (c === 0x3002 || c === 0x3b) return 0; // 。 ;
    if (c === 0x2c) commas++;
    else if (c === 0x22) quotes++;
    else if (c >= 0x3400 && c <= 0x9fff) cjk++;
  }
  // A headline closes its quotes; a line cut inside a quotation does not.
  if (commas > 2 || quotes % 2 === 1 || cjk < 2 || cjk * 2 < len) return 0;
  if (/^[(【\[].*[)】\]]$/u.test(compact)) return 0;
  let end = len - 1;
  while (end > 0 && CLOSERS.has(compact[end]!)) end--;
  const last = compact[end]!;
  if (/[,、:;。…·.]/u.test(last) || DANGLING_END.test(compact.slice(0, end + 1))) return 0;
  const strict = len <= 40 && commas <= 1 && !(commas === 1 && len > 30) && !((last === "!" || last === "?") && len > 30);
  if (strict) return 2;
  return (last === "!" || last === "?") && len > 30 ? 0 : 1;
}

/** Could this line be a headline? See titleShapeLevel; `relaxed` accepts level 1. */
export function isTitleShape(s: string, relaxed = false): boolean {
  return titleShapeLevel(s) >= (relaxed ? 1 : 2);
}

