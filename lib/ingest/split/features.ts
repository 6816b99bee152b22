// Line features for the page splitter: every line of a page becomes a vector of named numbers that
// say what the line looks like (its kind, length, punctuation, datelines, bylines, furniture, a place
// at its head), where it sits (blank lines around it, first or last on the page) and what its
// neighbours look like. The model (model.ts) only sees these numbers; all knowledge of Chinese text
// lives in the predicates used here (lib/zh, lib/ingest/line-kinds.ts) and in the gazetteer.
import type { Gazetteer } from "../../geo/gazetteer";
import { tokenize } from "../../geo/recognize";
import { creditAtEnd, creditAtHead, reporterAtHead, reporterNear } from "../../zh/bylines";
import { agencyAtHead, datelineForms, opensWithTimeWord, outletFollows } from "../../zh/datelines";
import { hasUiWords, isDateOnlyLine, isDigitalPaperBanner, isMetaLine, isPageFooter, isPageLabel } from "../../zh/furniture";
import { endsClause, endsSentence, OPENING_PUNCT, sentenceCount } from "../../zh/punctuation";
import { isNumbered } from "../line-kinds";
import { isPersonName } from "../names";
import type { Unit } from "../units";

/** One line of the page: the units toUnits made of it (a line may yield a text and a byline unit). */
export type SplitLine = {
  /** Index of the line in the prepared text. */
  line: number;
  units: Unit[];
  /** The line's text as the units hold it (markdown marks and trailing bylines included). */
  text: string;
};

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
  return u.lead || u.agency || datelineForms(l.text).size > 0 || agencyAtHead(l.text) || reporterAtHead(l.text) || BULLET_HEAD.test(l.text) || isNumbered(u.text) || BRACKET_TITLE.test(l.text) || DATE_HEAD.test(l.text);
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
  ["len.le16", (l) => compactLength(l.text) <= 16],
  ["len.le30", (l) => compactLength(l.text) <= 30],
  ["len.le60", (l) => compactLength(l.text) <= 60],
  ["len.le120", (l) => compactLength(l.text) <= 120],
  ["len.gt200", (l) => compactLength(l.text) > 200],
  ["final", (l) => endsSentence(l.text)],
  ["clauseEnd", (l) => endsClause(l.text)],
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
  ["dl.own", (l) => datelineForms(l.text).has("own")],
  ["dl.dayXun", (l) => datelineForms(l.text).has("dayXun")],
  ["dl.dayDian", (l) => datelineForms(l.text).has("dayDian")],
  ["dl.zhuanDian", (l) => datelineForms(l.text).has("zhuanDian")],
  ["dl.youXun", (l) => datelineForms(l.text).has("youXun")],
  ["dl.xiaoxi", (l) => datelineForms(l.text).has("xiaoxi")],
  ["dl.outletXun", (l) => datelineForms(l.text).has("outletXun")],
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
  "shortVsPage", // much shorter than the page's usual line
  "cohesion", // how much the text below the line repeats the words of the text above (0..1)
  "cohesion.low", // ... under half the page's median: the subject changes here
  "cohesion.dip", // ... lower than at the lines just above and below: a local minimum
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
  "len.le16",
  "len.le30",
  "len.le60",
  "len.gt200",
  "final",
  "clauseEnd",
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
  "gap.before",
  "gap.after",
  "heading.top",
  "place.head",
  "place.headNew",
  "place.leadNew",
  "pageFirst",
  "pageLast",
  "jumpOut",
] as const;

/** A few features of the lines two above and two below. */
const FAR_NAMES = ["kind.text", "final", "shape.relaxed", "len.le30", "gap.before", "kind.heading", "agency", "lead", "creditEnd", "dateOnly"] as const;

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
const idx = (name: string) => OWN_INDEX.get(name)!;

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
  const grams = lines.map((l) => bigrams(l.text));
  const sizes = lines.map((l) => l.text.length);
  return lines.map((_, i) => {
    if (i === 0) return 1;
    const above = new Set<string>();
    for (let k = i - 1, n = 0; k >= 0 && n < COHESION_WINDOW; k--) {
      for (const g of grams[k]!) above.add(g);
      n += sizes[k]!;
    }
    const below = new Set<string>();
    for (let k = i, n = 0; k < lines.length && n < COHESION_WINDOW; k++) {
      for (const g of grams[k]!) below.add(g);
      n += sizes[k]!;
    }
    if (above.size === 0 || below.size === 0) return 0;
    let both = 0;
    for (const g of below) if (above.has(g)) both++;
    return both / Math.sqrt(above.size * below.size);
  });
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

/**
 * The feature vectors of a page's lines, one Float64Array of FEATURE_NAMES.length per line.
 * Deterministic and pure: the same lines and gazetteer give the same numbers.
 */
