import {
  bareNames,
  displayWidth,
  endsSentence,
  endsWithCredit,
  isCaptionStart,
  isCreditLine,
  isJumpLine,
  isNumbered,
  isMastheadLine,
  isSubtitle,
  isTrailerLine,
  jumpDirection,
  leadingDateline,
  mastheadPaper,
  parseHeading,
  stripJumps,
  stripTrailingTrailer,
  titleShapeLevel,
  trailingByline,
  wholeLineByline,
} from "./line-kinds";
import { accountName, isAccountNameAbove, isChromeLine, isReadingListHeader, isReadingListItem, parseWebMeta } from "./chrome";
import { splitInlineItems } from "./inline-items";
import { normalizeText, prepareLayout } from "./normalize";

export type UnitKind =
  | "heading" // markdown heading
  | "text" // body text (or a plain title, decided later)
  | "byline" // names in parentheses, "(马可远 金棋)"
  | "authorline" // "记者 张三 通讯员 李四", "本报讯(记者 张三)" alone on a line
  | "credit" // photo credit alone, "(张三 摄)"
  | "caption" // "图为…", "▲…", a paragraph ending in a photo credit
  | "drop"; // 编辑/来源 lines, jump lines, mastheads, website and WeChat chrome

/** One non-empty line of the page with what can be told about it without context. */
export type Unit = {
  kind: UnitKind;
  text: string;
  /** Heading level for markdown headings, else 0. */
  level: number;
  /** Index of the line of the prepared text the unit comes from (a line may yield a text and a byline unit). */
  line: number;
  /** Blank lines before this one (99 at the start of the page). */
  gapBefore: number;
  /** Index of the blank-line-separated block the line belongs to. */
  block: number;
  /** The block is hard-wrapped: most of its lines stop mid-sentence. */
  wrapped: boolean;
  width: number;
  /** Column width of a wrapped block (median width of its wrapped lines), else 0. */
  blockWidth: number;
  /** The line is as wide as the page's text column and runs on into the next: a wrap, not a title. */
  columnLike: boolean;
  /** Writers named by a byline or author line. */
  names: string[];
  /** The line ends a sentence. */
  final: boolean;
  /** A 讯/电 dateline opens the line: an article certainly starts here. */
  agency: boolean;
  /** A dateline or byline opens the line ("本报讯", "记者 张三 ..."): typical of an article's start. */
  lead: boolean;
  /** isTitleShape(text), and with the relaxed rules used right after a byline (computed once). */
  shape: boolean;
  shapeRelaxed: boolean;
  /** isSubtitle(text). */
  subtitle: boolean;
  /**
   * The line is indented in a block whose other lines are not: a paragraph starts here (e-paper and OCR
   * text mark paragraphs only by an ideographic indent).
   */
  indent: boolean;
  /** "(上接第1版)" opens the line / "(下转第3版)" ends it: a story continued across pages. */
  jump: "in" | "out" | null;
  /** A masthead or WeChat account line: the paper or account it names ("宁波日报", "xx发布"). */
  paper?: string;
};

function unit(kind: UnitKind, text: string, gapBefore: number, block: number): Unit {
  const shape = titleShapeLevel(text);
  return {
    kind,
    text,
    level: 0,
    line: 0,
    gapBefore,
    block,
    wrapped: false,
    width: displayWidth(text),
    blockWidth: 0,
    columnLike: false,
    names: [],
    final: endsSentence(text),
    agency: false,
    lead: false,
    shape: shape === 2,
    shapeRelaxed: shape >= 1,
    subtitle: isSubtitle(text),
    indent: false,
    jump: null,
  };
}

