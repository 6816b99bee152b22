// Which place an article is about: weigh every recognized place by where it occurs (title > lead >
// rest), pick the city with most weight, then a county of it if one dominates, then a township of
// that county if the lead names it and it recurs, or if a short report opens there and names no
// other township of the county. Stories set outside Zhejiang (援建 in 四川) get
// null; an article that names no place gets the local paper's city or county, if known.
import type { Gazetteer, GazetteerPlace, PlaceLevel } from "./gazetteer";
import { FEATURE_STEM } from "./recognize/towns";
import { SOURCE_ORDER, type PlaceItem, type Recognition, type TextSource } from "./recognize";

export type ResolvedPlace = {
  level: PlaceLevel;
  city: { adcode: string; name: string } | null;
  county: { adcode: string; name: string } | null;
  township: { code: string; name: string } | null;
  lon: number | null;
  lat: number | null;
  confidence: number;
};

/** Body characters that count as the lead (dateline + first sentences). */
export const LEAD_CHARS = 200;
/** A township named once, where the report opens, is the likely scene but less sure than one that recurs. */
const SINGLE_MENTION_FACTOR = 0.7;
/** A city standing alone weighs less than a county: it is the less specific reading. */
const STANDALONE_CITY_FACTOR = 0.75;

/**
 * Where a name stands: the title weighs most, then the lead, then the rest of the body. Captions weigh
 * like a lead when the report is only a photo and its caption, and little beside a body of its own.
 */
const weightAt = (src: TextSource, start: number, hasBody: boolean, heading = false) =>
  heading ? 3 :
  src === "title" ? 3 : src === "body" ? (start < LEAD_CHARS ? 2 : 1) : src === "caption" ? (hasBody ? WEAK_WEIGHT : 2) : WEAK_WEIGHT;
/**
 * Weak evidence: a dateline's filing place (本报杭州讯: often the capital, whatever the story), the place
 * of the outlet that printed it (金华日报讯, 来源:象山农业信息网), a caption beside a body of its own.
 */
const WEAK_WEIGHT = 0.5;
/**
 * A county or township as the filing place (浙江日报龙游2月2日电, 本报象山讯): papers file from the
 * capital or a city whatever the story, so a filing place below city level is where the story is.
 */
const FILING_COUNTY_WEIGHT = 1.5;
const filingCounty = (it: PlaceItem) => it.dateline && it.place !== null && it.place.level !== "city";
const itemWeight = (it: PlaceItem, hasBody: boolean) =>
  filingCounty(it) ? FILING_COUNTY_WEIGHT : it.dateline || it.outlet || it.venue || (it.caption && hasBody) ? WEAK_WEIGHT : weightAt(it.src, it.start, hasBody, it.heading);
/** Neither a city filing place, an outlet nor a caption beside a body: the text itself names the place. */
const ownMention = (it: PlaceItem, hasBody: boolean) => (!it.dateline || filingCounty(it)) && !it.outlet && !(it.caption && hasBody);

type Tally = {
  score: number;
  count: number;
  lead: boolean;
  /** followed by one of its villages that the report names again (X镇Y村…Y村) */
  village: boolean;
  /** named in the lead paragraph (not just in the first LEAD_CHARS) */
  leadParagraph: boolean;
  title: boolean;
  first: number;
  full: boolean;
  sited: boolean;
};

const add = (m: Map<string, Tally>, code: string, w: number, it: PlaceItem, rec: Recognition) => {
  const leadEnd = rec.leadEnd;
  const own = ownMention(it, rec.hasBody);
  const order = SOURCE_ORDER[it.src] * 100_000 + it.start;
  const t = m.get(code) ?? { score: 0, count: 0, village: false, lead: false, leadParagraph: false, title: false, first: order, full: false, sited: false };
  // a report that is only a photo and its caption opens with the caption
  const captionLead = it.src === "caption" && !rec.hasBody && it.start < LEAD_CHARS;
  t.leadParagraph ||= ((it.src === "body" && it.start < Math.min(leadEnd, LEAD_CHARS)) || captionLead) && own;
  t.score += w;
  t.count++;
  t.village ||= it.villageRecurs && own;
  t.lead ||= w >= 2 || (it.src === "body" && it.start < LEAD_CHARS && own);
  t.title ||= it.src === "title";
  t.first = Math.min(t.first, order);
  t.full ||= it.entry.strength !== "short" && it.entry.strength !== "stem";
  t.sited ||= it.sited;
  m.set(code, t);
};

