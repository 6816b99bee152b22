// The first step: tokens -> place items and lists of names, for the title and the body, and the
// state every later pass works on.
import { WHOLE_UNIT_WORDS } from "../../zh/place-words";
import { TOWN_FACILITY_SUFFIXES } from "../data/context-words";
import type { Gazetteer, GazetteerPlace, PlaceEntry } from "../gazetteer";
import { paperPlace } from "../source";
import { startsWithAny } from "./context";
import { datelineSpans } from "./dateline-places";
import { routeNeighbour } from "./routes";
import { chainedStemEntry, isStem, stemEntry } from "./stems";
import { Trie } from "../trie";
import { tokenize } from "./tokenize";
import { SOURCE_ORDER, type NameList, type PlaceItem, type RecognizeOptions, type State, type TextSource, type Token } from "./types";

const LIST_SEPARATORS = new Set(["、", "和", "与", "及", "以及"]);
/** A city inside the name of an event that is not local news about it (杭州亚运会, 杭州第19届亚残运会). */
const EVENT_AFTER_CITY = /^(?:第\d{1,2}届|第[一二三四五六七八九十]{1,3}届)?(?:亚运|亚残运)/;
/**
 * Infrastructure named after a township that serves a wider area: a port (健跳港, 石浦港区), a bridge, a
 * tunnel, an airport. A toll station or a pier (章安收费站, 菜园码头) is a point in the township itself.
 */
const FACILITY_AFTER_STEM = /^(?:港(?!口?村)|大桥|隧道|机场)/;
const SENTENCE_END = /[。!?;\n]/g;

function sentenceIndexer(text: string): (pos: number) => number {
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) ends.push(m.index);
  return (pos) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? 0) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** The lead: the first paragraph of the body, with the next one when the first is very short. */
export function leadParagraphEnd(body: string): number {
  let end = body.indexOf("\n\n");
  if (end < 0) return body.length;
  if (end < 30) {
    const next = body.indexOf("\n\n", end + 2);
    end = next < 0 ? body.length : next;
  }
  return end;
}

export function newItem(src: TextSource, text: string, t: Token, entry: PlaceEntry, sentence: number): PlaceItem {
  return {
    src,
    start: t.start,
    end: t.end,
    text: text.slice(t.start, t.end),
    entry,
    status: "pending",
    place: null,
    chainPrefix: false,
    sentence,
    dateline: false,
    outlet: false,
    caption: src === "caption",
    heading: false,
    venue: false,
    prev: null,
    next: null,
    ambiguous: [],
    inEventName: entry.level === "city" && EVENT_AFTER_CITY.test(text.slice(t.end, t.end + 8)),
    sited: false,
    listed: false,
    facility: entry.strength === "stem" && FACILITY_AFTER_STEM.test(text.slice(t.end, t.end + 4)),
    villageRecurs: false,
  };
}

/**
 * A body paragraph that is a photo caption the segmenter left in: short, and ending in a photo credit
 * (…村民在田里插秧。王某 摄).
 */
const CREDIT_END = /(?:^|[。!?\s(])[^。!?\s]{0,14}?摄(?:影)?[)]?$/;

/**
 * A heading line inside the body that opens with a place and a colon (浦江:荒地种上了桃树, 浙江
 * 建德:柑橘之乡开启"丰收季"): a sub-report's title, which names its place the way a title does.
 */
const PLACE_HEADING = /^[^\n,。!?;:]{2,12}:[^\n。!?;]{2,40}$/;
/** A bracketed kicker opening a brief (【龙泉】5月10日,…): the brief's place, as a title names it. */
const BRACKET_KICKER = /^[【\[]([\u4e00-\u9fff]{2,8})[】\]]/;

function headingSpans(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const para of body.split("\n\n")) {
    if (PLACE_HEADING.test(para.trim())) out.push([start, start + para.indexOf(":")]);
    const kicker = BRACKET_KICKER.exec(para);
    if (kicker) out.push([start + 1, start + 1 + kicker[1]!.length]);
    start += para.length + 2;
  }
  return out;
}

/**
 * A foreign name that ranks rather than places (亚洲最大的布匹集散中心, 世界第一): a measure of size,
 * not where the story is.
 */
const RANKING_AFTER = /^(?:最|第[一二三四五六七八九十\d]|之最|首[个家座位]|领先|一流|前列|级)/;

