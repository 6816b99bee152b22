// Line features for the page splitter: every line of a page becomes a vector of named numbers that
// say what the line looks like (its kind, length, punctuation, datelines, bylines, furniture, a place
// at its head), where it sits (blank lines around it, first or last on the page) and what its
// neighbours look like. The model (model.ts) only sees these numbers; all knowledge of Chinese text
// lives in the predicates used here (lib/zh, lib/ingest/line-kinds.ts) and in the gazetteer.
import type { Gazetteer } from "../../geo/gazetteer";
import { tokenize } from "../../geo/recognize";
import { creditAtEnd, creditAtHead, reporterAtHead, reporterNear } from "../../zh/bylines";
import { opensWithConnective } from "../../zh/connectives";
import { agencyAtHead, datelineForms, opensWithTimeWord, outletFollows, type DatelineForm } from "../../zh/datelines";
import { hasUiWords, isDateOnlyLine, isDigitalPaperBanner, isMetaLine, isPageFooter, isPageLabel } from "../../zh/furniture";
import { endsClause, endsMidSentence, endsSentence, OPENING_PUNCT } from "../../zh/punctuation";
import { isNumbered } from "../line-kinds";
import { isPersonName } from "../names";
import type { Unit } from "../units";
import { ruleStarts } from "./rule-starts";

/** One line of the page: the units toUnits made of it (a line may yield a text and a byline unit). */
export type SplitLine = {
  /** Index of the line in the prepared text. */
  line: number;
  units: Unit[];
  /** The line's text as the units hold it (markdown marks and trailing bylines included). */
  text: string;
  /** The dateline forms opening the line (computed once, see formsOf). */
  forms?: Set<DatelineForm>;
};

/** The dateline forms opening a line, computed once per line. */
function formsOf(l: SplitLine): Set<DatelineForm> {
  l.forms ??= datelineForms(l.text);
  return l.forms;
}

/** Groups units by the line they come from, in page order. */
export function pageLines(units: readonly Unit[]): SplitLine[] {
  const out: SplitLine[] = [];
  for (const u of units) {
    const last = out.at(-1);
    if (last && last.line === u.line) {
      last.units.push(u);
      last.text += ` ${u.text}`;
    } else out.push({ line: u.line, units: [u], text: u.text });
  }
  return out;
}

// ---------------------------------------------------------------- what a line looks like on its own

const BULLET_HEAD = /^[■□●◆◇★☆▲△▶►◎○]/u;
const BRACKET_TITLE = /^【[^【】]{2,40}】/u;
const PAREN_WHOLE = /^[(【\[][^()【】\[\]]{1,80}[)】\]]$/u;
/** A short head before a colon, then more words: "萧山:绿色长廊", "浙江建德:柑橘之乡开启丰收季". */
const COLON_HEAD = /^[\u4e00-\u9fff]{2,8}\s?[::]\s?\S/u;
const KICKER_ARROW = /〉〉|》》|>>|>>/u;
const DATE_HEAD = /^[■□●◆◇\s]*(?:\d{4}年)?\d{1,2}月\d{1,2}日/u;
const QUOTE_HEAD = /^["'「『]/u;
/** A short line with a space between two words: "永嘉 高山抢采时辰茶", "嘉兴 种植大户赛葡萄". */
const SPACED_WORDS = /^[^\s]{2,12} +[^\s]{2,30}$/u;

const FRAGMENT_HEAD = /^[\u4e00-\u9fff]{1,4}[,、]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const compactLength = (s: string) => s.replace(/\s+/gu, "").length;

/**
 * Names after the last sentence of the line, without a credit word: "...喜悦。湖图 何伟卫 陈斌康",
 * "...水涨船高。吴铁鸣 戎融": a photo or writer credit closing a report.
 */
export function endsWithNames(text: string): boolean {
  const t = text.trimEnd();
  // The last full stop, looked for in the last 24 characters only (one further back is too far).
  let stop = -1;
  for (let j = t.length - 1; j >= 0 && t.length - j <= 24; j--) {
    const c = t.charCodeAt(j);
    if (c === 0x3002 || c === 0x21 || c === 0x3f) {
      stop = j;
      break;
    }
  }
  if (stop < 0) return false;
  const tokens = t
    .slice(stop + 1)
    .replace(/^["')」』]+/u, "")
    .split(/[\s、,]+/u)
    .filter((x) => x !== "");
  return tokens.length > 0 && tokens.length <= 5 && tokens.every((x) => x.length <= 8) && tokens.some((x) => isPersonName(x, true));
}

/**
 * What several tests of a line read, computed once per line (see lineFacts): the line's first unit,
 * its length without spaces, whether it ends a sentence, its dateline forms and the marks at its head.
 */
export type LineFacts = {
  first: Unit;
  /** Characters of the line, spaces left out. */
  length: number;
  final: boolean;
  forms: Set<DatelineForm>;
  bullet: boolean;
  numbered: boolean;
  bracketTitle: boolean;
  dateHead: boolean;
  agencyHead: boolean;
  reporterHead: boolean;
};

export function lineFacts(l: SplitLine, length: number = compactLength(l.text)): LineFacts {
  const first = l.units[0]!;
  return {
    first,
    length,
    final: endsSentence(l.text),
    forms: formsOf(l),
    bullet: BULLET_HEAD.test(l.text),
    numbered: isNumbered(first.text),
    bracketTitle: BRACKET_TITLE.test(l.text),
    dateHead: DATE_HEAD.test(l.text),
    agencyHead: agencyAtHead(l.text),
    reporterHead: reporterAtHead(l.text),
  };
}

/** At least two full stops (。!?) in the text: sentenceCount(s) >= 2, without reading past the second. */
function twoFullStops(s: string): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c === 0x3002 || c === 0x21 || c === 0x3f) && ++n === 2) return true;
  }
  return false;
}

/** Any of the marks that often open a report: a dateline, a byline, a bullet, numbering, a date. */
function opensLikeReport(f: LineFacts): boolean {
  const u = f.first;
  return u.lead || u.agency || f.forms.size > 0 || f.agencyHead || f.reporterHead || f.bullet || f.numbered || f.bracketTitle || f.dateHead;
}

/** A named test of one line, without context. */
type LineTest = readonly [name: string, test: (l: SplitLine, f: LineFacts) => boolean];

/**
 * Tests of one line, each pure. Today's line classification (toUnits: heading, byline, credit, caption,
 * furniture ...) enters as features here, beside the finer tests of lib/zh.
 */