const sortTallies = (m: Map<string, Tally>, keep: (code: string) => boolean = () => true) =>
  [...m.entries()].filter(([c]) => keep(c)).sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);

const round2 = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

function build(city: GazetteerPlace, county: GazetteerPlace | null, town: GazetteerPlace | null, confidence: number): ResolvedPlace {
  const point = [town, county, city].find((p) => p && p.lon !== null && p.lat !== null) ?? null;
  return {
    level: town ? "township" : county ? "county" : "city",
    city: { adcode: city.code, name: city.name },
    county: county ? { adcode: county.code, name: county.name } : null,
    township: town ? { code: town.code, name: town.name } : null,
    lon: point?.lon ?? null,
    lat: point?.lat ?? null,
    confidence: round2(confidence),
  };
}

/** Picks the primary place from a recognition result (null: no Zhejiang place, or about elsewhere). */
export function choosePrimary(rec: Recognition, gaz: Gazetteer): ResolvedPlace | null {
  const cityTotal = new Map<string, Tally>();
  const cityAlone = new Map<string, Tally>();
  const counties = new Map<string, Tally>();
  const towns = new Map<string, Tally>();
  let zj = 0;
  let zjOutsideDateline = 0;
  let zjInTitle = false;
  // County names that only prefix one of their townships (新昌县回山镇) are not separate evidence
  // for the county: an article whose only place is such a chain is about the township.
  const countyOwn = new Map<string, number>();
  const countyOwnCount = new Map<string, number>();
  rec.items.forEach((it, k) => {
    if (it.status !== "accepted" || !it.place || it.inEventName) return;
    const p = it.place;
    const w = itemWeight(it, rec.hasBody);
    if (p.level !== "county" || !ownMention(it, rec.hasBody)) return;
    const n = rec.items[k + 1];
    const chained = n && n.src === it.src && n.start === it.end && n.status === "accepted" && n.place?.countyCode === p.code;
    if (!chained) {
      countyOwn.set(p.code, (countyOwn.get(p.code) ?? 0) + w);
      countyOwnCount.set(p.code, (countyOwnCount.get(p.code) ?? 0) + 1);
    }
  });
  for (const it of rec.items) {
    // 杭州第19届亚运会 names an event, not where the story happens
    if (it.status !== "accepted" || !it.place || it.inEventName) continue;
    const p = it.place;
    const w = itemWeight(it, rec.hasBody);
    if (p.level === "city") {
      if (it.chainPrefix) continue;
      add(cityAlone, p.code, w, it, rec);
      add(cityTotal, p.code, w * STANDALONE_CITY_FACTOR, it, rec);
      zj += w * STANDALONE_CITY_FACTOR;
    } else {
      if (it.chainPrefix) continue;
      // a township listed with others is an example of a wider story, not its focus
      // nor is a port or bridge named after it (三门健跳港疏港公路: a county road project)
      if (p.level === "township" && !it.listed && !it.facility) add(towns, p.code, w, it, rec);
      if (p.countyCode) add(counties, p.countyCode, w, it, rec);
      add(cityTotal, p.cityCode, w, it, rec);
      zj += w;
    }
    zjInTitle ||= it.src === "title";
    if (ownMention(it, rec.hasBody)) zjOutsideDateline++;
  }
  const hasSpecificName = rec.items.some(
    (it) => it.status === "accepted" && !it.inEventName && ownMention(it, rec.hasBody) && !(it.entry.level === "township" && (it.entry.generic || it.entry.strength === "stem")),
  );
  let foreign = 0;
  let foreignInTitle = false;
  for (const f of rec.foreign) {
    foreign += f.dateline ? WEAK_WEIGHT : weightAt(f.src, f.start, rec.hasBody);
    foreignInTitle ||= f.src === "title";
  }

  // Nothing but a dateline ("本报杭州讯": a province-wide report filed in the capital) or nothing at
  // all: only a township name shared by several places, or the local paper's own area, remain.
  if (zj === 0 || zjOutsideDateline === 0) return ambiguousFallback(rec, gaz) ?? paperFallback(rec, gaz);
  // An article about somewhere else that mentions Zhejiang in passing gets no Zhejiang place.
  if (foreign > 2 * zj || (foreignInTitle && !zjInTitle && foreign >= zj)) return null;
  // Pairing assistance set in the partner region (在四川省稻城县的…基地里): the Zhejiang county that
  // funds it is named often, but the story happens elsewhere.
  // Not when the title files it under a Zhejiang place (马站:对口合作的蔬菜基地在福鼎投产).
  if (rec.aid && rec.foreignScene && foreign >= 0.5 * zj && !rec.titleKicker) return null;
  // A festival in a town of 上海, filed from 上海, naming a 平湖 town once as a partner: the lead opens
  // on a place elsewhere, places elsewhere recur through the story, and Zhejiang comes up in one
  // sentence only: no Zhejiang place
  if (partnerOnly(rec)) return null;
  const foreignPenalty = foreign > 0 ? 0.5 * (foreign / (foreign + zj)) : 0;

  // 淳安的千岛湖鱼、泰顺的三杯香茶、景宁的惠明茶…: every place is one of three or more listed counties
  // of different cities, examples of a province-wide story
  if (onlyListedAcrossCities(rec)) return null;

  const [cityCode, cityTally] = sortTallies(cityTotal)[0] ?? [];
  const city = cityCode ? gaz.byCode.get(cityCode) : undefined;
  if (!city || !cityTally) return null;
  const cityShare = cityTally.score / zj;

  const inCity = sortTallies(counties, (c) => gaz.byCode.get(c)?.cityCode === city.code);
  const [topCode, top] = inCity[0] ?? [];
  const second = inCity[1]?.[1];
  const countyMass = inCity.reduce((s, [, t]) => s + t.score, 0);
  const alone = cityAlone.get(city.code);
  const countyFirst = Math.min(...inCity.map(([, t]) => t.first));
  const countyInTitle = inCity.some(([, t]) => t.title);
  const cityLevel = (conf: number) => build(city, null, null, conf);

  // 杭州、宁波、温州等地…, 山海协作 pairs across the province: several cities and none ahead is a
  // story without one place
  const runnerUp = sortTallies(cityTotal)[1]?.[1];
  if (cityShare < 0.5 && runnerUp && runnerUp.score >= 0.6 * cityTally.score) return null;
  if (!topCode || !top) return cityLevel(0.45 + 0.4 * cityShare - foreignPenalty);
  // The city (台州管理中心) leads, before any of its counties, and several of them follow: the
  // article is city-wide even if one county recurs in a list of facilities.
  if (alone?.lead && alone.first < countyFirst && !countyInTitle && inCity.length >= 2)
    return cityLevel(0.5 + 0.35 * cityShare - foreignPenalty);
  // 全市…我市…现场会在鄞州区召开: the city leads, is referred to again and again (by name or as 全市/
  // 我市 where its counties are districts or counties, not cities), and its counties are only venues
  // or weak mentions far behind it: a city-wide report
  const cityRefs = (alone?.count ?? 0) + (inCity.every(([c]) => gaz.byCode.get(c)?.type !== "市") ? rec.wholeUnitCount.市 : 0);
  if (alone?.lead && alone.first < countyFirst && !countyInTitle && alone.score >= 2 * countyMass && cityRefs >= 3)
    return cityLevel(0.45 + 0.35 * cityShare - foreignPenalty);
  const share = top.score / countyMass;
  const titleOnly = top.title && !inCity.slice(1).some(([, t]) => t.title);
  const dominant = (share >= 0.5 && (!second || top.score > second.score)) || titleOnly;
  if (!dominant) return cityLevel(0.35 + 0.3 * cityShare - foreignPenalty);

  const county = gaz.byCode.get(topCode);
  if (!county) return cityLevel(0.3);
  if (cityWidePart(rec, county)) return cityLevel(0.4 + 0.3 * cityShare - foreignPenalty);
  let conf = 0.5 + 0.4 * share * cityShare + (top.full ? 0.08 : -0.05) - foreignPenalty;
  // only township names found in many places (丹东街道, 新城街道) or a township's stem alone (沈家门),
  // read as Zhejiang's for lack of others
  if (!hasSpecificName) conf *= 0.6;
  if (alone && alone.score > top.score) conf -= 0.1;

  const inCounty = sortTallies(towns, (c) => gaz.byCode.get(c)?.countyCode === county.code);
  const [townCode, town] = inCounty[0] ?? [];
  if (townCode && town) {
    const townMass = inCounty.reduce((s, [, t]) => s + t.score, 0);
    const townShare = town.score / townMass;
    const onlyTown = (countyOwn.get(county.code) ?? 0) === 0;
    // 位于黄岩区江口街道的…项目: the story's subject is sited in the township, as good as a repeat;
    // but not in a county-wide report (鄞州区…全区…) that only opens at a venue in it
    const countyWide = wholeUnitOf(rec, county) && (countyOwnCount.get(county.code) ?? 0) >= 3;
    const recurs = town.count >= 2 || town.title || (town.sited && !countyWide) || town.village;
    // the lead paragraph, not a later example (在齐溪镇, 村民们… in the second paragraph); but a subject
    // sited there (场馆位于银湖街道) or a township that is the article's only place and recurs, with no
    // 全县/全区 framing (景区…, 雁荡镇今年投入…), is the focus wherever it is first named
    const sole = onlyTown && townShare === 1 && town.count >= 2 && !wholeUnitOf(rec, county);
    // 走进开化县苏庄镇某某村…某某村…: the report goes down to a village of the township (the village
    // right after it) and keeps coming back to it, and names no other township of the county, in no
    // county-wide frame: it is about a place in that township, wherever the township is first named
    const village = town.village && aloneInCounty(rec, townCode, county.code) && !wholeUnitOf(rec, county);
    const leads = town.leadParagraph || town.title || (town.sited && town.count >= 2 && !countyWide) || sole || village;
    // named once, as a feature called after the township (下渚湖湿地): no scene of the report
    const weakSingle = town.count === 1 && landscapeOnly(rec, townCode);
    if (leads && townShare >= 0.6 && (recurs || onlyTown) && !weakSingle) {
      const t = gaz.byCode.get(townCode) ?? null;
      return build(city, county, t, conf * (0.75 + 0.25 * townShare));
    }
    // 3月13日,茶农在松阳县大东坝镇的茶园里采茶…全县…: a short report names its scene once, where it
    // opens, and names no other township of the county: it is set there. Not a county-wide report
    // (临安市…全市…临安…) that opens at one place in it, nor a township the report lists as one
    // example among others (在岭南乡卫生院…向岭南、下管等乡镇派驻专家).
    if (town.count === 1 && town.leadParagraph && !weakSingle && !countyWide && opensReport(rec, townCode) && aloneInCounty(rec, townCode, county.code)) {
      const t = gaz.byCode.get(townCode) ?? null;
      return build(city, county, t, conf * SINGLE_MENTION_FACTOR);
    }
  }
  return build(city, county, null, conf);
}

