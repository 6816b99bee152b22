// Place recognition: find Zhejiang place names in an article's title and body and decide, with the
// article as context, which ones really are places and which place each one is.
//
// 1. tokenize: all dictionary hits, then a non-overlapping choice by priority (override words >
//    full names > ordinary words > foreign names = short names > township stems), longest first.
// 2. full names count at once; short names, township stems, generic and shared township names need
//    context (suffixes, the county or city in the article, a chain like 杭州市上城区南星街道).
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
import type { Gazetteer, GazetteerPlace, LexEntry, NameStrength, PlaceEntry } from "./gazetteer";
import { isHan } from "./names";

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
};

export type Recognition = {
  items: PlaceItem[];
  foreign: Token[];
};

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

function datelineSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(DATELINE)) {
    const place = m[1] ?? "";
    if (!place) continue;
    const start = m.index + m[0].indexOf(place, m[0].search(/本报|新华社|中新|浙江在线|潮新闻/) + 2);
    out.push([start, start + place.length]);
  }
  return out;
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
  if (locative) weak++;
  const unit = county.type === "区" ? "区" : county.type === "市" ? "市" : "县";
  if (ctx.wholeUnit[unit]) weak++;
  if (ctx.namedCities.has(county.cityCode)) weak++;
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
      if (!startsWithAny(text, it.end, TOWN_FACILITY_SUFFIXES)) continue;
      const local = candidates.filter((c) => (c.countyCode && ctx.namedCounties.has(c.countyCode)) || ctx.namedCities.has(c.cityCode));
      if (local.length === 1 && local[0]) {
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
      it.ambiguous = candidates;
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

/** Finds and resolves every place name in the title and body (see the module comment). */
export function recognize(title: string, body: string, gaz: Gazetteer): Recognition {
  const texts: Record<TextSource, string> = { title, body };
  const items: PlaceItem[] = [];
  const foreign: Token[] = [];
  for (const src of ["title", "body"] as const) {
    const text = texts[src];
    const tokens = tokenize(text, src, gaz);
    const sentenceOf = sentenceIndexer(text);
    const datelines = datelineSpans(text);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t) continue;
      if (t.kind === "foreign") foreign.push(t);
      if (t.kind !== "place" || !t.entry) continue;
      const before = tokens[k - 1];
      const after = tokens[k + 1];
      items.push({
        src,
        start: t.start,
        end: t.end,
        text: text.slice(t.start, t.end),
        entry: t.entry,
        status: "pending",
        place: null,
        chainPrefix: false,
        sentence: sentenceOf(t.start),
        dateline: datelines.some(([a, b]) => t.start >= a && t.end <= b),
        prev: before && before.end === t.start ? before : null,
        next: after && after.start === t.end ? after : null,
        ambiguous: [],
      });
    }
  }
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
  }

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

  // Context-dependent names, until nothing changes (a resolved township can support a county
  // short name and the other way round).
  for (let round = 0; round < 4; round++) {
    const a = resolveCountyShorts(ctx);
    const b = resolveTowns(ctx);
    if (!a && !b) break;
  }
  for (const it of items) if (it.status === "pending") it.status = it.ambiguous.length > 0 ? "ambiguous" : "rejected";
  reinterpretFormerParents(ctx);
  reinterpretFormerCounties(ctx);
  markChainPrefixes(ctx);
  return { items, foreign };
}