export const LINE_TESTS: readonly LineTest[] = [
  ["kind.text", (_, f) => f.first.kind === "text"],
  ["kind.heading", (_, f) => f.first.kind === "heading"],
  ["kind.byline", (_, f) => f.first.kind === "byline"],
  ["kind.authorline", (_, f) => f.first.kind === "authorline"],
  ["kind.credit", (_, f) => f.first.kind === "credit"],
  ["kind.caption", (_, f) => f.first.kind === "caption"],
  ["kind.drop", (_, f) => f.first.kind === "drop"],
  ["trailingByline", (l) => l.units.length > 1 && l.units.at(-1)!.kind !== "text"],
  ["len.le8", (_, f) => f.length <= 8],
  ["len.gt200", (_, f) => f.length > 200],
  ["final", (_, f) => f.final],
  ["clauseEnd", (l) => endsClause(l.text)],
  ["midSentenceEnd", (l) => endsMidSentence(l.text)],
  // Opens with a fragment of a few characters and a comma ("问题,三合镇…"), not a time word or a
  // connective: the rest of a sentence broken off on the line above.
  ["fragmentHead", (l) => FRAGMENT_HEAD.test(l.text) && !opensWithTimeWord(l.text) && !opensWithConnective(l.text)],
  ["sentences.ge2", (l) => twoFullStops(l.text)],
  ["shape.strict", (_, f) => f.first.shape],
  ["shape.relaxed", (_, f) => f.first.shapeRelaxed],
  ["subtitle", (_, f) => f.first.subtitle],
  ["numbered", (_, f) => f.numbered],
  ["bullet", (_, f) => f.bullet],
  ["bracketTitle", (_, f) => f.bracketTitle],
  ["parenWhole", (l) => PAREN_WHOLE.test(l.text)],
  ["colonHead", (l) => COLON_HEAD.test(l.text) && !endsSentence(l.text.slice(0, 40))],
  ["kickerArrow", (l) => KICKER_ARROW.test(l.text.slice(0, 20))],
  ["spacedWords", (l, f) => SPACED_WORDS.test(l.text) && !f.final],
  ["agency", (l) => l.units.some((u) => u.agency)],
  ["lead", (l) => l.units.some((u) => u.lead)],
  ["dl.own", (_, f) => f.forms.has("own")],
  ["dl.dayXun", (_, f) => f.forms.has("dayXun")],
  ["dl.dayDian", (_, f) => f.forms.has("dayDian")],
  ["dl.zhuanDian", (_, f) => f.forms.has("zhuanDian")],
  ["dl.youXun", (_, f) => f.forms.has("youXun")],
  ["dl.xiaoxi", (_, f) => f.forms.has("xiaoxi")],
  ["dl.outletXun", (_, f) => f.forms.has("outletXun")],
  ["agencyHead", (_, f) => f.agencyHead],
  ["timeHead", (l) => opensWithTimeWord(l.text)],
  ["dateHead", (_, f) => f.dateHead],
  ["reporterHead", (_, f) => f.reporterHead],
  ["reporterNear", (l) => reporterNear(l.text)],
  ["creditEnd", (l) => creditAtEnd(l.text)],
  ["creditHead", (l) => creditAtHead(l.text)],
  ["namesEnd", (l) => endsWithNames(l.text)],
  ["opensLikeReport", (_, f) => opensLikeReport(f)],
  ["pageLabel", (l) => isPageLabel(l.text)],
  ["digitalPaper", (l) => isDigitalPaperBanner(l.text)],
  ["metaLine", (l) => isMetaLine(l.text)],
  ["dateOnly", (l) => isDateOnlyLine(l.text)],
  ["footer", (l) => isPageFooter(l.text)],
  ["uiWords", (l) => hasUiWords(l.text)],
  ["quoteHead", (l) => QUOTE_HEAD.test(l.text)],
  ["connective", (l) => opensWithConnective(l.text)],
  ["separator", (l) => !LETTER_OR_DIGIT.test(l.text)],
  ["openPunct", (l) => OPENING_PUNCT.test(l.text)],
  ["jumpIn", (_, f) => f.first.jump === "in"],
  ["jumpOut", (l) => l.units.some((u) => u.jump === "out")],
  ["wrapped", (_, f) => f.first.wrapped],
  ["columnLike", (_, f) => f.first.columnLike],
  ["indent", (_, f) => f.first.indent],
];

// ---------------------------------------------------------------- where a line sits on the page

/** Features that need the page: blank lines, position, headings, places. Computed in pageFeatures. */
const PAGE_TESTS = [
  "gap.before",
  "gap.before2",
  "gap.after",
  "pageFirst",
  "pageLast",
  "gapMissing", // no blank line above, on a page whose lines are mostly set apart by blank lines
  "gapUnusual", // a blank line above, on a page whose lines mostly follow each other directly
  "pageGapless",
  "heading.top", // a markdown heading of the page's highest level
  "heading.topOnce", // ... used once on a page that has lower headings too: a page section
  "place.head", // a Zhejiang county, city or township named at the head of the line
  "place.headNew", // ... that the few hundred characters above do not name
  "place.headColon", // ... followed by a colon or a space: "萧山:绿色长廊", "嘉兴 种植大户赛葡萄"
  "place.leadNew", // a place in the line's first sentence that the few hundred characters above do not name
  // Length against the page's typical paragraph (the longer text lines): a title is short next to the
  // paragraphs of its own page, whether the page prints long reports or two-line briefs.
  "rel.lt15",
  "rel.lt30",
  "rel.lt60",
  "rel.lt120",
  "shortVsPage", // much shorter than the page's usual line
  "rule.start", // the hand rules of old (rule-starts.ts) open an article on this line
  "rule.inTitle", // ... or read it as a later line of a title group
  "cohesion", // how much the text below the line repeats the words of the text above (0..1)
  "cohesion.low", // ... under half the page's median: the subject changes here
  "cohesion.dip", // ... lower than at the lines just above and below: a local minimum
  // How much of the line's first sentence (a title: the whole line) repeats the few hundred characters
  // above: a sub-heading or a new paragraph takes up the words of its report, a new report's title
  // and lead bring their own.
  "seen.lead20",
  "seen.lead40",
  "seen.lead60",
] as const;

/** Features of the line before and after (a subset of the line's own). */
const NEIGHBOUR_NAMES = [
  "kind.text",
  "kind.heading",
  "kind.byline",
  "kind.authorline",
  "kind.credit",
  "kind.caption",
  "kind.drop",
  "trailingByline",
  "len.le8",
  "rel.lt15",
  "rel.lt30",
  "rel.lt60",
  "len.gt200",
  "final",
  "clauseEnd",
  "midSentenceEnd",
  "fragmentHead",
  "shape.strict",
  "shape.relaxed",
  "subtitle",
  "bullet",
  "bracketTitle",
  "colonHead",
  "agency",
  "lead",
  "dl.own",
  "dl.dayXun",
  "dl.dayDian",
  "dl.outletXun",
  "dateHead",
  "reporterHead",
  "creditEnd",
  "namesEnd",
  "opensLikeReport",
  "pageLabel",
  "digitalPaper",
  "metaLine",
  "dateOnly",
  "footer",
  "quoteHead",
  "openPunct",
  "connective",
  "separator",
  "seen.lead20",
  "seen.lead40",
  "gap.before",
  "gap.after",
  "heading.top",
  "place.head",
  "place.headNew",
  "place.leadNew",
  "rule.start",
  "pageFirst",
  "pageLast",
  "jumpOut",
] as const;