/**
 * A city-wide report that gives one district's figure as a part of the city's (全市转移群众1.2万人…
 * 椒江区转移群众1800余人; 全市共62个社区入选,其中越城区14个): the city frame (全市, 我市, 市委) comes
 * first, the district or county is named once, in the body, by its name alone (no township of it, no
 * 全区/全县 of its own), with a figure of its own right after it. Not a county-level city, whose 全市
 * is itself.
 */
function cityWidePart(rec: Recognition, county: GazetteerPlace): boolean {
  const at = rec.wholeCityAt;
  if (county.type === "市" || at === null || at === undefined || !rec.body || wholeUnitOf(rec, county)) return false;
  const own = rec.items.filter((it) => it.status === "accepted" && it.place && !it.inEventName && (it.place.code === county.code || it.place.countyCode === county.code));
  const it = own[0];
  if (own.length !== 1 || !it || it.src !== "body" || it.place?.level !== "county" || it.start < at) return false;
  const clauseAfter = /^[^,。;!?\n]{0,12}/.exec(rec.body.slice(it.end))![0];
  return /\d/.test(clauseAfter);
}

/** Sentences (title, body) that name places elsewhere, and those that name Zhejiang places. */
function partnerOnly(rec: Recognition): boolean {
  const key = (src: string, sentence: number) => `${src}:${sentence}`;
  const foreign = new Set(rec.foreign.filter((f) => !f.dateline && f.src !== "source").map((f) => key(f.src, f.sentence ?? 0)));
  const filedElsewhere = rec.foreign.some((f) => f.dateline);
  const own = rec.items.filter((it) => it.status === "accepted" && it.place && !it.inEventName && ownMention(it, rec.hasBody));
  const zjSentences = new Set(own.map((it) => key(it.src, it.sentence)));
  if (zjSentences.size !== 1 || foreign.size + (filedElsewhere ? 1 : 0) < 3) return false;
  // the lead's first place is elsewhere
  const firstForeign = rec.foreign.find((f) => f.src === "body" && !f.dateline);
  const firstZj = own.find((it) => it.src === "body");
  const inTitle = own.some((it) => it.src === "title");
  return !inTitle && !!firstForeign && (firstForeign.sentence ?? 0) === 0 && (!firstZj || firstZj.start > firstForeign.start);
}