function captionParagraphs(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const para of body.split("\n\n")) {
    const t = para.trim();
    if (t.length > 0 && t.length <= 160 && CREDIT_END.test(t)) out.push([start, start + para.length]);
    start += para.length + 2;
  }
  return out;
}

type Scanned = { outlets: State["outlets"]; captionChars: number };

/** Items and lists of one text; returns the first local outlet it names and how much of it is caption. */
function scanText(src: TextSource, text: string, gaz: Gazetteer, items: PlaceItem[], foreign: Token[], lists: NameList[]): Scanned {
  const tokens = tokenize(text, src, gaz);
  const sentenceOf = sentenceIndexer(text);
  const { filing, outlets } = datelineSpans(text, gaz);
  const captions = src === "body" ? captionParagraphs(text) : [];
  const headings = src === "body" ? headingSpans(text) : [];
  const inside = (spans: ReadonlyArray<readonly [number, number]>, t: { start: number; end: number }) => spans.some(([a, b]) => t.start >= a && t.end <= b);
  const outletSpans = outlets.map((o) => [o.start, o.end] as const);
  const itemOf = new Map<Token, PlaceItem>();
  let list: NameList | null = null;
  let listLast: Token | null = null;
  let lastWord: Token | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.kind === "foreign" && !RANKING_AFTER.test(text.slice(t.end, t.end + 2))) {
      if (inside(filing, t)) t.dateline = true;
      t.sentence = sentenceOf(t.start);
      foreign.push(t);
    }
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    const prev = before && before.end === t.start ? before : null;
    let entry = t.kind === "place" ? t.entry : null;
    if (!entry && t.kind === "block" && prev?.kind === "place" && prev.entry) entry = chainedStemEntry(gaz, text.slice(t.start, t.end), prev.entry);
    let item: PlaceItem | null = null;
    if (entry) {
      item = newItem(src, text, t, entry, sentenceOf(t.start));
      item.dateline = inside(filing, t);
      // the dateline or masthead cut off the body names who printed the story, nothing else
      item.outlet = !item.dateline && (src === "source" || inside(outletSpans, t));
      item.caption ||= inside(captions, t);
      item.heading = inside(headings, t);
      item.prev = prev;
      item.next = after && after.start === t.end ? after : null;
      items.push(item);
      itemOf.set(t, item);
    }
    // lists: words (places, ordinary words, places elsewhere) joined by 、/和/与/及
    if (t.kind !== "override") {
      const joined = lastWord !== null && LIST_SEPARATORS.has(text.slice(lastWord.end, t.start));
      if (joined && lastWord) {
        if (!list || listLast !== lastWord) {
          list = { src, items: [], words: [lastWord], size: 1, after: "" };
          const first = itemOf.get(lastWord);
          if (first) list.items.push(first);
          lists.push(list);
        }
        list.size++;
        list.words.push(t);
        if (item) list.items.push(item);
        list.after = text.slice(t.end, t.end + 12);
        listLast = t;
      }
      lastWord = t;
    }
  }
  // An ordinary word in a list of names may be a township stem (岭南、下管等山区乡镇): give it an
  // item that only the list (or its full name elsewhere) can settle.
  for (const l of lists) {
    if (l.src !== src) continue;
    for (const w of l.words) {
      if (w.kind !== "block" || itemOf.has(w)) continue;
      const entry = stemEntry(gaz, text.slice(w.start, w.end));
      if (!entry) continue;
      const item = newItem(src, text, w, entry, sentenceOf(w.start));
      items.push(item);
      itemOf.set(w, item);
      l.items.push(item);
      l.items.sort((a, b) => a.start - b.start);
    }
  }
  // An ordinary word that is a township stem (菜园 is a vegetable garden and 菜园镇) where a pier, ferry
  // or route names it: 菜园码头, 菜园至花鸟的航班. Only its county named in the article settles it.
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!;
    if (w.kind !== "block" || itemOf.has(w)) continue;
    const surface = text.slice(w.start, w.end);
    if (!isStem(gaz, surface) || !(startsWithAny(text, w.end, TOWN_FACILITY_SUFFIXES) || routeNeighbour(text, tokens, k))) continue;
    const entry = stemEntry(gaz, surface)!;
    const item = newItem(src, text, w, entry, sentenceOf(w.start));
    item.prev = tokens[k - 1]?.end === w.start ? tokens[k - 1]! : null;
    item.next = tokens[k + 1]?.start === w.end ? tokens[k + 1]! : null;
    items.push(item);
    itemOf.set(w, item);
  }
  const captionChars = src === "caption" ? text.length : captions.reduce((n, [a, b]) => n + b - a, 0);
  return { outlets: outlets.map((o) => ({ src, ...o })), captionChars };
}