/** Context-free classification of one trimmed, normalized line (may yield a text + byline pair). */
function classify(line: string, gapBefore: number, block: number): Unit[] {
  const heading = parseHeading(line);
  if (heading) {
    const u = unit("heading", heading.text.replace(/\*\*|__/gu, "").trim(), gapBefore, block);
    u.level = heading.level;
    return [u];
  }
  let text = line.replace(/\*\*/gu, "").trim();
  if (text === "") return [];
  const meta = parseWebMeta(text);
  if (meta) {
    // A web page's "发布时间 ... 作者:张三" line names the writers; without 作者 it is chrome.
    const u = unit(meta.names.length > 0 ? "authorline" : "drop", text, gapBefore, block);
    u.names = meta.names;
    return [u];
  }
  if (isChromeLine(text)) {
    const u = unit("drop", text, gapBefore, block);
    const paper = accountName(text) ?? mastheadPaper(text);
    if (paper) u.paper = paper;
    return [u];
  }
  const byline = wholeLineByline(text);
  if (byline) {
    // "(张三 摄)" credits a photo; "(记者 张三/文 李四/摄)" is the article's byline all the same.
    const u = unit(byline.names.length === 0 ? "credit" : "byline", text, gapBefore, block);
    u.names = byline.names;
    return [u];
  }
  if (isJumpLine(text)) {
    const u = unit("drop", text, gapBefore, block);
    u.jump = jumpDirection(text);
    return [u];
  }
  if (isTrailerLine(text)) return [unit("drop", text, gapBefore, block)];
  if (isMastheadLine(text)) {
    const u = unit("drop", text, gapBefore, block);
    const paper = mastheadPaper(text);
    if (paper) u.paper = paper;
    return [u];
  }
  if (isCreditLine(text)) return [unit("credit", text, gapBefore, block)];
  // A long paragraph ending in "(张三 摄)" is body text with a credit, split off below.
  if (isCaptionStart(text) || (text.length <= 100 && endsWithCredit(text))) return [unit("caption", text, gapBefore, block)];
  const dateline = leadingDateline(text);
  if (dateline && dateline.rest === "") {
    const u = unit("authorline", text, gapBefore, block);
    u.names = dateline.names;
    u.agency = dateline.agency;
    u.lead = true;
    return [u];
  }
  const jump = jumpDirection(text);
  text = stripJumps(stripTrailingTrailer(text)).trim();
  if (text === "") return [unit("drop", line, gapBefore, block)];
  const bare = bareNames(text);
  if (bare && !bare.photo) {
    const u = unit("byline", text, gapBefore, block);
    u.names = bare.names;
    return [u];
  }
  const trailing = trailingByline(text);
  if (trailing) {
    const body = unit("text", trailing.rest, gapBefore, block);
    if (dateline) {
      body.agency = dateline.agency;
      body.lead = true;
    }
    const by = unit(trailing.list.names.length === 0 ? "credit" : "byline", text.slice(trailing.rest.length).trim(), 0, block);
    by.names = trailing.list.names;
    body.jump = jump;
    return trailing.rest === "" ? [by] : [body, by];
  }
  const u = unit("text", text, gapBefore, block);
  u.jump = jump;
  if (dateline) {
    u.agency = dateline.agency;
    u.lead = true;
  }
  return [u];
}

/**
 * The text the units are read from: one kind of line break and space, project punctuation, and numbered
 * items run together on one line put on lines of their own. Unit.line counts the lines of this text.
 */
/** At most this many lines make a title group (kicker, title, subtitles). */
export const MAX_GROUP = 5;
/** More plain title-shaped lines than this in a row are a list, not a title. */
export const MAX_PLAIN_TITLE_LINES = 3;

/**
 * A plain line that could be (part of) a headline, judged with its block's layout. `expected`: a title
 * is expected here (the top of a report, or after a byline): shapes are judged more loosely and a line
 * nearly as wide as a narrow column may still be the title. Shared by the live title reader
 * (segment.ts) and the old rules kept as splitter features (split/rule-starts.ts).
 */
export function plainTitleLine(u: Unit, expected: boolean): boolean {
  if (u.kind !== "text" || u.agency) return false;
  // A line as wide as the text column that runs on is a wrap, whatever its shape.
  if (u.columnLike && !(expected && u.width < u.blockWidth)) return false;
  return u.subtitle || (!isNumbered(u.text) && (expected ? u.shapeRelaxed : u.shape));
}

export function layoutText(raw: string): string {
  return splitInlineItems(normalizeText(prepareLayout(raw)));
}