/** A few features of the lines two above and two below. */
const FAR_NAMES = ["kind.text", "final", "shape.relaxed", "rel.lt30", "gap.before", "kind.heading", "agency", "lead", "creditEnd", "dateOnly"] as const;

/** Conjunctions a linear model cannot form by itself. */
const CONJUNCTIONS = [
  "titleThenBody", // a title-shaped open line right above a long body line
  "titleAfterFinal", // a title-shaped open line right below a finished sentence
  "textAfterCredit", // text right below a credit, a byline or a line ending in a credit
  "opensAfterFinal", // a line that opens like a report (dateline, byline, bullet ...) below a finished sentence
  "newPlaceWithGap", // a new place at the head, with a blank line above
  "finalAfterFinalNoGap", // a finished line below a finished line with no blank line between
  "titleAboveHead", // a title-shaped open line right above a meta line, a dateline, a byline or furniture
  "openAfterCrumb", // a line that opens like a report right below a credit, byline, meta line or footer
  "markerSeries", // a bullet, number or bracket at the head, and other lines of the page open with the same kind
  "opensBelowBody", // a line that opens like a report below body text (a sentence, a long line, a credit), not below a title
  "prevRunsOn", // the line above is a long line of text that stops mid-sentence: this line goes on with it
  "unmarkedInSeries", // no list marker, on a page whose reports open with one (a bullet series): not a report's head
  "openAboveOnClosingPage", // the line above is body text without a credit or byline, on a page whose reports end with one
  "afterClosing", // right below a byline or credit line that itself follows finished body text: the report above is closed
] as const;

const OWN_NAMES = LINE_TESTS.map(([name]) => name);
const OWN_INDEX = new Map<string, number>([...OWN_NAMES, ...PAGE_TESTS].map((n, i) => [n, i]));
const OWN_SIZE = OWN_INDEX.size;

/** Every feature's name, in the order of the vectors pageFeatures returns. The bias is not listed. */
export const FEATURE_NAMES: readonly string[] = [
  ...OWN_NAMES,
  ...PAGE_TESTS,
  ...NEIGHBOUR_NAMES.map((n) => `prev.${n}`),
  ...NEIGHBOUR_NAMES.map((n) => `next.${n}`),
  ...FAR_NAMES.map((n) => `prev2.${n}`),
  ...FAR_NAMES.map((n) => `next2.${n}`),
  ...CONJUNCTIONS,
];

const NEIGHBOUR_IDX = NEIGHBOUR_NAMES.map((n) => OWN_INDEX.get(n)!);
const FAR_IDX = FAR_NAMES.map((n) => OWN_INDEX.get(n)!);

const I = (name: string) => OWN_INDEX.get(name)!;

/** The length of a typical paragraph of the page: the upper quartile of its text lines' lengths. */
function typicalParagraph(lines: readonly SplitLine[], lengths: readonly number[]): number {
  const text = lengths.filter((_, i) => lines[i]!.units[0]!.kind === "text").sort((a, b) => a - b);
  const all = text.length > 0 ? text : [...lengths].sort((a, b) => a - b);
  return Math.max(1, all[Math.floor(all.length * 0.75)] ?? 1);
}

/** How far back a place counts as already named ("new" places are not in this window). */
export const PLACE_WINDOW = 300;
/** How many characters at the head of a line are searched for a place (after a date or a bullet). */
const HEAD_CHARS = 10;
const HEAD_SKIP = /^[■□●◆◇★☆▲\s]*(?:浙江省?)?(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日[,,]?)?/u;

type PlaceHit = { start: number; codes: Set<string> };

/** Places named in a text: the county (or city) code of every county, city and township name read. */
function placesIn(text: string, gaz: Gazetteer): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const t of tokenize(text, "body", gaz)) {
    const e = t.entry;
    if (t.kind !== "place" || e === null || e.strength === "stem" || e.strength === "chainOnly" || (e.strength === "short" && e.wordlike)) continue;
    const codes = new Set<string>();
    for (const code of e.codes) {
      const p = gaz.byCode.get(code);
      if (!p) continue;
      codes.add(p.level === "township" ? (p.countyCode ?? p.cityCode) : p.code);
    }
    if (codes.size > 0) out.push({ start: t.start, codes });
  }
  return out;
}

/**
 * Do two sets of county/city codes name the same place? A city also covers its counties: "舟山" at a
 * line's head is not new below a report about 普陀区.
 */
function sharesPlace(head: Set<string>, seen: Set<string>): boolean {
  for (const h of head) {
    for (const s of seen) if (h === s || (h.endsWith("00") && s.startsWith(h.slice(0, 4)))) return true;
  }
  return false;
}

/** Is a place of `codes` among the hits hits[from..] that start before `end`? */
function seenBefore(codes: Set<string>, hits: readonly PlaceHit[], from: number, end: number): boolean {
  for (let k = from; k < hits.length && hits[k]!.start < end; k++) if (sharesPlace(codes, hits[k]!.codes)) return true;
  return false;
}

/** How many characters of text above and below a line are compared for lexical cohesion. */
export const COHESION_WINDOW = 150;

/**
 * Dense ids for pairs of characters (UTF-16 code units or code points), one table per page: the
 * sliding windows of cohesion and seenAbove then count pairs in typed arrays, not in maps of strings.
 * Open addressing with linear probing.
 */
