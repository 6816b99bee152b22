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
import { endsClause, endsMidSentence, endsSentence, OPENING_PUNCT, sentenceCount } from "../../zh/punctuation";
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

const compactLength = (s: string) => s.replace(/\s+/gu, "").length;

/**
 * Names after the last sentence of the line, without a credit word: "...喜悦。湖图 何伟卫 陈斌康",
 * "...水涨船高。吴铁鸣 戎融": a photo or writer credit closing a report.
 */
export function endsWithNames(text: string): boolean {
  const t = text.trimEnd();
  const stop = Math.max(t.lastIndexOf("。"), t.lastIndexOf("!"), t.lastIndexOf("?"));
  if (stop < 0 || t.length - stop > 24) return false;
  const tokens = t
    .slice(stop + 1)
    .replace(/^["')」』]+/u, "")
    .split(/[\s、,]+/u)
    .filter((x) => x !== "");
  return tokens.length > 0 && tokens.length <= 5 && tokens.every((x) => x.length <= 8) && tokens.some((x) => isPersonName(x, true));
}

/** Any of the marks that often open a report: a dateline, a byline, a bullet, numbering, a date. */
function opensLikeReport(l: SplitLine): boolean {
  const u = l.units[0]!;
  return u.lead || u.agency || formsOf(l).size > 0 || agencyAtHead(l.text) || reporterAtHead(l.text) || BULLET_HEAD.test(l.text) || isNumbered(u.text) || BRACKET_TITLE.test(l.text) || DATE_HEAD.test(l.text);
}

/** A named test of one line, without context. */
type LineTest = readonly [name: string, test: (l: SplitLine) => boolean];

const first = (l: SplitLine) => l.units[0]!;

/**
 * Tests of one line, each pure. Today's line classification (toUnits: heading, byline, credit, caption,
 * furniture ...) enters as features here, beside the finer tests of lib/zh.
 */
export const LINE_TESTS: readonly LineTest[] = [
  ["kind.text", (l) => first(l).kind === "text"],
  ["kind.heading", (l) => first(l).kind === "heading"],
  ["kind.byline", (l) => first(l).kind === "byline"],
  ["kind.authorline", (l) => first(l).kind === "authorline"],
  ["kind.credit", (l) => first(l).kind === "credit"],
  ["kind.caption", (l) => first(l).kind === "caption"],
  ["kind.drop", (l) => first(l).kind === "drop"],
  ["trailingByline", (l) => l.units.length > 1 && l.units.at(-1)!.kind !== "text"],
  ["len.le8", (l) => compactLength(l.text) <= 8],
  ["len.gt200", (l) => compactLength(l.text) > 200],
  ["final", (l) => endsSentence(l.text)],
  ["clauseEnd", (l) => endsClause(l.text)],
  ["midSentenceEnd", (l) => endsMidSentence(l.text)],
  // Opens with a fragment of a few characters and a comma ("问题,三合镇…"), not a time word or a
  // connective: the rest of a sentence broken off on the line above.
  ["fragmentHead", (l) => FRAGMENT_HEAD.test(l.text) && !opensWithTimeWord(l.text) && !opensWithConnective(l.text)],
  ["sentences.ge2", (l) => sentenceCount(l.text) >= 2],
  ["shape.strict", (l) => first(l).shape],
  ["shape.relaxed", (l) => first(l).shapeRelaxed],
  ["subtitle", (l) => first(l).subtitle],
  ["numbered", (l) => isNumbered(first(l).text)],
  ["bullet", (l) => BULLET_HEAD.test(l.text)],
  ["bracketTitle", (l) => BRACKET_TITLE.test(l.text)],
  ["parenWhole", (l) => PAREN_WHOLE.test(l.text)],
  ["colonHead", (l) => COLON_HEAD.test(l.text) && !endsSentence(l.text.slice(0, 40))],
  ["kickerArrow", (l) => KICKER_ARROW.test(l.text.slice(0, 20))],
  ["spacedWords", (l) => SPACED_WORDS.test(l.text) && !endsSentence(l.text)],
  ["agency", (l) => l.units.some((u) => u.agency)],
  ["lead", (l) => l.units.some((u) => u.lead)],
  ["dl.own", (l) => formsOf(l).has("own")],
  ["dl.dayXun", (l) => formsOf(l).has("dayXun")],
  ["dl.dayDian", (l) => formsOf(l).has("dayDian")],
  ["dl.zhuanDian", (l) => formsOf(l).has("zhuanDian")],
  ["dl.youXun", (l) => formsOf(l).has("youXun")],
  ["dl.xiaoxi", (l) => formsOf(l).has("xiaoxi")],
  ["dl.outletXun", (l) => formsOf(l).has("outletXun")],
  ["agencyHead", (l) => agencyAtHead(l.text)],
  ["timeHead", (l) => opensWithTimeWord(l.text)],
  ["dateHead", (l) => DATE_HEAD.test(l.text)],
  ["reporterHead", (l) => reporterAtHead(l.text)],
  ["reporterNear", (l) => reporterNear(l.text)],
  ["creditEnd", (l) => creditAtEnd(l.text)],
  ["creditHead", (l) => creditAtHead(l.text)],
  ["namesEnd", (l) => endsWithNames(l.text)],
  ["opensLikeReport", opensLikeReport],
  ["pageLabel", (l) => isPageLabel(l.text)],
  ["digitalPaper", (l) => isDigitalPaperBanner(l.text)],
  ["metaLine", (l) => isMetaLine(l.text)],
  ["dateOnly", (l) => isDateOnlyLine(l.text)],
  ["footer", (l) => isPageFooter(l.text)],
  ["uiWords", (l) => hasUiWords(l.text)],
  ["quoteHead", (l) => QUOTE_HEAD.test(l.text)],
  ["connective", (l) => opensWithConnective(l.text)],
  ["separator", (l) => !/[\p{L}\p{N}]/u.test(l.text)],
  ["openPunct", (l) => OPENING_PUNCT.test(l.text)],
  ["jumpIn", (l) => first(l).jump === "in"],
  ["jumpOut", (l) => l.units.some((u) => u.jump === "out")],
  ["wrapped", (l) => first(l).wrapped],
  ["columnLike", (l) => first(l).columnLike],
  ["indent", (l) => first(l).indent],
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

/** How many characters of text above and below a line are compared for lexical cohesion. */
export const COHESION_WINDOW = 150;

/** Pairs of adjacent letters or digits of a text: the vocabulary lexical cohesion is measured on. */
export function bigrams(text: string): Set<string> {
  const chars = text.replace(/[^\p{L}\p{N}]/gu, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars.slice(i, i + 2));
  return out;
}

/**
 * Lexical cohesion across the top of each line (TextTiling): the cosine between the sets of character
 * pairs of the ~150 characters above and the ~150 characters from the line down. A new report brings
 * new names, places and subjects; a sub-heading inside a report does not. 1 for the first line.
 */
export function cohesion(lines: readonly SplitLine[]): number[] {
  // Two sliding windows with counts (how many of their lines hold each pair) and the number of pairs
  // both hold, so a page of 200,000 short lines costs one pass.
  const grams = lines.map((l) => bigrams(l.text));
  const sizes = lines.map((l) => l.text.length);
  const above = new Map<string, number>();
  const below = new Map<string, number>();
  let both = 0;
  const add = (mine: Map<string, number>, other: Map<string, number>, k: number) => {
    for (const g of grams[k]!) {
      const c = mine.get(g) ?? 0;
      if (c === 0 && other.has(g)) both++;
      mine.set(g, c + 1);
    }
  };
  const remove = (mine: Map<string, number>, other: Map<string, number>, k: number) => {
    for (const g of grams[k]!) {
      const c = mine.get(g)! - 1;
      if (c > 0) mine.set(g, c);
      else {
        mine.delete(g);
        if (other.has(g)) both--;
      }
    }
  };
  const out: number[] = [];
  let lo = 0; // first line of the window above
  let afterLo = 0; // characters of the lines of the window above below its first line
  let hi = 0; // end (exclusive) of the window below
  let belowChars = 0; // characters of lines i..hi-1
  for (let i = 0; i < lines.length; i++) {
    // Below: lines i..k while the lines before k (from i) hold under COHESION_WINDOW characters.
    while (hi < lines.length && belowChars < COHESION_WINDOW) {
      add(below, above, hi);
      belowChars += sizes[hi]!;
      hi++;
    }
    if (i === 0) out.push(1);
    else out.push(above.size === 0 || below.size === 0 ? 0 : both / Math.sqrt(above.size * below.size));
    // Above, for the next line: lines k..i while the lines after k hold under COHESION_WINDOW characters.
    add(above, below, i);
    if (i > lo) afterLo += sizes[i]!;
    while (afterLo >= COHESION_WINDOW && lo < i) {
      remove(above, below, lo);
      lo++;
      afterLo -= sizes[lo]!;
    }
    remove(below, above, i);
    belowChars -= sizes[i]!;
  }
  return out;
}

/** Characters too common to say what a text is about: pairs holding one are not compared. */
const COMMON_CHARS = new Set(Array.from("的了在是和与及有一不这为也将对把被从到等中上下年月日个们地得着来去以其之所就都而并或又"));

/** Pairs of adjacent letters or digits of a text, without pairs holding a very common character. */
function contentBigrams(text: string): string[] {
  const chars = Array.from(text.replace(/[^\p{L}\p{N}]/gu, ""));
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) if (!COMMON_CHARS.has(chars[i]!) && !COMMON_CHARS.has(chars[i + 1]!)) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** How many characters above a line are searched for the words of its first sentence. */
export const SEEN_WINDOW = 300;

/**
 * For each line, the share of the character pairs of its first sentence (at most 40 characters) that
 * the ~300 characters above it hold. 0 for the first line.
 */
export function seenAbove(lines: readonly SplitLine[]): number[] {
  // A sliding window of the lines above (each line's pairs counted once), so a page of 200,000 short
  // lines costs one pass.
  const grams = lines.map((l) => [...new Set(contentBigrams(l.text))]);
  const counts = new Map<string, number>();
  const out: number[] = [];
  let lo = 0;
  let afterLo = 0; // characters of the window's lines below its first one
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const m = /[。!?;]/u.exec(text.slice(0, 40));
    const lead = contentBigrams(text.slice(0, m ? m.index : 40));
    let both = 0;
    if (i > 0) for (const g of lead) if (counts.has(g)) both++;
    out.push(i === 0 || lead.length === 0 ? 0 : both / lead.length);
    for (const g of grams[i]!) counts.set(g, (counts.get(g) ?? 0) + 1);
    if (i > lo) afterLo += text.length;
    while (afterLo >= SEEN_WINDOW && lo < i) {
      for (const g of grams[lo]!) {
        const c = counts.get(g)! - 1;
        if (c === 0) counts.delete(g);
        else counts.set(g, c);
      }
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

const I = (name: string) => OWN_INDEX.get(name)!;
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
const F_PLACE_NEW = I("place.headNew");
const F_COHESION = I("cohesion");

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
    const put = (k: number, v: number) => {
      if (v !== 0) {
        idx.push(k);
        val.push(v);
      }
    };
    for (let k = 0; k < OWN_SIZE; k++) put(k, this.get(i, k));
    const nb = NEIGHBOUR_IDX.length;
    const far = FAR_IDX.length;
    for (let k = 0; k < nb; k++) {
      put(OWN_SIZE + k, this.get(i - 1, NEIGHBOUR_IDX[k]!));
      put(OWN_SIZE + nb + k, this.get(i + 1, NEIGHBOUR_IDX[k]!));
    }
    for (let k = 0; k < far; k++) {
      put(OWN_SIZE + 2 * nb + k, this.get(i - 2, FAR_IDX[k]!));
      put(OWN_SIZE + 2 * nb + far + k, this.get(i + 2, FAR_IDX[k]!));
    }
    const c = OWN_SIZE + 2 * nb + 2 * far;
    const v = (k: number) => this.get(i, k) === 1;
    const p = (k: number) => i > 0 && this.get(i - 1, k) === 1;
    const nx = (k: number) => this.get(i + 1, k) === 1;
    const titleLike = v(F_RELAXED) && !v(F_FINAL) && v(F_TEXT);
    const hasNext = i + 1 < this.n;
    const nextLong = hasNext && nx(F_TEXT) && !nx(F_REL60);
    const prevFinal = p(F_FINAL);
    const nextHead = hasNext && (nx(F_META) || nx(F_AUTHOR) || nx(F_LEAD) || nx(F_DATE_ONLY) || nx(F_REPORTER) || nx(F_DROP) || nx(F_BYLINE));
    const prevCrumb = p(F_CREDIT) || p(F_BYLINE) || p(F_AUTHOR) || p(F_CREDIT_END) || p(F_NAMES_END) || p(F_FOOTER) || p(F_META) || p(F_TRAILING);
    const prevBody = p(F_CAPTION) || p(F_CREDIT) || p(F_TRAILING) || (p(F_TEXT) && (p(F_FINAL) || !p(F_REL60) || p(F_CREDIT_END) || p(F_NAMES_END)));
    const conj = [
      titleLike && nextLong,
      titleLike && prevFinal,
      v(F_TEXT) && (p(F_CREDIT) || p(F_BYLINE) || p(F_CREDIT_END)),
      v(F_OPENS) && prevFinal,
      v(F_PLACE_NEW) && v(F_GAP),
      v(F_FINAL) && prevFinal && !v(F_GAP),
      titleLike && nextHead,
      v(F_OPENS) && prevCrumb,
      this.markerSeries[i] === 1,
      v(F_OPENS) && prevBody,
      p(F_TEXT) && !p(F_FINAL) && !p(F_REL60),
      this.hasSeries && this.markerSeries[i] === 0,
      this.closingPage && p(F_TEXT) && !p(F_TRAILING) && !p(F_CREDIT_END) && !p(F_NAMES_END),
      (p(F_AUTHOR) || p(F_BYLINE) || p(F_CREDIT)) && this.get(i - 2, F_TEXT) === 1 && this.get(i - 2, F_FINAL) === 1 && this.get(i - 2, F_REL60) === 0,
    ];
    conj.forEach((on, k) => put(c + k, on ? 1 : 0));
    return { idx, val };
  }

  /** How line i opens, as a key: lines with equal keys are laid out alike (see stackFeatures). */
  signature(i: number, text: string): string {
    let key = "";
    for (const k of SIGNATURE_FEATURES) key += this.get(i, k) === 1 ? "1" : "0";
    return key + markerKind(text);
  }
}

/**
 * The features of a page's lines. Deterministic and pure: the same lines and gazetteer give the same
 * numbers.
 */
export function pageFeatures(lines: readonly SplitLine[], gaz: Gazetteer): PageFeatures {
  const n = lines.length;
  const own = new Uint8Array(n * OWN_SIZE);
  lines.forEach((l, i) => {
    LINE_TESTS.forEach(([, test], k) => {
      if (test(l)) own[i * OWN_SIZE + k] = 1;
    });
  });
  const set = (i: number, name: string, on: boolean) => {
    if (on) own[i * OWN_SIZE + I(name)] = 1;
  };
  // Blank lines: is the page set in blank-line-separated paragraphs?
  let gapped = 0;
  for (let i = 1; i < n; i++) if (lines[i]!.units[0]!.gapBefore > 0) gapped++;
  const gapShare = n > 1 ? gapped / (n - 1) : 0;
  const lengths = lines.map((l) => compactLength(l.text));
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
  const offsets: number[] = [];
  const hits: PlaceHit[] = [];
  let at = 0;
  for (const l of lines) {
    offsets.push(at);
    for (const h of placesIn(l.text, gaz)) hits.push({ start: at + h.start, codes: h.codes });
    at += l.text.length + 1;
  }
  const coh = cohesion(lines);
  const seen = seenAbove(lines);
  const sortedCoh = coh.slice(1).sort((a, b) => a - b);
  const medianCoh = sortedCoh[sortedCoh.length >> 1] ?? 1;
  const rules = ruleStarts(lines.flatMap((l) => l.units));
  let unitAt = 0;
  let firstHit = 0;
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    const u = l.units[0]!;
    const gap = i === 0 ? 0 : u.gapBefore;
    const next = lines[i + 1];
    set(i, "gap.before", gap > 0);
    set(i, "gap.before2", gap > 1);
    set(i, "gap.after", next !== undefined && next.units[0]!.gapBefore > 0);
    set(i, "pageFirst", i === 0);
    set(i, "pageLast", i === n - 1);
    set(i, "gapMissing", i > 0 && gap === 0 && gapShare >= 0.6);
    set(i, "gapUnusual", i > 0 && gap > 0 && gapShare < 0.4);
    set(i, "pageGapless", gapShare < 0.1);
    set(i, "heading.top", u.kind === "heading" && u.level === top);
    set(i, "heading.topOnce", u.kind === "heading" && u.level === top && topOnce);
    set(i, "shortVsPage", lengths[i]! * 4 < medianLength);
    const rel = lengths[i]! / paragraph;
    set(i, "rel.lt15", rel < 0.15);
    set(i, "rel.lt30", rel < 0.3);
    set(i, "rel.lt60", rel < 0.6);
    set(i, "rel.lt120", rel < 1.2);
    let rule = 0;
    for (let k = 0; k < l.units.length; k++) rule = rule === 1 || rules[unitAt + k] === 1 ? 1 : Math.max(rule, rules[unitAt + k]!);
    unitAt += l.units.length;
    set(i, "rule.start", rule === 1);
    set(i, "rule.inTitle", rule === 2);
    set(i, "cohesion.low", i > 0 && coh[i]! < 0.5 * medianCoh);
    set(i, "cohesion.dip", i > 0 && coh[i]! < medianCoh && coh[i]! <= (coh[i - 1] ?? 1) && coh[i]! <= (coh[i + 1] ?? 1));
    set(i, "seen.lead20", seen[i]! >= 0.2);
    set(i, "seen.lead40", seen[i]! >= 0.4);
    set(i, "seen.lead60", seen[i]! >= 0.6);
    const from = offsets[i]! - PLACE_WINDOW;
    while (firstHit < hits.length && hits[firstHit]!.start < from) firstHit++;
    const seenBefore = (codes: Set<string>) => {
      for (let k = firstHit; k < hits.length && hits[k]!.start < offsets[i]!; k++) if (sharesPlace(codes, hits[k]!.codes)) return true;
      return false;
    };
    const sentenceEnd = offsets[i]! + firstSentenceLength(l.text);
    for (let k = firstHit; k < hits.length && hits[k]!.start < sentenceEnd; k++) {
      if (hits[k]!.start >= offsets[i]! && !seenBefore(hits[k]!.codes)) {
        set(i, "place.leadNew", true);
        break;
      }
    }
    const head = headPlace(l.text, gaz);
    if (head) {
      set(i, "place.head", true);
      set(i, "place.headColon", head.colon);
      set(i, "place.headNew", !seenBefore(head.codes));
    }
  }
  const markers = lines.map((l) => markerKind(l.text));
  const markerCount = new Map<string, number>();
  for (const m of markers) if (m !== "") markerCount.set(m, (markerCount.get(m) ?? 0) + 1);
  const series = Uint8Array.from(markers, (m) => (m !== "" && (markerCount.get(m) ?? 0) >= 2 ? 1 : 0));
  let closing = 0;
  for (let i = 0; i < n; i++) {
    const at = (name: string) => own[i * OWN_SIZE + I(name)] === 1;
    if (at("kind.credit") || at("kind.byline") || at("trailingByline") || at("creditEnd") || at("namesEnd")) closing++;
  }
  return new PageFeatures(n, own, Float32Array.from(coh), series, series.some((x) => x === 1), closing >= 2);
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
    const keys = lines.map((l, i) => page.signature(i, l.text));
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