/** Splits prepared page text into classified units and measures the blocks they sit in. */
export function toUnits(raw: string): Unit[] {
  const text = layoutText(raw);
  const units: Unit[] = [];
  let gap = 99;
  let block = -1;
  let lineStart = 0;
  let inBlock = false;
  let readingList = false;
  let lineNo = -1;
  while (lineStart <= text.length) {
    lineNo++;
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const rawLine = text.slice(lineStart, lineEnd);
    const line = rawLine.trim();
    lineStart = lineEnd + 1;
    if (line === "") {
      if (units.length > 0) gap++;
      inBlock = false;
      continue;
    }
    if (!inBlock) block++;
    inBlock = true;
    // Below "往期推荐" / "推荐阅读" come links to other posts, one short title a line, up to the next prose.
    if (isReadingListHeader(line)) readingList = true;
    else if (readingList && !isReadingListItem(line, displayWidth(line))) readingList = false;
    const classified = readingList ? [unit("drop", line, gap, block)] : classify(line, gap, block);
    // "诸暨发布" alone above "2023-12-06 07:30 浙江": the account's name, split from its date line.
    const above = units.at(-1);
    if (gap === 0 && above?.kind === "text" && classified[0]?.kind === "drop" && isAccountNameAbove(above.text, line)) {
      above.kind = "drop";
      above.paper = above.text;
    }
    const indented = rawLine.startsWith("  ");
    for (const u of classified) {
      u.indent = indented;
      u.line = lineNo;
      units.push(u);
    }
    gap = 0;
  }
  measureBlocks(units);
  return units;
}

/**
 * A block is hard-wrapped (print columns) when most of its lines stop mid-sentence at about the same
 * width and no line is much wider (a page with one paragraph per line has short open lines — titles —
 * among much longer ones; a kicker/title/subtitle stack has uneven widths). `blockWidth` is the column
 * width. In a column, a full-width line that happens to end with 。 is still a wrap, and a line as wide
 * as the column is never a title. Two-line blocks are judged against the page's usual column width.
 */
function measureBlocks(units: Unit[]): void {
  const pageOpen: number[] = [];
  const blocks: { from: number; to: number; texts: Unit[] }[] = [];
  let i = 0;
  while (i < units.length) {
    const b = units[i]!.block;
    let j = i;
    while (j < units.length && units[j]!.block === b) j++;
    const texts: Unit[] = [];
    for (let k = i; k < j; k++) if (units[k]!.kind === "text") texts.push(units[k]!);
    blocks.push({ from: i, to: j, texts });
    const nonLast = texts.slice(0, -1).filter((u) => !u.subtitle);
    const open = nonLast.filter((u) => !u.final).map((u) => u.width).sort((x, y) => x - y);
    const column = open[open.length >> 1] ?? 0;
    let wrapped = false;
    if (texts.length >= 3 && open.length >= 2 && open.length * 2 >= nonLast.length) {
      const even = open.filter((w) => w >= 0.85 * column && w <= 1.15 * column).length;
      const widest = nonLast.reduce((w, u) => Math.max(w, u.width), 0);
      wrapped = even * 3 >= open.length * 2 && widest <= 1.3 * column;
      // A short stack over a byline or a dateline, or with a "——" subtitle, is a kicker/title/subtitle
      // group whose lines happen to be of one width, not a column.
      const after = units[j];
      if (wrapped && texts.length <= 4 && (texts.some((u) => u.subtitle) || (after !== undefined && (after.kind === "authorline" || after.lead))))
        wrapped = false;
    }
    // An indent marks a paragraph only where other lines of the block are not indented.
    const mixed = texts.some((u) => u.indent) && texts.some((u) => !u.indent);
    if (!mixed) for (let k = i; k < j; k++) units[k]!.indent = false;
    for (let k = i; k < j; k++) {
      const u = units[k]!;
      u.wrapped = wrapped;
      u.blockWidth = wrapped ? column : 0;
      // A line right above a byline, a dateline or an indented paragraph ends there: not a wrap.
      const next = k + 1 < j ? units[k + 1]! : undefined;
      const opensNext = next !== undefined && (next.kind === "authorline" || next.lead || next.indent);
      u.columnLike = wrapped && !u.final && u.width > 0.75 * column && !opensNext;
    }
    if (wrapped) for (const w of open) pageOpen.push(w);
    i = j;
  }
  if (pageOpen.length < 4) return;
  pageOpen.sort((x, y) => x - y);
  const pageColumn = pageOpen[pageOpen.length >> 1]!;
  for (const { texts } of blocks) {
    if (texts[0]?.wrapped) continue;
    for (let k = 0; k + 1 < texts.length; k++) {
      const u = texts[k]!;
      if (!u.final && texts[k + 1]!.gapBefore === 0 && u.width >= 0.85 * pageColumn && u.width <= 1.15 * pageColumn) u.columnLike = true;
    }
  }
}