class PairIds {
  private a: Int32Array;
  private b: Int32Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(hint: number) {
    let cap = 16;
    while (cap < hint * 2) cap *= 2;
    this.a = new Int32Array(cap).fill(-1);
    this.b = new Int32Array(cap);
    this.ids = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(x: number, y: number): number {
    let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    while (this.a[h] !== -1 && (this.a[h] !== x || this.b[h] !== y)) h = (h + 1) & this.mask;
    return h;
  }

  /** The id of the pair (x, y), or -1 when it has none. */
  find(x: number, y: number): number {
    const h = this.slot(x, y);
    return this.a[h] === -1 ? -1 : this.ids[h]!;
  }

  /** The id of the pair (x, y), given one when it has none. */
  id(x: number, y: number): number {
    let h = this.slot(x, y);
    if (this.a[h] !== -1) return this.ids[h]!;
    if ((this.size + 1) * 2 > this.a.length) {
      this.grow();
      h = this.slot(x, y);
    }
    this.a[h] = x;
    this.b[h] = y;
    this.ids[h] = this.size;
    return this.size++;
  }

  private grow(): void {
    const { a, b, ids } = this;
    this.a = new Int32Array(a.length * 2).fill(-1);
    this.b = new Int32Array(a.length * 2);
    this.ids = new Int32Array(a.length * 2);
    this.mask = this.a.length - 1;
    for (let h = 0; h < a.length; h++) {
      if (a[h] === -1) continue;
      const s = this.slot(a[h]!, b[h]!);
      this.a[s] = a[h]!;
      this.b[s] = b[h]!;
      this.ids[s] = ids[h]!;
    }
  }
}

/** The distinct pair ids of each line of a page: line i's are ids[start[i]..start[i + 1]). */
type LinePairs = { start: Int32Array; ids: Int32Array };

// What the features ask of single characters, answered from a table filled as characters are met
// (kept in this module: a call across modules costs more than the lookup under some loaders): reading a
// page's lines once, character by character, is then a table lookup per character instead of a
// regular-expression pass per feature. The answers are the expressions' own (JavaScript's \s and
// \p{L}|\p{N}), so features computed either way are identical.

const ONE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
/** Per UTF-16 code unit: 0 not yet asked, else 1 + (letter or digit ? 2 : 0) + (space ? 4 : 0). */
const charClasses = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = charClasses[c]!;
  if (k === 0) {
    // A lone surrogate is neither (the /u expressions read it as a code point of its own).
    const s = c >= 0xd800 && c <= 0xdfff ? "" : String.fromCharCode(c);
    k = 1 + (s !== "" && ONE_LETTER_OR_DIGIT.test(s) ? 2 : 0) + (s !== "" && SPACE.test(s) ? 4 : 0);
    charClasses[c] = k;
  }
  return k;
}

/** Is the BMP code unit a letter or digit (\p{L} or \p{N})? */
function isLetterOrDigitUnit(c: number): boolean {
  return (classOf(c) & 2) !== 0;
}

/** Is the code unit white space, as \s reads it (all of \s lies in the BMP)? */
function isSpaceUnit(c: number): boolean {
  return (classOf(c) & 4) !== 0;
}

/** Is the code point (outside the BMP) a letter or digit? */
function isLetterOrDigitPoint(cp: number): boolean {
  return ONE_LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** Characters too common to say what a text is about: pairs holding one are not compared. */
const COMMON_CHARS = new Uint8Array(0x10000);
for (const c of "的了在是和与及有一不这为也将对把被从到等中上下年月日个们地得着来去以其之所就都而并或又") COMMON_CHARS[c.charCodeAt(0)] = 1;
/** Is the code point one of COMMON_CHARS (all in the BMP)? */
const isCommon = (c: number) => c < 0x10000 && COMMON_CHARS[c] === 1;

/** The marks that end a line's first sentence, for seenAbove: 。 ! ? ; */
const isLeadStop = (c: number) => c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x3b;
/** How many characters of a line's head seenAbove reads at most. */
const LEAD_CHARS = 40;

/**
 * What the features read of every line's characters, in one pass per line: its length without white
 * space, and its letters and digits (the text with /[^\p{L}\p{N}]/u removed) as UTF-16 code units in one
 * buffer for the page: line i's are letters[start[i]..start[i + 1]), the first lead[i] of them from its
 * first sentence (at most 40 characters), the part seenAbove compares.
 */
type LineScan = { compact: Int32Array; letters: Uint16Array; start: Int32Array; lead: Int32Array; astral: Uint8Array };

function scanLines(lines: readonly SplitLine[]): LineScan {
  const n = lines.length;
  let total = 0;
  for (const l of lines) total += l.text.length;
  const scan: LineScan = { compact: new Int32Array(n), letters: new Uint16Array(total), start: new Int32Array(n + 1), lead: new Int32Array(n), astral: new Uint8Array(n) };
  const buf = scan.letters;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const t = lines[i]!.text;
    scan.start[i] = k;
    let cut = Math.min(LEAD_CHARS, t.length);
    for (let j = 0; j < cut; j++) {
      if (isLeadStop(t.charCodeAt(j))) {
        cut = j;
        break;
      }
    }
    let spaces = 0;
    let lead = k;
    for (let j = 0; j < t.length; j++) {
      const c = t.charCodeAt(j);
      const d = j + 1 < t.length ? t.charCodeAt(j + 1) : 0;
      if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        // A character outside the BMP: kept whole or not at all; in the lead only when whole before the cut.
        if (isLetterOrDigitPoint((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000)) {
          buf[k++] = c;
          buf[k++] = d;
          scan.astral[i] = 1;
          if (j + 2 <= cut) lead = k;
        }
        j++;
        continue;
      }
      if (isSpaceUnit(c)) spaces++;
      else if (isLetterOrDigitUnit(c)) {
        buf[k++] = c;
        if (j + 1 <= cut) lead = k;
      }
    }
    scan.compact[i] = t.length - spaces;
    scan.lead[i] = lead - scan.start[i]!;
  }
  scan.start[n] = k;
  return scan;
}

/** The code points of buf[from..to) (valid surrogate pairs only, as scanLines keeps them). */
function codePoints(buf: Uint16Array, from: number, to: number, out: number[]): number[] {
  out.length = 0;
  for (let j = from; j < to; j++) {
    const c = buf[j]!;
    if (c >= 0xd800 && c <= 0xdbff && j + 1 < to) {
      out.push((c - 0xd800) * 0x400 + (buf[j + 1]! - 0xdc00) + 0x10000);
      j++;
    } else out.push(c);
  }
  return out;
}

/**
 * The pairs of every line of a page, once, with ids from one table: `all`, pairs of adjacent letters
 * or digits as UTF-16 code units, the vocabulary lexical cohesion is measured on; `content`, pairs of
 * adjacent letters or digits as code points without a very common character, what seenAbove compares.
 * In the BMP a code-unit pair and a code-point pair are the same pair and share an id; a pair with a
 * character outside it gets ids of its own (its code point is above any code unit).
 */