export function pageFeatures(lines: readonly SplitLine[], gaz: Gazetteer): Float64Array[] {
  const n = lines.length;
  const own = lines.map((l) => {
    const v = new Float64Array(OWN_SIZE);
    LINE_TESTS.forEach(([, test], k) => {
      if (test(l)) v[k] = 1;
    });
    return v;
  });
  // Blank lines: is the page set in blank-line-separated paragraphs?
  let gapped = 0;
  for (let i = 1; i < n; i++) if (lines[i]!.units[0]!.gapBefore > 0) gapped++;
  const gapShare = n > 1 ? gapped / (n - 1) : 0;
  const lengths = lines.map((l) => compactLength(l.text)).sort((a, b) => a - b);
  const medianLength = lengths[lengths.length >> 1] ?? 0;
  // Heading levels: the top level, and whether it is used once above lower ones (a page section).
  const levels = lines.filter((l) => l.units[0]!.kind === "heading").map((l) => l.units[0]!.level);
  const top = levels.length > 0 ? Math.min(...levels) : 0;
  const topOnce = levels.filter((x) => x === top).length === 1 && levels.some((x) => x > top);
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
  const sortedCoh = coh.slice(1).sort((a, b) => a - b);
  const medianCoh = sortedCoh[sortedCoh.length >> 1] ?? 1;
  let firstHit = 0;
  for (let i = 0; i < n; i++) {
    const v = own[i]!;
    const u = lines[i]!.units[0]!;
    const gap = i === 0 ? 0 : u.gapBefore;
    const next = lines[i + 1];
    v[idx("gap.before")] = gap > 0 ? 1 : 0;
    v[idx("gap.before2")] = gap > 1 ? 1 : 0;
    v[idx("gap.after")] = next !== undefined && next.units[0]!.gapBefore > 0 ? 1 : 0;
    v[idx("pageFirst")] = i === 0 ? 1 : 0;
    v[idx("pageLast")] = i === n - 1 ? 1 : 0;
    v[idx("gapMissing")] = i > 0 && gap === 0 && gapShare >= 0.6 ? 1 : 0;
    v[idx("gapUnusual")] = i > 0 && gap > 0 && gapShare < 0.4 ? 1 : 0;
    v[idx("pageGapless")] = gapShare < 0.1 ? 1 : 0;
    v[idx("heading.top")] = u.kind === "heading" && u.level === top ? 1 : 0;
    v[idx("heading.topOnce")] = u.kind === "heading" && u.level === top && topOnce ? 1 : 0;
    v[idx("shortVsPage")] = compactLength(lines[i]!.text) * 4 < medianLength ? 1 : 0;
    v[idx("cohesion")] = coh[i]!;
    v[idx("cohesion.low")] = i > 0 && coh[i]! < 0.5 * medianCoh ? 1 : 0;
    v[idx("cohesion.dip")] = i > 0 && coh[i]! < medianCoh && coh[i]! <= (coh[i - 1] ?? 1) && coh[i]! <= (coh[i + 1] ?? 1) ? 1 : 0;
    const from = offsets[i]! - PLACE_WINDOW;
    while (firstHit < hits.length && hits[firstHit]!.start < from) firstHit++;
    const seenBefore = (codes: Set<string>) => {
      for (let k = firstHit; k < hits.length && hits[k]!.start < offsets[i]!; k++) if (sharesPlace(codes, hits[k]!.codes)) return true;
      return false;
    };
    const clauseEnd = offsets[i]! + firstSentenceLength(lines[i]!.text);
    for (let k = firstHit; k < hits.length && hits[k]!.start < clauseEnd; k++) {
      if (hits[k]!.start >= offsets[i]! && !seenBefore(hits[k]!.codes)) {
        v[idx("place.leadNew")] = 1;
        break;
      }
    }
    const head = headPlace(lines[i]!.text, gaz);
    if (head) {
      v[idx("place.head")] = 1;
      v[idx("place.headColon")] = head.colon ? 1 : 0;
      const seen = seenBefore(head.codes);
      v[idx("place.headNew")] = seen ? 0 : 1;
    }
  }
  const markers = lines.map((l) => markerKind(l.text));
  const markerCount = new Map<string, number>();
  for (const m of markers) if (m !== "") markerCount.set(m, (markerCount.get(m) ?? 0) + 1);
  const size = FEATURE_NAMES.length;
  const nb = NEIGHBOUR_IDX.length;
  const far = FAR_IDX.length;
  const base = OWN_SIZE;
  return own.map((v, i) => {
    const x = new Float64Array(size);
    x.set(v, 0);
    const prev = own[i - 1];
    const next = own[i + 1];
    const prev2 = own[i - 2];
    const next2 = own[i + 2];
    for (let k = 0; k < nb; k++) {
      if (prev) x[base + k] = prev[NEIGHBOUR_IDX[k]!]!;
      if (next) x[base + nb + k] = next[NEIGHBOUR_IDX[k]!]!;
    }
    for (let k = 0; k < far; k++) {
      if (prev2) x[base + 2 * nb + k] = prev2[FAR_IDX[k]!]!;
      if (next2) x[base + 2 * nb + far + k] = next2[FAR_IDX[k]!]!;
    }
    const c = base + 2 * nb + 2 * far;
    const titleLike = v[idx("shape.relaxed")] === 1 && v[idx("final")] === 0 && v[idx("kind.text")] === 1;
    const nextLong = next !== undefined && next[idx("kind.text")] === 1 && next[idx("len.le60")] === 0;
    const prevFinal = prev !== undefined && prev[idx("final")] === 1;
    x[c] = titleLike && nextLong ? 1 : 0;
    x[c + 1] = titleLike && prevFinal ? 1 : 0;
    x[c + 2] = v[idx("kind.text")] === 1 && prev !== undefined && (prev[idx("kind.credit")] === 1 || prev[idx("kind.byline")] === 1 || prev[idx("creditEnd")] === 1) ? 1 : 0;
    x[c + 3] = v[idx("opensLikeReport")] === 1 && prevFinal ? 1 : 0;
    x[c + 4] = v[idx("place.headNew")] === 1 && v[idx("gap.before")] === 1 ? 1 : 0;
    x[c + 5] = v[idx("final")] === 1 && prevFinal && v[idx("gap.before")] === 0 ? 1 : 0;
    const nextHead =
      next !== undefined &&
      (next[idx("metaLine")] === 1 || next[idx("kind.authorline")] === 1 || next[idx("lead")] === 1 || next[idx("dateOnly")] === 1 || next[idx("reporterHead")] === 1 || next[idx("kind.drop")] === 1 || next[idx("kind.byline")] === 1);
    x[c + 6] = titleLike && nextHead ? 1 : 0;
    const prevCrumb =
      prev !== undefined &&
      (prev[idx("kind.credit")] === 1 || prev[idx("kind.byline")] === 1 || prev[idx("kind.authorline")] === 1 || prev[idx("creditEnd")] === 1 || prev[idx("namesEnd")] === 1 || prev[idx("footer")] === 1 || prev[idx("metaLine")] === 1 || prev[idx("trailingByline")] === 1);
    x[c + 7] = v[idx("opensLikeReport")] === 1 && prevCrumb ? 1 : 0;
    const kind = markers[i]!;
    x[c + 8] = kind !== "" && (markerCount.get(kind) ?? 0) >= 2 ? 1 : 0;
    const prevBody =
      prev !== undefined &&
      (prev[idx("kind.caption")] === 1 ||
        prev[idx("kind.credit")] === 1 ||
        prev[idx("trailingByline")] === 1 ||
        (prev[idx("kind.text")] === 1 && (prev[idx("final")] === 1 || prev[idx("len.le60")] === 0 || prev[idx("creditEnd")] === 1 || prev[idx("namesEnd")] === 1)));
    x[c + 9] = v[idx("opensLikeReport")] === 1 && prevBody ? 1 : 0;
    return x;
  });
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
  "above3.p.start", // the highest start probability of the three lines above
  "template.p.start", // mean start probability of the other lines of the page that open the same way
  "template.some", // there are such lines
  "template.many", // there are at least two
] as const;

