// Place recognition: find Zhejiang place names in an article's title and body and decide, with the
// article as context, which ones really are places and which place each one is.
//
// 1. tokenize: all dictionary hits, then a non-overlapping choice by priority (override words >
//    full names > ordinary words > foreign names = short names > township stems), longest first.
// 2. full names count at once; short names, township stems, generic and shared township names need
//    context (suffixes, the county or city in the article, a chain like 杭州市上城区南星街道, a list
//    of names of one city or county: 柯城、衢江、龙游六县(市、区), 岭南、下管等山区乡镇).
// 3. names that follow a place outside Zhejiang (上海市普陀区) are foreign, and so are their bare repeats.
// 4. what the article cannot settle falls back on the local paper it comes from (source.ts).
import {
  COUNTY_ORG_SUFFIXES,
  DIRECTIONAL_FACILITIES,
  LOCATIVE_AFTER,
  LOCATIVE_BEFORE,
  PERSON_AFTER,
  PERSON_BEFORE,
  SURNAMES,
  TOWN_FACILITY_SUFFIXES,
  WHOLE_UNIT_WORDS,
} from "./data/context-words";
import { NOT_CHAINED_STEMS } from "./data/common-words";
import type { Gazetteer, GazetteerPlace, LexEntry, NameStrength, PlaceEntry } from "./gazetteer";
import { isHan, townStem } from "./names";
import { paperPlace } from "./source";

export type TextSource = "title" | "body";

export type Token = {
  src: TextSource;
  start: number;
  end: number;
  kind: "place" | "block" | "override" | "foreign";
  /** for place tokens: the strongest dictionary entry on this span */
  entry: PlaceEntry | null;
};

export type PlaceItem = {
  src: TextSource;
  start: number;
  end: number;
  text: string;
  entry: PlaceEntry;
  /** ambiguous: a township name that several places share and nothing in the article decides */
  status: "pending" | "accepted" | "rejected" | "ambiguous";
  /** the chosen place once accepted */
  place: GazetteerPlace | null;
  /** a city name that only prefixes a county/township chain (杭州市上城区, 绍兴市公安局上虞区分局) */
  chainPrefix: boolean;
  /** index of the sentence (split at 。!?; and line breaks) within its text */
  sentence: number;
  /** neighbouring tokens that touch this one (no character between) */
  prev: Token | null;
  next: Token | null;
  /** inside a dateline (本报杭州3月5日讯): where the story was filed, weak evidence of its subject */
  dateline: boolean;
  /** candidates left for a township name nothing could decide between (大洋镇 with no county) */
  ambiguous: GazetteerPlace[];
  /** a city inside an event's name (杭州第19届亚运会): a mention, but no evidence of where the story is */
  inEventName: boolean;
  /** the name (or the chain it ends) follows 位于/坐落于/地处: the story's subject is sited there */
  sited: boolean;
  /** one of two or more places listed together (岭南、下管等山区乡镇): an example, not the focus */
  listed: boolean;
  /**
   * a township stem that names a port, bridge or tunnel (健跳港): a mention of the township, but the
   * story is about infrastructure of the county, not about the township's own work
   */
  facility: boolean;
};

/** Names joined by 、/和/与/及 (柯城、衢江、龙游和开化), and what follows the last one. */
export type NameList = { src: TextSource; items: PlaceItem[]; words: Token[]; size: number; after: string };

export type Recognition = {
  items: PlaceItem[];
  foreign: Token[];
  /** end of the body's lead paragraph (the first one, or the first two when the first is a short line) */
  leadEnd: number;
  /** the Zhejiang city or county whose paper the article comes from (金华日报讯), if known */
  paper: GazetteerPlace | null;
  /**
   * the title or lead sets the scene in a place outside Zhejiang (在四川省稻城县的…基地里, 赴新疆阿克苏, or
   * 四川省凉山州一所小学里,来自宁波市北仑区的老师…)
   */
  foreignScene: boolean;
  /**
   * the article reports pairing assistance (援建, 东西部协作, 对口支援) or a delegation's trip (学习考察,
   * 推介会): Zhejiang acts, and with a foreign scene the story happens elsewhere
   */
  aid: boolean;
  /** the article uses 全县/全区/全市 or the like: a county-wide report of that type of unit */
  wholeUnit: Record<"县" | "区" | "市", boolean>;
};

export type RecognizeOptions = {
  /** the dateline or masthead the article came with ("金华日报讯", "义乌商报"): names the paper's place */
  source?: string;
};

/** The lead: the first paragraph of the body, with the next one when the first is very short. */
function leadParagraphEnd(body: string): number {
  let end = body.indexOf("\n\n");
  if (end < 0) return body.length;
  if (end < 30) {
    const next = body.indexOf("\n\n", end + 2);
    end = next < 0 ? body.length : next;
  }
  return end;
}

const LIST_SEPARATORS = new Set(["、", "和", "与", "及", "以及"]);
/** After a list: a count of the units just listed ("六县(市、区)", "三区", "四地", "等地"). */
const LIST_COUNT_AFTER = /^(?:[一二两三四五六七八九十\d]{1,2}个?(?:县|区|市|地|镇|乡|街道)|等(?:地|县|区|市|[一二两三四五六七八九十\d]{1,2}个?(?:县|区|市|地)))/;
/** After a list of township stems: "等山区乡镇", "等镇街", "两镇". */
const TOWN_LIST_AFTER = /^(?:等[\u4e00-\u9fff]{0,4}?|[一二两三四五六七八九十\d]{1,2}个?)(?:乡镇|镇街|街道|镇|乡)/;
/** A city inside the name of an event that is not local news about it (杭州亚运会, 杭州第19届亚残运会). */
const EVENT_AFTER_CITY = /^(?:第\d{1,2}届|第[一二三四五六七八九十]{1,3}届)?(?:亚运|亚残运)/;
/**
 * After a short name: a street, lane or bridge named after the place (丽水街 in 岩头镇, 温州路, 龙泉巷,
 * 湖州大道, 金华桥), not the place itself. 街道 is a township; 街头/大街小巷/路网/路况/路段 are words about
 * the place.
 */