function linePairs(scan: LineScan, table: PairIds): { all: LinePairs; content: LinePairs } {
  const n = scan.start.length - 1;
  const total = scan.start[n]!;
  const buf = scan.letters;
  const all: LinePairs = { start: new Int32Array(n + 1), ids: new Int32Array(total) };
  const content: LinePairs = { start: new Int32Array(n + 1), ids: new Int32Array(total) };
  // stamp[id] = line + 1 when the pair was already listed for that line. There are at most `total`
  // code-unit pairs and `total` code-point pairs outside the BMP.
  const stampAll = new Int32Array(2 * total + 2);
  const stampContent = new Int32Array(2 * total + 2);
  const cps: number[] = [];
  let na = 0;
  let nc = 0;
  for (let i = 0; i < n; i++) {
    const from = scan.start[i]!;
    const to = scan.start[i + 1]!;
    all.start[i] = na;
    content.start[i] = nc;
    const bmp = scan.astral[i] === 0;
    for (let j = from; j + 1 < to; j++) {
      const x = buf[j]!;
      const y = buf[j + 1]!;
      const id = table.id(x, y);
      if (stampAll[id] !== i + 1) {
        stampAll[id] = i + 1;
        all.ids[na++] = id;
      }
      if (bmp && COMMON_CHARS[x] === 0 && COMMON_CHARS[y] === 0 && stampContent[id] !== i + 1) {
        stampContent[id] = i + 1;
        content.ids[nc++] = id;
      }
    }
    if (!bmp) {
      codePoints(buf, from, to, cps);
      for (let j = 0; j + 1 < cps.length; j++) {
        if (isCommon(cps[j]!) || isCommon(cps[j + 1]!)) continue;
        const id = table.id(cps[j]!, cps[j + 1]!);
        if (stampContent[id] !== i + 1) {
          stampContent[id] = i + 1;
          content.ids[nc++] = id;
        }
      }
    }
  }
  all.start[n] = na;
  content.start[n] = nc;
  return { all, content };
}

/**
 * Lexical cohesion across the top of each line (TextTiling): the cosine between the sets of character
 * pairs of the ~150 characters above and the ~150 characters from the line down. A new report brings
 * new names, places and subjects; a sub-heading inside a report does not. 1 for the first line.
 */
function cohesion(lines: readonly SplitLine[], pairs: LinePairs, size: number): number[] {
  // Two sliding windows with counts (how many of their lines hold each pair), how many pairs each
  // holds and the number of pairs both hold, so a page of 200,000 short lines costs one pass.
  const { start, ids } = pairs;
  const above = new Int32Array(size);
  const below = new Int32Array(size);
  let aboveSize = 0;
  let belowSize = 0;
  let both = 0;
  const out: number[] = [];
  let lo = 0; // first line of the window above
  let afterLo = 0; // characters of the lines of the window above below its first line
  let hi = 0; // end (exclusive) of the window below
  let belowChars = 0; // characters of lines i..hi-1
  for (let i = 0; i < lines.length; i++) {
    // Below: lines i..k while the lines before k (from i) hold under COHESION_WINDOW characters.
    while (hi < lines.length && belowChars < COHESION_WINDOW) {
      for (let k = start[hi]!; k < start[hi + 1]!; k++) {
        const g = ids[k]!;
        if (below[g] === 0) {
          belowSize++;
          if (above[g]! > 0) both++;
        }
        below[g]!++;
      }
      belowChars += lines[hi]!.text.length;
      hi++;
    }
    if (i === 0) out.push(1);
    else out.push(aboveSize === 0 || belowSize === 0 ? 0 : both / Math.sqrt(aboveSize * belowSize));
    // Above, for the next line: lines k..i while the lines after k hold under COHESION_WINDOW characters.
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const g = ids[k]!;
      if (above[g] === 0) {
        aboveSize++;
        if (below[g]! > 0) both++;
      }
      above[g]!++;
    }
    if (i > lo) afterLo += lines[i]!.text.length;
    while (afterLo >= COHESION_WINDOW && lo < i) {
      for (let k = start[lo]!; k < start[lo + 1]!; k++) {
        const g = ids[k]!;
        if (--above[g]! === 0) {
          aboveSize--;
          if (below[g]! > 0) both--;
        }
      }
      lo++;
      afterLo -= lines[lo]!.text.length;
    }
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const g = ids[k]!;
      if (--below[g]! === 0) {
        belowSize--;
        if (above[g]! > 0) both--;
      }
    }
    belowChars -= lines[i]!.text.length;
  }
  return out;
}

/** How many characters above a line are searched for the words of its first sentence. */
export const SEEN_WINDOW = 300;

/**
 * For each line, the share of the character pairs of its first sentence (at most 40 characters) that
 * the ~300 characters above it hold. 0 for the first line.
 */
function seenAbove(lines: readonly SplitLine[], scan: LineScan, pairs: LinePairs, table: PairIds): number[] {
  // A sliding window of the lines above (each line's pairs counted once), so a page of 200,000 short
  // lines costs one pass.
  const { start, ids } = pairs;
  const counts = new Int32Array(table.size);
  const out: number[] = [];
  const cps: number[] = [];
  let lo = 0;
  let afterLo = 0; // characters of the window's lines below its first one
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    // The lead's pairs, repeats counted: how many, and how many the window holds.
    codePoints(scan.letters, scan.start[i]!, scan.start[i]! + scan.lead[i]!, cps);
    let lead = 0;
    let both = 0;
    for (let j = 0; j + 1 < cps.length; j++) {
      if (isCommon(cps[j]!) || isCommon(cps[j + 1]!)) continue;
      lead++;
      if (i > 0) {
        const id = table.find(cps[j]!, cps[j + 1]!);
        if (id >= 0 && counts[id]! > 0) both++;
      }
    }
    out.push(i === 0 || lead === 0 ? 0 : both / lead);
    for (let k = start[i]!; k < start[i + 1]!; k++) counts[ids[k]!]!++;
    if (i > lo) afterLo += text.length;
    while (afterLo >= SEEN_WINDOW && lo < i) {
      for (let k = start[lo]!; k < start[lo + 1]!; k++) counts[ids[k]!]!--;
      lo++;
      afterLo -= lines[lo]!.text.length;
    }
  }
  return out;
}

/** The kind of list marker opening a line: a bullet character, "一、", "1.", "(一)", "【", or "". */
export function markerKind(text: string): string {
  const bullet = BULLET_HEAD.exec(text);
  if (bullet) return bullet[0];
  if (/^[一二三四五六七八九十]+、/u.test(text)) return "一、";
  if (/^\d{1,2}[.、]\s?(?!\d)/u.test(text)) return "1.";
  if (/^[(][一二三四五六七八九十\d]{1,3}[)]/u.test(text)) return "(一)";
  if (text.startsWith("【")) return "【";
  return "";
}

/** Length of the first sentence of a line (up to the first full stop, at most 60 characters). */
function firstSentenceLength(text: string): number {
  const m = /[。!?;]/u.exec(text.slice(0, 60));
  return m ? m.index : Math.min(60, text.length);
}