/**
 * Three or more places listed together (柯城、衢江、龙游…; 泰顺的…、景宁的…), spanning two or more cities,
 * and no place named outside those counties and cities.
 */
function onlyListedAcrossCities(rec: Recognition): boolean {
  const used = rec.items.filter((it) => it.status === "accepted" && it.place && !it.inEventName && ownMention(it, rec.hasBody));
  const listed = used.filter((it) => it.listed);
  if (listed.length < 3) return false;
  const cities = new Set(listed.map((it) => it.place!.cityCode));
  if (cities.size < 2) return false;
  const areas = new Set(listed.map((it) => it.place!.countyCode ?? it.place!.code));
  return used.every((it) => areas.has(it.place!.countyCode ?? it.place!.code));
}

/** Nothing in the article places it: the local paper's city or county, with low confidence. */
function paperFallback(rec: Recognition, gaz: Gazetteer): ResolvedPlace | null {
  const paper = rec.paper;
  if (!paper || rec.foreign.length > 0) return null;
  const city = gaz.byCode.get(paper.cityCode);
  if (!city) return null;
  // 全市… in a district's or county's paper speaks of the city, unless it says 全区/全县 too
  const cityWide = paper.level === "county" && paper.type !== "市" && rec.wholeUnit.市 && !wholeUnitOf(rec, paper);
  return build(city, paper.level === "county" && !cityWide ? paper : null, null, 0.3);
}