const STREET_AFTER = /^(?:街(?![道头边上巷区])|路(?![网况演线段径费面上边过途程桥])|巷(?!尾)|弄(?!堂)|大街(?!小巷)|大道|桥(?![头梁下上边]))/;
/** Before a place (or a chain of places): the subject of the story is located there. */
const SITED_BEFORE = /(?:位于|坐落于|坐落在|地处|落户于?|落户在|选址于?|选址在)$/;

const PRIORITY: Record<NameStrength, number> = { full: 4, alias: 4, variant: 4, chainOnly: 4, short: 2, stem: 1 };

function entryPriority(e: LexEntry, length: number): number {
  switch (e.kind) {
    case "override":
      return 5;
    case "block":
      return 3;
    case "foreign":
      // 湖南省, 三门峡, 龙泉驿 beat what they contain; a bare 海南 must not beat 临海 in 临海南收费站.
      return length >= 3 ? 3 : 2;
    case "place":
      return PRIORITY[e.strength];
  }
}

type Group = { start: number; end: number; prio: number; kind: Token["kind"]; entry: PlaceEntry | null };

/** Dictionary hits -> non-overlapping tokens (see the module comment for the priorities). */
export function tokenize(text: string, src: TextSource, gaz: Gazetteer): Token[] {
  const groups = new Map<number, Group>();
  for (const h of gaz.lexicon.findAll(text)) {
    const key = h.start * 256 + (h.end - h.start);
    const prio = entryPriority(h.value, h.end - h.start);
    let g = groups.get(key);
    if (!g) {
      g = { start: h.start, end: h.end, prio: -1, kind: h.value.kind, entry: null };
      groups.set(key, g);
    }
    // On one span a place reading beats an ordinary word: 江山 is both; context decides later.
    if (h.value.kind === "place") {
      if (g.kind !== "place" || prio > g.prio) {
        g.kind = "place";
        g.prio = prio;
        g.entry = h.value;
      }
    } else if (g.kind !== "place" && prio > g.prio) {
      g.kind = h.value.kind;
      g.prio = prio;
    }
  }
  const sorted = [...groups.values()].sort((a, b) => b.prio - a.prio || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const chosen: Token[] = [];
  for (const g of sorted) {
    let free = true;
    for (let i = g.start; i < g.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, g.start, g.end);
    chosen.push({ src, start: g.start, end: g.end, kind: g.kind, entry: g.entry });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const SENTENCE_END = /[。!?;\n]/g;

// 本报杭州3月5日讯, 新华社杭州电, 本报讯: the filing place, at the start of a paragraph.
const DATELINE = /(?:^|\n)[ \t]*(?:本报|新华社|中新社|中新网|浙江在线|潮新闻客户端|潮新闻)([\u4e00-\u9fff]{0,8}?)(?:\d{1,2}月\d{1,2}日)?[讯电]/g;
// 金华日报讯, 义乌商报讯: a local paper's own name, kept in a body that still opens with its dateline.
const PAPER_DATELINE = /(?:^|\n)[ \t]*((?:今日)?[\u4e00-\u9fff]{2,7}?(?:日报|晚报|商报|早报|都市报|时报|新闻网))[\u4e00-\u9fff]{0,6}?(?:\d{1,2}月\d{1,2}日)?[讯电]/g;

function datelineSpans(text: string): { spans: Array<[number, number]>; paper: string | null } {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(DATELINE)) {
    const place = m[1] ?? "";
    if (!place) continue;
    const start = m.index + m[0].indexOf(place, m[0].search(/本报|新华社|中新|浙江在线|潮新闻/) + 2);
    spans.push([start, start + place.length]);
  }
  let paper: string | null = null;
  for (const m of text.matchAll(PAPER_DATELINE)) {
    const name = m[1] ?? "";
    const start = m.index + m[0].indexOf(name);
    spans.push([start, start + name.length]);
    paper ??= name;
  }
  return { spans, paper };
}

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

const startsWithAny = (text: string, at: number, words: readonly string[]) => words.some((w) => text.startsWith(w, at));
const endsWithAny = (text: string, at: number, words: readonly string[]) => words.some((w) => at >= w.length && text.startsWith(w, at - w.length));

/** "李金华说", "记者王丽水": a surname + the name used as a given name. */
function looksLikePerson(text: string, start: number, end: number): boolean {
  // "通讯员金华林": the name itself starts with a surname right after a byline role.
  if (SURNAMES.has(text[start] ?? "") && endsWithAny(text, start, PERSON_BEFORE)) return true;
  const s = text[start - 1];
  if (!s || !SURNAMES.has(s)) return false;
  if (start >= 2 && text.slice(start - 2, start) === "浙江") return false;
  if (startsWithAny(text, end, PERSON_AFTER)) return true;
  const before = start - 1;
  if (before === 0 || !isHan(text[before - 1])) return true;
  return endsWithAny(text, before, PERSON_BEFORE);
}

/** An administrative unit we do not know ends right here (苏州市吴中区|城南街道). */
function afterUnknownUnit(text: string, start: number): boolean {
  const unit = text[start - 1];
  if (unit !== "区" && unit !== "县" && unit !== "市") return false;
  const word = text.slice(Math.max(0, start - 3), start);
  if (!isHan(word[0]) || !isHan(word[1])) return false;
  return !/(城区|市区|景区|园区|社区|小区|新区|片区|山区|辖区|全区|全县|全市|该区|该县|该市|本区|本县|本市|我区|我县|我市|城市|都市|超市|上市|省市|郊区|湾区|县区|区县|市县|各区|各县|各市|开发区|高新区|保护区|示范区|先行区|试验区|自贸区|功能区|核心区|集聚区|产业区)$/.test(
    word,
  );
}

type Ctx = {
  gaz: Gazetteer;
  texts: Record<TextSource, string>;
  items: PlaceItem[];
  /** counties named by a full name or alias (S3) */
  fullCounties: Set<string>;
  /** counties of townships named by their full name */
  fullTownCounties: Set<string>;
  /** counties and cities of every accepted item */
  namedCounties: Set<string>;
  namedCities: Set<string>;
  /** townships accepted by their full name */
  fullTowns: Set<string>;
  /** the city or county of the paper the article comes from */
  paper: GazetteerPlace | null;
  wholeUnit: Record<"县" | "区" | "市", boolean>;
};

function accept(item: PlaceItem, place: GazetteerPlace, ctx: Ctx): void {
  item.status = "accepted";
  item.place = place;
  item.ambiguous = [];
  if (place.countyCode) ctx.namedCounties.add(place.countyCode);
  ctx.namedCities.add(place.cityCode);
  const strong = item.entry.strength === "full" || item.entry.strength === "alias" || item.entry.strength === "chainOnly";
  if (place.level === "county" && strong) ctx.fullCounties.add(place.code);
  if (place.level === "township" && (strong || item.entry.strength === "variant")) {
    ctx.fullTowns.add(place.code);
    if (place.countyCode) ctx.fullTownCounties.add(place.countyCode);
  }
}

const placeOf = (ctx: Ctx, code: string): GazetteerPlace => {
  const p = ctx.gaz.byCode.get(code);
  if (!p) throw new Error(`gazetteer: unknown code ${code}`);
  return p;
};

/** The accepted item that ends exactly where `item` starts, if any. */
function prevItem(ctx: Ctx, item: PlaceItem): PlaceItem | null {
  if (!item.prev || item.prev.kind !== "place") return null;
  const i = ctx.items.indexOf(item);
  const p = ctx.items[i - 1];
  return p && p.src === item.src && p.end === item.start ? p : null;
}

function nextItem(ctx: Ctx, item: PlaceItem): PlaceItem | null {
  const i = ctx.items.indexOf(item);
  const n = ctx.items[i + 1];
  return n && n.src === item.src && n.start === item.end ? n : null;
}

/** Counties a county-level item may stand for in a chain (its own, or successors of a former name). */
function chainCounties(ctx: Ctx, it: PlaceItem): string[] {
  const out: string[] = [];
  if (it.status === "rejected" || it.status === "ambiguous") return out;
  if (it.entry.level === "county") out.push(...it.entry.codes);
  const succ = ctx.gaz.formerParents.get(it.text);
  if (succ) out.push(...succ);
  return out;
}

/** County short name: is there supporting context anywhere in the article? */
function countyShortSupported(ctx: Ctx, code: string, occurrences: PlaceItem[]): boolean {
  const county = placeOf(ctx, code);
  if (ctx.fullCounties.has(code) || ctx.fullTownCounties.has(code)) return true;
  const wordlike = occurrences[0]?.entry.wordlike ?? false;
  let weak = 0;
  let locative = false;
  for (const it of occurrences) {
    const text = ctx.texts[it.src];
    if (startsWithAny(text, it.end, COUNTY_ORG_SUFFIXES)) return true;
    if (/[东南西北]/.test(text[it.end] ?? "") && startsWithAny(text, it.end + 1, DIRECTIONAL_FACILITIES)) return true;
    const p = prevItem(ctx, it);
    if (p && p.status === "accepted" && p.place?.level === "city" && p.place.code === county.cityCode) return true;
    if (endsWithAny(text, it.start, ["浙江", "浙江省"])) return true;
    const n = nextItem(ctx, it);
    if (n && n.status !== "rejected" && n.entry.level === "township" && n.entry.codes.some((c) => placeOf(ctx, c).countyCode === code))
      return true;
    if (endsWithAny(text, it.start, LOCATIVE_BEFORE) && !startsWithAny(text, it.end, LOCATIVE_AFTER)) locative = true;
  }
  // A township name several counties share, one of them this one (象山红美人 … 新桥镇): each settles the other.
  const sharedTown = ctx.items.some(
    (t) =>
      t.entry.level === "township" &&
      t.entry.codes.length > 1 &&
      t.status === "pending" &&
      (t.entry.strength === "full" || t.entry.strength === "alias") &&
      t.entry.codes.some((c) => placeOf(ctx, c).countyCode === code),
  );
  if (sharedTown) return true;
  // 嵊泗的海鲜、岱山的盐…都是舟山的特色产品: two counties of a city named in the article, in one sentence
  if (ctx.namedCities.has(county.cityCode)) {
    for (const it of occurrences) {
      const sibling = ctx.items.some(
        (o) =>
          o !== it &&
          o.src === it.src &&
          o.sentence === it.sentence &&
          o.entry.level === "county" &&
          o.status !== "rejected" &&
          !o.entry.codes.includes(code) &&
          o.entry.codes.some((c) => placeOf(ctx, c).cityCode === county.cityCode),
      );
      if (sibling) return true;
    }
  }
  if (locative) weak++;
  const unit = county.type === "区" ? "区" : county.type === "市" ? "市" : "县";
  if (ctx.wholeUnit[unit]) weak++;
  // a local paper (宁波日报 on 北仑, 义乌商报 on 义乌) reports on its own area
  if (ctx.paper?.code === code) weak += 2;
  else if (ctx.namedCities.has(county.cityCode) || ctx.paper?.cityCode === county.cityCode) weak++;
  if (!wordlike && occurrences.length >= 2) weak++;
  return weak >= 2;
}

function resolveCountyShorts(ctx: Ctx): boolean {
  let changed = false;
  const byCode = new Map<string, PlaceItem[]>();
  for (const it of ctx.items) {
    if (it.status !== "pending" || it.entry.level !== "county" || it.entry.strength !== "short") continue;
    const code = it.entry.codes[0];
    if (!code) continue;
    const list = byCode.get(code) ?? [];
    list.push(it);
    byCode.set(code, list);
  }
  for (const [code, occ] of byCode) {
    if (!countyShortSupported(ctx, code, occ)) continue;
    for (const it of occ) {
      accept(it, placeOf(ctx, code), ctx);
      changed = true;
    }
  }
  return changed;
}

/**
 * Township names that need the article to say which one (shared names, generic names, variants):
 * the county right before, then the last county earlier in the sentence, then counties and cities
 * named anywhere in the article.
 */
function pickTown(ctx: Ctx, it: PlaceItem, candidates: GazetteerPlace[], needContext: boolean): GazetteerPlace | null | "undecided" {
  const p = prevItem(ctx, it);
  if (p) {
    const counties = chainCounties(ctx, p);
    const inChain = candidates.filter((c) => c.countyCode && counties.includes(c.countyCode));
    if (inChain.length === 1) return inChain[0] ?? null;
    if (p.status === "accepted" && p.place?.level === "city") {
      const inCity = candidates.filter((c) => c.cityCode === p.place?.cityCode);
      if (inCity.length === 1) return inCity[0] ?? null;
    }
  }
  const earlier = ctx.items.filter(
    (o) => o.src === it.src && o.sentence === it.sentence && o.end <= it.start && o.status === "accepted" && o.place?.level === "county",
  );
  const last = earlier[earlier.length - 1];
  if (last?.place) {
    const inSentence = candidates.filter((c) => c.countyCode === last.place?.code);
    if (inSentence.length === 1) return inSentence[0] ?? null;
  }
  const named = candidates.filter((c) => c.countyCode && ctx.namedCounties.has(c.countyCode));
  if (named.length === 1) return named[0] ?? null;
  if (named.length > 1) return "undecided";
  const inCities = candidates.filter((c) => ctx.namedCities.has(c.cityCode));
  if (inCities.length === 1) return inCities[0] ?? null;
  if (!needContext && candidates.length === 1) return candidates[0] ?? null;
  return "undecided";
}

/** Joins the two ends of a route: 菜园至花鸟, 沈家门到六横, 定海—岱山. */
const ROUTE_LINKS = new Set(["至", "到", "往", "—", "-"]);

/** tokens[k] and a place name are the two ends of a route (X至Y / Y至X), one link character apart. */
function routeNeighbour(text: string, tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (next?.kind === "place" && next.start === w.end + 1 && ROUTE_LINKS.has(text[w.end] ?? "")) return true;
  return prev?.kind === "place" && prev.end === w.start - 1 && ROUTE_LINKS.has(text[prev.end] ?? "");
}

/** The item is one end of a route whose other end is an accepted place of `county` (菜园至花鸟). */
function routeInCounty(ctx: Ctx, it: PlaceItem, county: string): boolean {
  const text = ctx.texts[it.src];
  return ctx.items.some(
    (o) =>
      o !== it &&
      o.src === it.src &&
      o.status === "accepted" &&
      o.place?.countyCode === county &&
      ((o.start === it.end + 1 && ROUTE_LINKS.has(text[it.end] ?? "")) || (o.end === it.start - 1 && ROUTE_LINKS.has(text[o.end] ?? ""))),
  );
}

/** Stems that end like a mountain, lake, river or island name the feature as often as the township. */
const FEATURE_STEM = /[山湖江岛源峰岩洋滩海溪泉洞]$/;

/**
 * A stem of a township whose county (or city) the article names, without a facility after it: a
 * long stem that is no landscape name (去沈家门, 王村口的红色课堂) is the township; a two-character
 * one only where a verb of place puts it (在店口, 到岩坦) and its county itself is named.
 */
function stemUsedAsPlace(ctx: Ctx, it: PlaceItem, place: GazetteerPlace): boolean {
  const text = ctx.texts[it.src];
  if (it.text.length >= 3) return !FEATURE_STEM.test(it.text);
  if (!place.countyCode || !ctx.namedCounties.has(place.countyCode)) return false;
  if (routeInCounty(ctx, it, place.countyCode)) return true;
  return endsWithAny(text, it.start, LOCATIVE_BEFORE) && !startsWithAny(text, it.end, LOCATIVE_AFTER);
}

function resolveTowns(ctx: Ctx): boolean {
  let changed = false;
  for (const it of ctx.items) {
    if (it.status !== "pending" || it.entry.level !== "township") continue;
    const text = ctx.texts[it.src];
    const candidates = it.entry.codes.map((c) => placeOf(ctx, c));
    const s = it.entry.strength;
    if (s === "chainOnly") {
      const p = prevItem(ctx, it);
      const counties = p ? chainCounties(ctx, p) : [];
      const hit = candidates.find((c) => c.countyCode && counties.includes(c.countyCode));
      if (hit) {
        accept(it, hit, ctx);
        changed = true;
      }
      continue;
    }
    if (s === "stem") {
      // 章安收费站 with 台州 in the article; 南星 once 南星街道 is named; 新昌回山 right after its county.
      const already = candidates.filter((c) => ctx.fullTowns.has(c.code));
      if (already.length === 1 && already[0]) {
        accept(it, already[0], ctx);
        changed = true;
        continue;
      }
      const p = prevItem(ctx, it);
      const counties = p && p.status === "accepted" ? chainCounties(ctx, p) : [];
      const chained = candidates.filter((c) => c.countyCode && counties.includes(c.countyCode));
      if (chained.length === 1 && chained[0]) {
        accept(it, chained[0], ctx);
        changed = true;
        continue;
      }
      const local = candidates.filter((c) => (c.countyCode && ctx.namedCounties.has(c.countyCode)) || ctx.namedCities.has(c.cityCode));
      if (local.length !== 1 || !local[0]) continue;
      if (startsWithAny(text, it.end, TOWN_FACILITY_SUFFIXES) || stemUsedAsPlace(ctx, it, local[0])) {
        accept(it, local[0], ctx);
        changed = true;
      }
      continue;
    }
    const needContext = it.entry.generic || s === "variant";
    const pick = pickTown(ctx, it, candidates, needContext);
    if (pick && pick !== "undecided") {
      accept(it, pick, ctx);
      changed = true;
    } else {
      const local = candidates.filter((c) => inPaperArea(ctx, c));
      it.ambiguous = local.length > 0 ? local : candidates;
    }
  }
  return changed;
}

/**
 * A township name nothing in the article settles, in a local paper: the paper's own township when
 * only one candidate lies in its area (新桥镇 in 宁波日报 is 象山县's); when several do (城东街道 in
 * 金华日报: 婺城区 and 东阳市 both have one), the readings narrow to those, so that the city they
 * share can still be the article's place.
 */
const inPaperArea = (ctx: Ctx, p: GazetteerPlace) =>
  ctx.paper !== null && (ctx.paper.level === "city" ? p.cityCode === ctx.paper.code : p.countyCode === ctx.paper.code);

function resolveByPaper(ctx: Ctx): boolean {
  const paper = ctx.paper;
  if (!paper) return false;
  let changed = false;
  for (const it of ctx.items) {
    if (it.status !== "pending" || it.entry.level !== "township" || it.entry.strength === "chainOnly" || it.entry.strength === "stem") continue;
    const local = it.entry.codes.map((c) => placeOf(ctx, c)).filter((c) => inPaperArea(ctx, c));
    if (local.length === 1 && local[0]) {
      accept(it, local[0], ctx);
      changed = true;
    }
  }
  return changed;
}

/** A former county name right before a township that is now elsewhere names the new county. */
function reinterpretFormerParents(ctx: Ctx): void {
  for (const it of ctx.items) {
    if (it.status !== "accepted" || it.place?.level !== "township") continue;
    const p = prevItem(ctx, it);
    if (!p || p.status !== "accepted" || p.place?.level !== "county" || p.place.code === it.place.countyCode) continue;
    const succ = ctx.gaz.formerParents.get(p.text);
    if (succ && it.place.countyCode && succ.includes(it.place.countyCode)) p.place = placeOf(ctx, it.place.countyCode);
  }
}

/**
 * Text written before a redistricting: "余杭区 … 塘栖古镇" with no township of today's 余杭区 and
 * no mention of 临平区 means the 余杭区 of then, i.e. today's 临平区.
 */
function reinterpretFormerCounties(ctx: Ctx): void {
  const accepted = ctx.items.filter((i) => i.status === "accepted" && i.place);
  const countyItems = accepted.filter((i) => i.place?.level === "county");
  const townCounties = new Set(accepted.filter((i) => i.place?.level === "township").map((i) => i.place?.countyCode ?? ""));
  for (const code of new Set(countyItems.map((i) => i.place?.code ?? ""))) {
    const place = ctx.gaz.byCode.get(code);
    const succ = place ? ctx.gaz.formerParents.get(place.name) : undefined;
    if (!succ || townCounties.has(code)) continue;
    const moved = succ.filter((s) => townCounties.has(s));
    if (moved.length !== 1 || !moved[0] || countyItems.some((i) => i.place?.code === moved[0])) continue;
    const target = placeOf(ctx, moved[0]);
    for (const i of countyItems) if (i.place?.code === code) i.place = target;
  }
}

/** 杭州市上城区…, 绍兴市公安局上虞区分局: the city only prefixes a place of its own below it. */
function markChainPrefixes(ctx: Ctx): void {
  const accepted = ctx.items.filter((i) => i.status === "accepted");
  for (let k = 0; k < accepted.length; k++) {
    const c = accepted[k];
    if (!c?.place || c.place.level !== "city") continue;
    const text = ctx.texts[c.src];
    for (let j = k + 1; j < accepted.length; j++) {
      const n = accepted[j];
      if (!n?.place || n.src !== c.src || n.start - c.end > 12) break;
      let clean = true;
      for (let x = c.end; x < n.start && clean; x++) if (!isHan(text[x])) clean = false;
      if (!clean) break;
      if (n.place.level !== "city" && n.place.cityCode === c.place.code) {
        c.chainPrefix = true;
        break;
      }
    }
  }
}

const NOT_CHAINED = new Set(NOT_CHAINED_STEMS);

const stemIndexes = new WeakMap<Gazetteer, Map<string, string[]>>();
/** Township stems (岭南 -> 岭南乡) of every township, for words found in lists of townships. */
function stemIndex(gaz: Gazetteer): Map<string, string[]> {
  let idx = stemIndexes.get(gaz);
  if (!idx) {
    idx = new Map();
    for (const t of gaz.places) {
      if (t.level !== "township") continue;
      const stem = townStem(t.name);
      if (stem === t.name || stem.length < 2) continue;
      idx.set(stem, [...(idx.get(stem) ?? []), t.code]);
    }
    stemIndexes.set(gaz, idx);
  }
  return idx;
}

/**
 * A county name right before an ordinary word that is the stem of one of its townships reads as that
 * township (诸暨大唐, 温岭城东): the county settles which of the word's readings is meant.
 */
function chainedStemEntry(gaz: Gazetteer, surface: string, county: PlaceEntry): PlaceEntry | null {
  if (county.level !== "county" || NOT_CHAINED.has(surface)) return null;
  const codes: string[] = [];
  for (const c of county.codes) for (const t of gaz.townsByCounty.get(c) ?? []) if (townStem(t.name) === surface && t.name !== surface) codes.push(t.code);
  return codes.length ? { kind: "place", level: "township", strength: "stem", codes, wordlike: false, generic: true } : null;
}

/** The first place of the chain that `item` ends (上虞区岭南乡 -> 上虞区). */
function chainStart(ctx: Ctx, item: PlaceItem): PlaceItem {
  let cur = item;
  for (let guard = 0; guard < 4; guard++) {
    const p = prevItem(ctx, cur);
    if (!p || p.status !== "accepted") break;
    cur = p;
  }
  return cur;
}

/**
 * County names seen right after a place elsewhere (上海市普陀区) name that place's district wherever
 * the article repeats them without a Zhejiang qualifier (普陀区以…为抓手, 普陀的做法): unless the
 * article also ties the name to its Zhejiang city (舟山普陀), those occurrences are foreign too.
 */
function propagateForeignCounties(ctx: Ctx, foreign: Token[]): void {
  // reading order: the title, then the body
  const order = (it: PlaceItem) => (it.src === "title" ? 0 : 1_000_000) + it.start;
  const firstForeign = new Map<string, number>();
  for (const it of ctx.items) {
    if (it.status !== "rejected" || it.prev?.kind !== "foreign" || it.entry.level !== "county") continue;
    for (const c of it.entry.codes) firstForeign.set(c, Math.min(firstForeign.get(c) ?? Infinity, order(it)));
  }
  if (firstForeign.size === 0) return;
  // Kept for Zhejiang: a name tied to its city or to 浙江, or used before the foreign place came up
  // (普陀区与上海市普陀区缔结友好城区: the article is about its own 普陀区).
  const qualified = new Set<string>();
  for (const it of ctx.items) {
    if (it.status === "rejected" || it.entry.level !== "county") continue;
    const text = ctx.texts[it.src];
    const p = prevItem(ctx, it);
    for (const c of it.entry.codes) {
      const first = firstForeign.get(c);
      if (first === undefined) continue;
      const cityCode = placeOf(ctx, c).cityCode;
      const tied = (p && p.entry.level === "city" && p.entry.codes.includes(cityCode)) || endsWithAny(text, it.start, ["浙江", "浙江省"]);
      if (tied || order(it) < first) qualified.add(c);
    }
  }
  const foreignCodes = new Set(firstForeign.keys());
  for (const it of ctx.items) {
    if (it.status === "rejected" || it.entry.level !== "county") continue;
    if (!it.entry.codes.some((c) => foreignCodes.has(c) && !qualified.has(c))) continue;
    it.status = "rejected";
    foreign.push({ src: it.src, start: it.start, end: it.end, kind: "foreign", entry: null });
  }
}

/** Between two members of a possessive list: 的 + what the first is known for + 、 (的三杯香茶、). */
const POSSESSIVE_GAP = /^的[^,。;:!?、"()\n]{1,12}、$/;

/**
 * County names each followed by 的 and a product or feature, in one 、-separated run: "淳安的千岛湖鱼、
 * 泰顺的三杯香茶、景宁的惠明茶、龙泉的青瓷宝剑". Three or more such names (two when neither is also an
 * ordinary word) are counties, whatever cities they belong to.
 */
function possessiveCountyRuns(ctx: Ctx): PlaceItem[][] {
  const runs: PlaceItem[][] = [];
  let run: PlaceItem[] = [];
  const close = () => {
    const plain = run.every((m) => !m.entry.wordlike);
    if (run.length >= 3 || (run.length === 2 && plain)) runs.push(run);
    run = [];
  };
  const countyLike = (it: PlaceItem) => it.entry.level === "county" && it.status !== "rejected" && ctx.texts[it.src][it.end] === "的";
  // other places inside a gap (淳安的千岛湖鱼、) neither join nor break a run: the gap test decides
  for (const it of ctx.items) {
    if (!countyLike(it)) continue;
    const last = run.at(-1);
    if (last && !(last.src === it.src && POSSESSIVE_GAP.test(ctx.texts[it.src].slice(last.end, it.start)))) close();
    run.push(it);
  }
  close();
  return runs;
}

/** After a list of counties of several cities: 等县, 等区县, 三县, 等地 (淳安、景宁、泰顺等县). */
const COUNTY_LIST_AFTER = /^(?:等|[一二两三四五六七八九十\d]{1,2}个?)(?:县|区县|县区|县市|市县|区)/;
const PLACES_LIST_AFTER = /^等地/;

/**
 * County short names of several cities listed and closed by a word for counties (淳安、景宁、泰顺等县)
 * are counties. Closed by 等地 they are too, unless they are just two names that are also ordinary
 * words or personal names (永康、南湖等地 may be people or lakes).
 */
function acceptCountyList(ctx: Ctx, list: NameList): boolean {
  const members = list.items;
  const countyWord = COUNTY_LIST_AFTER.test(list.after);
  const placesWord = PLACES_LIST_AFTER.test(list.after) && (members.length >= 3 || members.some((m) => !m.entry.wordlike));
  if (!countyWord && !placesWord) return false;
  let changed = false;
  for (const m of members) {
    const code = m.entry.codes[0];
    if (m.status !== "pending" || m.entry.codes.length !== 1 || !code) continue;
    accept(m, placeOf(ctx, code), ctx);
    changed = true;
  }
  return changed;
}

/**
 * Lists are mutual context. A list of county short names of one city (柯城、衢江、龙游、江山、常山、
 * 开化六县(市、区)) is a list of counties when the city is named in the article, one item is already
 * a place, or a count of units follows. A list of township names where one is settled, or that ends
 * in "等…乡镇", gives the others the same county.
 */
function resolveLists(ctx: Ctx, lists: readonly NameList[]): boolean {
  let changed = false;
  for (const list of lists) {
    const members = list.items;
    if (members.length < 2 && !TOWN_LIST_AFTER.test(list.after)) continue;
    if (members.some((m) => m.status === "rejected" && m.prev?.kind === "foreign")) continue;
    const allCounties = members.length === list.size && members.every((m) => m.entry.level === "county");
    if (allCounties) {
      const cities = new Set<string>();
      for (const m of members) for (const c of m.entry.codes) cities.add(placeOf(ctx, c).cityCode);
      const city = [...cities].find((c) => members.every((m) => m.entry.codes.some((x) => placeOf(ctx, x).cityCode === c)));
      if (!city) {
        if (acceptCountyList(ctx, list)) changed = true;
        continue;
      }
      const supported = ctx.namedCities.has(city) || members.some((m) => m.status === "accepted") || LIST_COUNT_AFTER.test(list.after);
      if (!supported) continue;
      for (const m of members) {
        if (m.status !== "pending") continue;
        const code = m.entry.codes.find((x) => placeOf(ctx, x).cityCode === city);
        if (!code) continue;
        accept(m, placeOf(ctx, code), ctx);
        changed = true;
      }
      continue;
    }
    const towns = members.filter((m) => m.entry.level === "township");
    if (towns.length !== members.length) continue;
    const settled = new Set(towns.filter((m) => m.status === "accepted").map((m) => m.place?.countyCode ?? ""));
    if (settled.size === 0 && !TOWN_LIST_AFTER.test(list.after)) continue;
    for (const m of towns) {
      if (m.status !== "pending" || m.entry.strength === "chainOnly") continue;
      const candidates = m.entry.codes.map((c) => placeOf(ctx, c));
      const local = candidates.filter((c) => c.countyCode && (settled.size ? settled.has(c.countyCode) : ctx.namedCounties.has(c.countyCode)));
      if (local.length === 1 && local[0]) {
        accept(m, local[0], ctx);
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * A township name that is generic (丹东街道: 丹东 is also a city in 辽宁) but unique in Zhejiang, in an
 * article that names no other place at all, is the Zhejiang one when the article repeats it: county
 * papers name their own townships without the county.
 */
function acceptLoneGenericTowns(ctx: Ctx, foreign: readonly Token[]): void {
  if (foreign.length > 0 || ctx.items.some((i) => i.status === "accepted")) return;
  const byCode = new Map<string, PlaceItem[]>();
  for (const it of ctx.items) {
    const e = it.entry;
    if (it.status !== "pending" || e.level !== "township" || e.codes.length !== 1 || (e.strength !== "full" && e.strength !== "alias")) continue;
    const code = e.codes[0] ?? "";
    byCode.set(code, [...(byCode.get(code) ?? []), it]);
  }
  if (byCode.size !== 1) return;
  for (const [code, occ] of byCode) if (occ.length >= 2) for (const it of occ) accept(it, placeOf(ctx, code), ctx);
}

function newItem(src: TextSource, text: string, t: Token, entry: PlaceEntry, sentence: number): PlaceItem {
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
    prev: null,
    next: null,
    ambiguous: [],
    inEventName: entry.level === "city" && EVENT_AFTER_CITY.test(text.slice(t.end, t.end + 8)),
    sited: false,
    listed: false,
    facility: entry.strength === "stem" && FACILITY_AFTER_STEM.test(text.slice(t.end, t.end + 4)),
  };
}

/**
 * Infrastructure named after a township that serves a wider area: a port (健跳港, 石浦港区), a bridge, a
 * tunnel, an airport. A toll station or a pier (章安收费站, 菜园码头) is a point in the township itself.
 */
const FACILITY_AFTER_STEM = /^(?:港(?!口?村)|大桥|隧道|机场)/;

/** 其中,位于… / 例如位于…: the sited thing is one example of many. */
const EXAMPLE_BEFORE = /(?:其中|例如|比如|譬如|诸如|包括|(?:^|[,。;:!?])如)[,:]?$/;

/**
 * 位于黄岩区江口街道的智能模具产业园项目: the story's subject is sited in the place (the chain
 * `item` belongs to). Not when the sited thing is one example of many (其中,位于宗汉街道的新城
 * 幼儿园), nor when it is an institution of a larger unit that only has its address there (位于首南
 * 街道的鄞州区实验小学).
 */
function sitedSubject(ctx: Ctx, item: PlaceItem): boolean {
  const text = ctx.texts[item.src];
  const head = chainStart(ctx, item);
  const before = text.slice(Math.max(0, head.start - 12), head.start);
  const verb = SITED_BEFORE.exec(before);
  if (!verb) return false;
  if (EXAMPLE_BEFORE.test(before.slice(0, verb.index))) return false;
  let end = item;
  for (let guard = 0; guard < 4; guard++) {
    const n = nextItem(ctx, end);
    if (!n || n.status !== "accepted") break;
    end = n;
  }
  if (text[end.end] === "的") {
    const owner = ctx.items.find((o) => o.src === item.src && o.start === end.end + 1 && o.status === "accepted");
    if (owner?.place && owner.place.level !== "township") return false;
  }
  return true;
}

/**
 * Pairing assistance (Zhejiang funds or staffs work in a partner region elsewhere) and delegations
 * that travel to learn or to promote (学习考察, 推介会): the Zhejiang unit acts, the scene may be elsewhere.
 */
const AID_WORDS =
  /援建|援疆|援藏|援青|援川|援黔|援吉|援外|东西部协作|东西部扶贫|对口支援|对口帮扶|对口协作|对口合作|对口援助|结对帮扶|支教|学习考察|考察学习|参观考察|考察调研|调研考察|参观学习|观摩学习|学习观摩|学习取经|取经学习|推介会|招商会|洽谈会|投资说明会|招商推介|推介活动/;
/** Verbs that set a scene in the place after them (在四川省…, 赴新疆阿克苏, 走进贵州). */
const SCENE_BEFORE = /(?:在|赴|到|来到|走进|前往|远赴|奔赴|深入|位于|地处)$/;

/** The foreign place `f` (or the chain of foreign places it ends) follows a verb of place. */
function foreignSceneAt(text: string, f: Token, foreign: readonly Token[]): boolean {
  let start = f.start;
  for (let guard = 0; guard < 4; guard++) {
    const p = foreign.find((o) => o.src === f.src && o.end === start);
    if (!p) break;
    start = p.start;
  }
  return SCENE_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/** Before a place: it is where someone comes from, not where the scene is (来自宁波市北仑区的支教老师). */
const ORIGIN_BEFORE = /(?:来自|来源于|出自)$/;

/**
 * The lead names a place outside Zhejiang first and introduces the first Zhejiang place as where people
 * come from: "四川省凉山州一所乡村小学里,来自宁波市北仑区的支教老师…". The scene is the place elsewhere.
 */
function visitorFromZhejiang(ctx: Ctx, foreign: readonly Token[], leadEnd: number): boolean {
  const firstForeign = foreign.find((f) => f.src === "body" && f.start < leadEnd);
  if (!firstForeign) return false;
  const firstZj = ctx.items.find((i) => i.src === "body" && i.status === "accepted" && !i.dateline && i.start < leadEnd);
  if (!firstZj || firstZj.start < firstForeign.start) return false;
  const head = chainStart(ctx, firstZj);
  return ORIGIN_BEFORE.test(ctx.texts.body.slice(Math.max(0, head.start - 3), head.start));
}

/** Finds and resolves every place name in the title and body (see the module comment). */
export function recognize(title: string, body: string, gaz: Gazetteer, opts: RecognizeOptions = {}): Recognition {
  const texts: Record<TextSource, string> = { title, body };
  const items: PlaceItem[] = [];
  const foreign: Token[] = [];
  const lists: NameList[] = [];
  let paperName: string | null = null;
  for (const src of ["title", "body"] as const) {
    const text = texts[src];
    const tokens = tokenize(text, src, gaz);
    const sentenceOf = sentenceIndexer(text);
    const { spans: datelines, paper } = datelineSpans(text);
    paperName ??= paper;
    const itemOf = new Map<Token, PlaceItem>();
    let list: NameList | null = null;
    let listLast: Token | null = null;
    let lastWord: Token | null = null;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t) continue;
      if (t.kind === "foreign") foreign.push(t);
      const before = tokens[k - 1];
      const after = tokens[k + 1];
      const prev = before && before.end === t.start ? before : null;
      let entry = t.kind === "place" ? t.entry : null;
      if (!entry && t.kind === "block" && prev?.kind === "place" && prev.entry) entry = chainedStemEntry(gaz, text.slice(t.start, t.end), prev.entry);
      let item: PlaceItem | null = null;
      if (entry) {
        item = newItem(src, text, t, entry, sentenceOf(t.start));
        item.dateline = datelines.some(([a, b]) => t.start >= a && t.end <= b);
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
        const surface = text.slice(w.start, w.end);
        const codes = NOT_CHAINED.has(surface) ? undefined : stemIndex(gaz).get(surface);
        if (!codes) continue;
        const entry: PlaceEntry = { kind: "place", level: "township", strength: "stem", codes, wordlike: false, generic: true };
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
      const codes = NOT_CHAINED.has(surface) ? undefined : stemIndex(gaz).get(surface);
      if (!codes || !(startsWithAny(text, w.end, TOWN_FACILITY_SUFFIXES) || routeNeighbour(text, tokens, k))) continue;
      const entry: PlaceEntry = { kind: "place", level: "township", strength: "stem", codes, wordlike: false, generic: true };
      const item = newItem(src, text, w, entry, sentenceOf(w.start));
      item.prev = tokens[k - 1]?.end === w.start ? tokens[k - 1]! : null;
      item.next = tokens[k + 1]?.start === w.end ? tokens[k + 1]! : null;
      items.push(item);
      itemOf.set(w, item);
    }
  }
  items.sort((a, b) => (a.src === b.src ? a.start - b.start : a.src === "title" ? -1 : 1));
  const all = `${title}\n${body}`;
  const ctx: Ctx = {
    gaz,
    texts,
    items,
    fullCounties: new Set(),
    fullTownCounties: new Set(),
    namedCounties: new Set(),
    namedCities: new Set(),
    fullTowns: new Set(),
    paper: paperPlace(opts.source, gaz) ?? paperPlace(paperName ?? undefined, gaz),
    wholeUnit: {
      县: WHOLE_UNIT_WORDS.县.some((w) => all.includes(w)),
      区: WHOLE_UNIT_WORDS.区.some((w) => all.includes(w)),
      市: WHOLE_UNIT_WORDS.市.some((w) => all.includes(w)),
    },
  };

  // Names right after a foreign place are foreign (上海市普陀区, 四川省平昌县); generic or shared
  // township names right after an unknown district too (苏州市吴中区城南街道).
  for (const it of items) {
    const text = texts[it.src];
    if (it.prev?.kind === "foreign") it.status = "rejected";
    else if (
      it.entry.level === "township" &&
      (it.entry.generic || it.entry.codes.length > 1) &&
      it.prev?.kind !== "place" &&
      afterUnknownUnit(text, it.start)
    )
      it.status = "rejected";
    else if (it.entry.strength === "short" && looksLikePerson(text, it.start, it.end)) it.status = "rejected";
    else if ((it.entry.strength === "short" || it.entry.strength === "stem") && it.next?.kind !== "place" && STREET_AFTER.test(text.slice(it.end, it.end + 3)))
      it.status = "rejected";
  }
  propagateForeignCounties(ctx, foreign);

  // Full names and aliases stand on their own; so do city short names (台州, 杭州).
  for (const it of items) {
    if (it.status !== "pending") continue;
    const e = it.entry;
    const alone = e.strength === "full" || e.strength === "alias" || (e.level === "city" && e.strength === "short");
    if (!alone) continue;
    if (e.level === "township" && (e.generic || e.codes.length > 1)) continue;
    const code = e.codes[0];
    if (code) accept(it, placeOf(ctx, code), ctx);
  }

  // 泰顺的三杯香茶、景宁的惠明茶、龙泉的青瓷宝剑: counties listed with what each is known for.
  for (const run of possessiveCountyRuns(ctx)) {
    for (const m of run) {
      const code = m.entry.codes[0];
      if (m.status === "pending" && m.entry.codes.length === 1 && code) accept(m, placeOf(ctx, code), ctx);
    }
    lists.push({ src: run[0]!.src, items: run, words: [], size: run.length, after: "" });
  }

  // Context-dependent names, until nothing changes (a resolved township can support a county
  // short name and the other way round).
  const settle = () => {
    for (let round = 0; round < 4; round++) {
      const a = resolveCountyShorts(ctx);
      const b = resolveTowns(ctx);
      const c = resolveLists(ctx, lists);
      if (!a && !b && !c) break;
    }
  };
  settle();
  // Only what the article itself cannot settle falls back on the paper's place.
  if (resolveByPaper(ctx)) settle();
  acceptLoneGenericTowns(ctx, foreign);
  for (const it of items) if (it.status === "pending") it.status = it.ambiguous.length > 0 ? "ambiguous" : "rejected";
  reinterpretFormerParents(ctx);
  reinterpretFormerCounties(ctx);
  markChainPrefixes(ctx);
  for (const l of lists) {
    const placed = l.items.filter((m) => m.status === "accepted");
    if (placed.length >= 2) for (const m of placed) m.listed = true;
  }
  for (const it of items) if (it.status === "accepted") it.sited = sitedSubject(ctx, it);
  const leadEnd = leadParagraphEnd(body);
  return {
    items,
    foreign,
    leadEnd,
    paper: ctx.paper,
    foreignScene:
      foreign.some((f) => (f.src === "title" || f.start < leadEnd) && foreignSceneAt(texts[f.src], f, foreign)) || visitorFromZhejiang(ctx, foreign, leadEnd),
    aid: AID_WORDS.test(title) || AID_WORDS.test(body),
    wholeUnit: ctx.wholeUnit,
  };
}