/** The place named at the head of a line (after a bullet, 浙江 or a date), with what follows it. */
export function headPlace(text: string, gaz: Gazetteer): { codes: Set<string>; colon: boolean } | null {
  const skip = HEAD_SKIP.exec(text)?.[0].length ?? 0;
  const head = text.slice(skip, skip + HEAD_CHARS + 6);
  const tokens = tokenize(head, "body", gaz);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start > 4) break;
    const e = t.entry;
    if (t.kind !== "place" || e === null || e.strength === "stem" || e.strength === "chainOnly") continue;
    const after = head[t.end];
    const colon = after === ":" || after === " ";
    if (outletFollows(head.slice(t.end))) continue;
    // A short county name that is also a word counts when set apart or followed by one of its
    // townships: "义乌上溪", "临海涌泉".
    const next = tokens[k + 1];
    const chained = next !== undefined && next.start === t.end && next.entry !== null && next.entry.codes.some((c) => e.codes.some((p) => c.startsWith(p)));
    if (e.strength === "short" && e.wordlike && !colon && !chained) continue;
    const codes = new Set<string>();
    for (const code of e.codes) {
      const p = gaz.byCode.get(code);
      if (p) codes.add(p.level === "township" ? (p.countyCode ?? p.cityCode) : p.code);
    }
    if (codes.size > 0) return { codes, colon };
  }
  return null;
}

/** A feature vector as the model reads it: the indices and values of its non-zero features. */
export type Sparse = { idx: number[]; val: number[] };

const F_TEXT = I("kind.text");
const F_FINAL = I("final");
const F_REL60 = I("rel.lt60");
const F_RELAXED = I("shape.relaxed");
const F_CREDIT = I("kind.credit");
const F_BYLINE = I("kind.byline");
const F_AUTHOR = I("kind.authorline");
const F_CAPTION = I("kind.caption");
const F_DROP = I("kind.drop");
const F_CREDIT_END = I("creditEnd");
const F_NAMES_END = I("namesEnd");
const F_FOOTER = I("footer");
const F_META = I("metaLine");
const F_TRAILING = I("trailingByline");
const F_LEAD = I("lead");
const F_DATE_ONLY = I("dateOnly");
const F_REPORTER = I("reporterHead");
const F_OPENS = I("opensLikeReport");
const F_GAP = I("gap.before");
const F_GAP2 = I("gap.before2");
const F_GAP_AFTER = I("gap.after");
const F_PAGE_FIRST = I("pageFirst");
const F_PAGE_LAST = I("pageLast");
const F_GAP_MISSING = I("gapMissing");
const F_GAP_UNUSUAL = I("gapUnusual");
const F_GAPLESS = I("pageGapless");
const F_TOP = I("heading.top");
const F_TOP_ONCE = I("heading.topOnce");
const F_SHORT = I("shortVsPage");
const F_REL15 = I("rel.lt15");
const F_REL30 = I("rel.lt30");
const F_REL120 = I("rel.lt120");
const F_RULE_START = I("rule.start");
const F_RULE_TITLE = I("rule.inTitle");
const F_COH_LOW = I("cohesion.low");
const F_COH_DIP = I("cohesion.dip");
const F_SEEN20 = I("seen.lead20");
const F_SEEN40 = I("seen.lead40");
const F_SEEN60 = I("seen.lead60");
const F_PLACE_LEAD_NEW = I("place.leadNew");
const F_PLACE_HEAD = I("place.head");
const F_PLACE_COLON = I("place.headColon");
const F_PLACE_NEW = I("place.headNew");
const F_COHESION = I("cohesion");
if (NEIGHBOUR_IDX.includes(F_COHESION) || FAR_IDX.includes(F_COHESION)) throw new Error("features: cohesion is real-valued, not a neighbour bit");
const NB = NEIGHBOUR_IDX.length;
const FAR = FAR_IDX.length;
const CONJ_AT = OWN_SIZE + 2 * NB + 2 * FAR;
/** The conjunctions of the row being built (PageFeatures.row fills it, then reads it). */
const CONJ_SCRATCH: boolean[] = CONJUNCTIONS.map(() => false);

/** Is own feature k on for the line whose features start at `base` (-1: outside the page)? */
function on(own: Uint8Array, base: number, k: number): boolean {
  return base >= 0 && own[base + k] === 1;
}

/**
 * The features of a page's lines, kept compact: each line's own features in one byte per feature (the
 * only real-valued one, cohesion, apart); a line's full vector, with its neighbours' features and the
 * conjunctions, is built when asked for (row), so a page of 200,000 lines costs a few bytes per feature.
 */
export class PageFeatures {
  constructor(
    readonly n: number,
    private readonly own: Uint8Array,
    private readonly cohesionOf: Float32Array,
    private readonly markerSeries: Uint8Array,
    /** The page has a series of lines opening with the same list marker. */
    private readonly hasSeries: boolean,
    /** The page's reports end with credits or bylines (at least two such closing lines). */
    private readonly closingPage: boolean,
    /** The list marker opening each line (markerKind). */
    private readonly markers: readonly string[],
  ) {}

  /** Own feature k of line i (0 outside the page). */
  get(i: number, k: number): number {
    if (i < 0 || i >= this.n) return 0;
    return k === F_COHESION ? this.cohesionOf[i]! : this.own[i * OWN_SIZE + k]!;
  }