/** Scans the source, title, body and captions and builds the state the passes work on. */
export function scan(title: string, body: string, gaz: Gazetteer, opts: RecognizeOptions = {}): State {
  const texts: Record<TextSource, string> = { source: opts.source ?? "", title, body, caption: (opts.captions ?? []).join("\n") };
  const items: PlaceItem[] = [];
  const foreign: Token[] = [];
  const lists: NameList[] = [];
  const outlets: State["outlets"] = [];
  let bodyCaption = 0;
  for (const src of ["source", "title", "body", "caption"] as const) {
    const scanned = scanText(src, texts[src], gaz, items, foreign, lists);
    outlets.push(...scanned.outlets);
    if (src === "body") bodyCaption = scanned.captionChars;
  }
  items.sort((a, b) => SOURCE_ORDER[a.src] - SOURCE_ORDER[b.src] || a.start - b.start);
  const all = `${title}\n${body}`;
  const { counts: unitCount, firstAt } = wholeUnitCount(all);
  // a body of its own: more than a few words once its caption paragraphs are set aside
  const ownBody = nonSpaceLength(body) - bodyCaption;
  return {
    gaz,
    texts,
    items,
    foreign,
    lists,
    fullCounties: new Set(),
    fullTownCounties: new Set(),
    namedCounties: new Set(),
    namedCities: new Set(),
    fullTowns: new Set(),
    paper: paperPlace(opts.source, gaz) ?? outlets.find((o) => o.place)?.place ?? hintedPaper(opts.paperHint, gaz),
    outlets,
    wholeUnit: { 县: unitCount.县 > 0, 区: unitCount.区 > 0, 市: unitCount.市 > 0 },
    wholeUnitCount: unitCount,
    wholeCityAt: firstAt.市 < 0 ? null : firstAt.市 <= title.length ? -1 : firstAt.市 - title.length - 1,
    leadEnd: leadParagraphEnd(body),
    hasBody: ownBody >= 40,
    foreignScene: false,
    titleKicker: false,
    aid: false,
  };
}

type Unit = keyof typeof WHOLE_UNIT_WORDS;
/** The whole-unit words (全县, 市政府) in one trie, each with its unit and its own id. */
const UNIT_WORDS = new Trie<{ unit: Unit; id: number }>();
let unitWordCount = 0;
for (const unit of ["县", "区", "市"] as const) for (const w of WHOLE_UNIT_WORDS[unit]) UNIT_WORDS.add(w, { unit, id: unitWordCount++ });

/**
 * Occurrences of each unit's whole-unit words in one pass: each word counted without overlapping
 * itself, as `text.split(word).length - 1` counts it.
 */
function wholeUnitCount(text: string): { counts: Record<Unit, number>; firstAt: Record<Unit, number> } {
  const counts = { 县: 0, 区: 0, 市: 0 };
  const firstAt = { 县: -1, 区: -1, 市: -1 };
  const nextFree = new Int32Array(unitWordCount);
  UNIT_WORDS.visit(text, (start, end, words) => {
    for (const w of words) {
      if (start < nextFree[w.id]!) continue;
      counts[w.unit]++;
      if (firstAt[w.unit] < 0) firstAt[w.unit] = start;
      nextFree[w.id] = end;
    }
  });
  return { counts, firstAt };
}

/** Characters that are not whitespace in the sense of /\s/ (text.replace(/\s+/g, "").length, without the copy). */
function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isJsSpace(text.charCodeAt(i))) n++;
  return n;
}

function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The caller's outlet place (an adcode) as the paper's place: only a city or a county of Zhejiang. */
function hintedPaper(code: string | null | undefined, gaz: Gazetteer): GazetteerPlace | null {
  const p = code ? gaz.byCode.get(code) : undefined;
  return p && (p.level === "city" || p.level === "county") ? p : null;
}