/**
 * 全区 in an article about a district, 全县 about a county, 全市 about a county-level city; or the unit
 * the article itself calls the county (临安市…全市, written before 临安 became a district).
 */
function wholeUnitOf(rec: Recognition, county: GazetteerPlace): boolean {
  const unit = county.type === "区" ? "区" : county.type === "市" ? "市" : "县";
  if (rec.wholeUnit[unit]) return true;
  return rec.items.some((it) => {
    if (it.status !== "accepted" || it.place?.code !== county.code || it.entry.strength !== "alias") return false;
    const suffix = it.text.slice(-1);
    return (suffix === "县" || suffix === "区" || suffix === "市") && rec.wholeUnit[suffix];
  });
}

/**
 * The township's one mention opens the report: it stands in the first sentence that names a place
 * (of the body, or of the caption when the report is only a photo).
 */
function opensReport(rec: Recognition, townCode: string): boolean {
  const src: TextSource = rec.hasBody ? "body" : "caption";
  const own = rec.items.filter((it) => it.src === src && it.status === "accepted" && it.place && !it.inEventName && ownMention(it, rec.hasBody));
  const mention = own.find((it) => it.place?.code === townCode && !it.listed);
  return !!mention && mention.sentence === Math.min(...own.map((it) => it.sentence));
}

/** Every mention of the township is a stem that names a landscape feature (下渚湖湿地, 青山湖的水上森林). */
function landscapeOnly(rec: Recognition, townCode: string): boolean {
  const ms = rec.items.filter((it) => it.status === "accepted" && it.place?.code === townCode);
  return ms.length > 0 && ms.every((it) => it.entry.strength === "stem" && FEATURE_STEM.test(it.text));
}

/** No other township of the county is named, and this one is never one of a list of examples. */
function aloneInCounty(rec: Recognition, townCode: string, countyCode: string): boolean {
  return rec.items.every(
    (it) =>
      it.status !== "accepted" ||
      it.place?.level !== "township" ||
      it.place.countyCode !== countyCode ||
      (it.place.code === townCode && !it.listed),
  );
}

/** Only shared or generic township names (大洋镇 with no county anywhere): keep what all readings agree on. */
function ambiguousFallback(rec: Recognition, gaz: Gazetteer): ResolvedPlace | null {
  const undecided = rec.items.filter((i) => i.status === "ambiguous");
  const readings = undecided.flatMap((i) => i.ambiguous);
  if (readings.length === 0 || rec.foreign.length > 0) return null;
  const cities = new Set(readings.map((p) => p.cityCode));
  if (cities.size !== 1) return null;
  const city = gaz.byCode.get(readings[0]?.cityCode ?? "");
  if (!city) return null;
  const countySet = new Set(readings.map((p) => p.countyCode));
  const county = countySet.size === 1 ? (gaz.byCode.get(readings[0]?.countyCode ?? "") ?? null) : null;
  // 长安镇 alone: an official name that is generic in China but only one township's in Zhejiang gives
  // its county, and the township with it, as weakly as the county; not a name with another suffix
  // (塘栖街道 for 塘栖镇), which may be a different unit of the same stem
  const townSet = new Set(readings.map((p) => p.code));
  const official = undecided.every((i) => i.entry.strength === "full");
  const town = county && official && townSet.size === 1 && readings[0]?.level === "township" ? readings[0] : null;
  return build(city, county, town, 0.25);
}