  /** The full first-pass vector of line i, FEATURE_NAMES order. */
  row(i: number): Sparse {
    const idx: number[] = [];
    const val: number[] = [];
    const own = this.own;
    const n = this.n;
    const base = i * OWN_SIZE;
    for (let k = 0; k < OWN_SIZE; k++) {
      const v = k === F_COHESION ? this.cohesionOf[i]! : own[base + k]!;
      if (v !== 0) {
        idx.push(k);
        val.push(v);
      }
    }
    // Lines around (-1 when outside the page). Neighbours go in the order the weights were fitted
    // with (prev and next interleaved): the model's sums then add up in the same order, bit for bit.
    const bp = i >= 1 ? base - OWN_SIZE : -1;
    const bn = i + 1 < n ? base + OWN_SIZE : -1;
    const bp2 = i >= 2 ? base - 2 * OWN_SIZE : -1;
    const bn2 = i + 2 < n ? base + 2 * OWN_SIZE : -1;
    for (let k = 0; k < NB; k++) {
      const f = NEIGHBOUR_IDX[k]!;
      if (bp >= 0 && own[bp + f] !== 0) {
        idx.push(OWN_SIZE + k);
        val.push(1);
      }
      if (bn >= 0 && own[bn + f] !== 0) {
        idx.push(OWN_SIZE + NB + k);
        val.push(1);
      }
    }
    for (let k = 0; k < FAR; k++) {
      const f = FAR_IDX[k]!;
      if (bp2 >= 0 && own[bp2 + f] !== 0) {
        idx.push(OWN_SIZE + 2 * NB + k);
        val.push(1);
      }
      if (bn2 >= 0 && own[bn2 + f] !== 0) {
        idx.push(OWN_SIZE + 2 * NB + FAR + k);
        val.push(1);
      }
    }
    // Conjunctions (module-level helpers, no closures: a row is built twice per line per page).
    const titleLike = on(own, base, F_RELAXED) && !on(own, base, F_FINAL) && on(own, base, F_TEXT);
    const nextLong = on(own, bn, F_TEXT) && !on(own, bn, F_REL60);
    const prevFinal = on(own, bp, F_FINAL);
    const nextHead =
      on(own, bn, F_META) || on(own, bn, F_AUTHOR) || on(own, bn, F_LEAD) || on(own, bn, F_DATE_ONLY) || on(own, bn, F_REPORTER) || on(own, bn, F_DROP) || on(own, bn, F_BYLINE);
    const prevCrumb =
      on(own, bp, F_CREDIT) ||
      on(own, bp, F_BYLINE) ||
      on(own, bp, F_AUTHOR) ||
      on(own, bp, F_CREDIT_END) ||
      on(own, bp, F_NAMES_END) ||
      on(own, bp, F_FOOTER) ||
      on(own, bp, F_META) ||
      on(own, bp, F_TRAILING);
    const prevText = on(own, bp, F_TEXT);
    const prevBody =
      on(own, bp, F_CAPTION) ||
      on(own, bp, F_CREDIT) ||
      on(own, bp, F_TRAILING) ||
      (prevText && (prevFinal || !on(own, bp, F_REL60) || on(own, bp, F_CREDIT_END) || on(own, bp, F_NAMES_END)));
    const opens = on(own, base, F_OPENS);
    const series = this.markerSeries[i] === 1;
    const conj = CONJ_SCRATCH;
    conj[0] = titleLike && nextLong;
    conj[1] = titleLike && prevFinal;
    conj[2] = on(own, base, F_TEXT) && (on(own, bp, F_CREDIT) || on(own, bp, F_BYLINE) || on(own, bp, F_CREDIT_END));
    conj[3] = opens && prevFinal;
    conj[4] = on(own, base, F_PLACE_NEW) && on(own, base, F_GAP);
    conj[5] = on(own, base, F_FINAL) && prevFinal && !on(own, base, F_GAP);
    conj[6] = titleLike && nextHead;
    conj[7] = opens && prevCrumb;
    conj[8] = series;
    conj[9] = opens && prevBody;
    conj[10] = prevText && !prevFinal && !on(own, bp, F_REL60);
    conj[11] = this.hasSeries && !series;
    conj[12] = this.closingPage && prevText && !on(own, bp, F_TRAILING) && !on(own, bp, F_CREDIT_END) && !on(own, bp, F_NAMES_END);
    conj[13] = (on(own, bp, F_AUTHOR) || on(own, bp, F_BYLINE) || on(own, bp, F_CREDIT)) && on(own, bp2, F_TEXT) && on(own, bp2, F_FINAL) && !on(own, bp2, F_REL60);
    for (let k = 0; k < conj.length; k++) {
      if (conj[k]) {
        idx.push(CONJ_AT + k);
        val.push(1);
      }
    }
    return { idx, val };
  }

  /** How line i opens, as a key: lines with equal keys are laid out alike (see StackedFeatures). */
  signature(i: number): string {
    let key = "";
    for (const k of SIGNATURE_FEATURES) key += this.get(i, k) === 1 ? "1" : "0";
    return key + this.markers[i]!;
  }
}

/**
 * The features of a page's lines. Deterministic and pure: the same lines and gazetteer give the same
 * numbers. What several features read of a line (its length, its pairs of characters, its places) is
 * computed once per line.
 */
export function pageFeatures(lines: readonly SplitLine[], gaz: Gazetteer): PageFeatures {
  const n = lines.length;
  const own = new Uint8Array(n * OWN_SIZE);
  const scan = scanLines(lines);
  const lengths: number[] = Array.from(scan.compact);
  const tests = LINE_TESTS.map(([, test]) => test);
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    const f = lineFacts(l, lengths[i]!);
    const base = i * OWN_SIZE;
    for (let k = 0; k < tests.length; k++) if (tests[k]!(l, f)) own[base + k] = 1;
  }
  // Blank lines: is the page set in blank-line-separated paragraphs?
  let gapped = 0;
  for (let i = 1; i < n; i++) if (lines[i]!.units[0]!.gapBefore > 0) gapped++;
  const gapShare = n > 1 ? gapped / (n - 1) : 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const medianLength = sorted[sorted.length >> 1] ?? 0;
  const paragraph = typicalParagraph(lines, lengths);
  // Heading levels: the top level, and whether it is used once above lower ones (a page section).
  let top = 0;
  let topCount = 0;
  let lower = false;
  for (const l of lines) {
    const u = l.units[0]!;
    if (u.kind !== "heading") continue;
    if (top === 0 || u.level < top) {
      if (top !== 0) lower = true;
      top = u.level;
      topCount = 1;
    } else if (u.level === top) topCount++;
    else lower = true;
  }
  const topOnce = topCount === 1 && lower;
  // Places: every place named on the page, by position in the running text.
  const offsets: number[] = new Array<number>(n);
  const hits: PlaceHit[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    offsets[i] = at;
    for (const h of placesIn(l.text, gaz)) hits.push({ start: at + h.start, codes: h.codes });
    at += l.text.length + 1;
  }
  const table = new PairIds(scan.start[n]!);
  const pairs = linePairs(scan, table);
  const coh = cohesion(lines, pairs.all, table.size);
  const seen = seenAbove(lines, scan, pairs.content, table);
  const sortedCoh = coh.slice(1).sort((a, b) => a - b);
  const medianCoh = sortedCoh[sortedCoh.length >> 1] ?? 1;
  const rules = ruleStarts(lines.flatMap((l) => l.units));
  let unitAt = 0;
  let firstHit = 0;
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    const u = l.units[0]!;
    const b = i * OWN_SIZE;
    const gap = i === 0 ? 0 : u.gapBefore;
    const next = i + 1 < n ? lines[i + 1] : undefined;
    if (gap > 0) own[b + F_GAP] = 1;
    if (gap > 1) own[b + F_GAP2] = 1;
    if (next !== undefined && next.units[0]!.gapBefore > 0) own[b + F_GAP_AFTER] = 1;
    if (i === 0) own[b + F_PAGE_FIRST] = 1;
    if (i === n - 1) own[b + F_PAGE_LAST] = 1;
    if (i > 0 && gap === 0 && gapShare >= 0.6) own[b + F_GAP_MISSING] = 1;
    if (i > 0 && gap > 0 && gapShare < 0.4) own[b + F_GAP_UNUSUAL] = 1;
    if (gapShare < 0.1) own[b + F_GAPLESS] = 1;
    if (u.kind === "heading" && u.level === top) {
      own[b + F_TOP] = 1;
      if (topOnce) own[b + F_TOP_ONCE] = 1;
    }
    if (lengths[i]! * 4 < medianLength) own[b + F_SHORT] = 1;
    const rel = lengths[i]! / paragraph;
    if (rel < 0.15) own[b + F_REL15] = 1;
    if (rel < 0.3) own[b + F_REL30] = 1;
    if (rel < 0.6) own[b + F_REL60] = 1;
    if (rel < 1.2) own[b + F_REL120] = 1;
    let rule = 0;
    for (let k = 0; k < l.units.length; k++) rule = rule === 1 || rules[unitAt + k] === 1 ? 1 : Math.max(rule, rules[unitAt + k]!);
    unitAt += l.units.length;
    if (rule === 1) own[b + F_RULE_START] = 1;
    if (rule === 2) own[b + F_RULE_TITLE] = 1;
    const c = coh[i]!;
    if (i > 0 && c < 0.5 * medianCoh) own[b + F_COH_LOW] = 1;
    if (i > 0 && c < medianCoh && c <= (coh[i - 1] ?? 1) && c <= (coh[i + 1] ?? 1)) own[b + F_COH_DIP] = 1;
    if (seen[i]! >= 0.2) own[b + F_SEEN20] = 1;
    if (seen[i]! >= 0.4) own[b + F_SEEN40] = 1;
    if (seen[i]! >= 0.6) own[b + F_SEEN60] = 1;
    const from = offsets[i]! - PLACE_WINDOW;
    while (firstHit < hits.length && hits[firstHit]!.start < from) firstHit++;
    const sentenceEnd = offsets[i]! + firstSentenceLength(l.text);
    for (let k = firstHit; k < hits.length && hits[k]!.start < sentenceEnd; k++) {
      if (hits[k]!.start >= offsets[i]! && !seenBefore(hits[k]!.codes, hits, firstHit, offsets[i]!)) {
        own[b + F_PLACE_LEAD_NEW] = 1;
        break;
      }
    }
    const head = headPlace(l.text, gaz);
    if (head) {
      own[b + F_PLACE_HEAD] = 1;
      if (head.colon) own[b + F_PLACE_COLON] = 1;
      if (!seenBefore(head.codes, hits, firstHit, offsets[i]!)) own[b + F_PLACE_NEW] = 1;
    }
  }
  const markers = lines.map((l) => markerKind(l.text));
  const markerCount = new Map<string, number>();
  for (const m of markers) if (m !== "") markerCount.set(m, (markerCount.get(m) ?? 0) + 1);
  const series = Uint8Array.from(markers, (m) => (m !== "" && (markerCount.get(m) ?? 0) >= 2 ? 1 : 0));
  let closing = 0;
  for (let i = 0; i < n; i++) {
    const b = i * OWN_SIZE;
    if (own[b + F_CREDIT] || own[b + F_BYLINE] || own[b + F_TRAILING] || own[b + F_CREDIT_END] || own[b + F_NAMES_END]) closing++;
  }
  return new PageFeatures(n, own, Float32Array.from(coh), series, series.some((x) => x === 1), closing >= 2, markers);
}