/** Every feature of the second pass: the first pass's, then STACK_NAMES. */
export const STACKED_FEATURE_NAMES: readonly string[] = [...FEATURE_NAMES, ...STACK_NAMES.map((n) => `stack.${n}`)];

const SIGNATURE_FEATURES = [
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
  "len.le30",
  "final",
  "gap.before",
].map((n) => idx(n));

/** How a line opens, as a key: lines with equal keys are laid out alike. */
function signatureOf(x: Float64Array, text: string): string {
  return SIGNATURE_FEATURES.map((k) => (x[k] === 1 ? "1" : "0")).join("") + markerKind(text);
}

/**
 * Second-pass vectors: each line's first-pass features, then STACK_NAMES computed from the first pass's
 * log-probabilities (`first`, classes start/inside/outside).
 */
export function stackFeatures(lines: readonly SplitLine[], features: readonly Float64Array[], first: readonly Float64Array[]): Float64Array[] {
  const n = lines.length;
  const start = first.map((p) => Math.exp(p[0]!));
  const outside = first.map((p) => Math.exp(p[2]!));
  const keys = features.map((x, i) => signatureOf(x, lines[i]!.text));
  const sum = new Map<string, number>();
  const count = new Map<string, number>();
  keys.forEach((k, i) => {
    sum.set(k, (sum.get(k) ?? 0) + start[i]!);
    count.set(k, (count.get(k) ?? 0) + 1);
  });
  const base = FEATURE_NAMES.length;
  return features.map((x, i) => {
    const v = new Float64Array(STACKED_FEATURE_NAMES.length);
    v.set(x, 0);
    const others = count.get(keys[i]!)! - 1;
    const stack = [
      start[i]!,
      outside[i]!,
      start[i - 1] ?? 0,
      start[i + 1] ?? 0,
      start[i - 2] ?? 0,
      start[i + 2] ?? 0,
      outside[i - 1] ?? 0,
      outside[i + 1] ?? 0,
      Math.max(start[i - 1] ?? 0, start[i - 2] ?? 0, start[i - 3] ?? 0),
      others > 0 ? (sum.get(keys[i]!)! - start[i]!) / others : 0,
      others >= 1 ? 1 : 0,
      others >= 2 ? 1 : 0,
    ];
    if (n === 0) return v;
    v.set(stack, base);
    return v;
  });
}