// ---------------------------------------------------------------- second pass: what the first pass said

/**
 * The second pass sees the first pass's probabilities around each line, and how likely the first pass
 * found the lines of the page that open the same way (a page repeats its layout: if the other
 * "xx网讯" paragraphs or "2." items start reports, so does this one).
 */
export const STACK_NAMES = [
  "p.start",
  "p.outside",
  "prev.p.start",
  "next.p.start",
  "prev2.p.start",
  "next2.p.start",
  "prev.p.outside",
  "next.p.outside",
  "template.p.start", // mean start probability of the other lines of the page that open the same way
  "template.some", // there are such lines
  "template.many", // there are at least two
] as const;

/** Every feature of the second pass: the first pass's, then STACK_NAMES. */
export const STACKED_FEATURE_NAMES: readonly string[] = [...FEATURE_NAMES, ...STACK_NAMES.map((n) => `stack.${n}`)];

const SIGNATURE_FEATURES: readonly number[] = [
  "kind.text",
  "kind.heading",
  "kind.byline",
  "kind.authorline",
  "kind.credit",
  "kind.caption",
  "kind.drop",
  "opensLikeReport",
  "dateHead",
  "dl.own",
  "dl.outletXun",
  "dl.dayXun",
  "dl.dayDian",
  "reporterHead",
  "bullet",
  "numbered",
  "bracketTitle",
  "dateOnly",
  "pageLabel",
  "digitalPaper",
  "metaLine",
  "footer",
  "rel.lt30",
  "final",
  "gap.before",
  "rule.start",
].map((n) => OWN_INDEX.get(n)!);

/**
 * The second pass's view of a page: each line's first-pass vector, then STACK_NAMES computed from the
 * first pass's log-probabilities (`first`: per line, classes start/inside/outside). Rows are built on
 * demand, like PageFeatures.row.
 */
export class StackedFeatures {
  private readonly start: Float64Array;
  private readonly outside: Float64Array;
  private readonly template: Float64Array;
  private readonly others: Int32Array;

  constructor(
    private readonly page: PageFeatures,
    lines: readonly SplitLine[],
    first: readonly Float64Array[],
  ) {
    const n = page.n;
    this.start = Float64Array.from(first, (p) => Math.exp(p[0]!));
    this.outside = Float64Array.from(first, (p) => Math.exp(p[2]!));
    const keys = lines.map((_, i) => page.signature(i));
    const sum = new Map<string, number>();
    const count = new Map<string, number>();
    keys.forEach((k, i) => {
      sum.set(k, (sum.get(k) ?? 0) + this.start[i]!);
      count.set(k, (count.get(k) ?? 0) + 1);
    });
    this.template = new Float64Array(n);
    this.others = new Int32Array(n);
    keys.forEach((k, i) => {
      const others = count.get(k)! - 1;
      this.others[i] = others;
      this.template[i] = others > 0 ? (sum.get(k)! - this.start[i]!) / others : 0;
    });
  }

  get n(): number {
    return this.page.n;
  }

  /** The second-pass vector of line i, STACKED_FEATURE_NAMES order. */
  row(i: number): Sparse {
    const r = this.page.row(i);
    const at = (k: number, a: Float64Array) => (k >= 0 && k < this.n ? a[k]! : 0);
    const stack = [
      this.start[i]!,
      this.outside[i]!,
      at(i - 1, this.start),
      at(i + 1, this.start),
      at(i - 2, this.start),
      at(i + 2, this.start),
      at(i - 1, this.outside),
      at(i + 1, this.outside),
      this.template[i]!,
      this.others[i]! >= 1 ? 1 : 0,
      this.others[i]! >= 2 ? 1 : 0,
    ];
    stack.forEach((v, k) => {
      if (v !== 0) {
        r.idx.push(FEATURE_NAMES.length + k);
        r.val.push(v);
      }
    });
    return r;
  }
}
