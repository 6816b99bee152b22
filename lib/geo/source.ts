// The outlet an article comes from, read from its dateline, masthead, meta line or credit
// ("金华日报讯", "义乌商报讯", "今日临安", "来源:象山农业信息网", "宁波日报记者"). A local outlet reports
// on its own city or county, so its place is weak evidence: it settles a township name several places
// share and stands in when the body names none. Provincial and national outlets (浙江日报, 新华社) and a
// filing place ("本报杭州8月22日讯") name no such place. Outlet names are in lib/zh/outlets.ts.
import { ALL_OUTLET_ENDINGS, COUNTY_PAPER_PREFIX, OUTLETS, SOURCE_LABELS, type Outlet } from "../zh/outlets";
import type { Gazetteer, GazetteerPlace } from "./gazetteer";
import { Trie } from "./trie";

const LEADING_BULLETS = /^[\s■□●◆◇]*/;

type Index = { names: Trie<GazetteerPlace>; listed: Trie<Outlet>; firstChars: Set<number> };
const indexes = new WeakMap<Gazetteer, Index>();

/**
 * City and county names, full and short (金华市, 金华, 义乌市, 义乌), to the place they name, and the
 * listed outlets, each in a trie so that reading an outlet at a position costs one walk.
 */
function index(gaz: Gazetteer): Index {
  let idx = indexes.get(gaz);
  if (!idx) {
    const byName = new Map<string, GazetteerPlace>();
    // counties first, so that a city's name wins where a county shares it
    const units = gaz.places.filter((p) => p.level !== "township").sort((a, b) => (a.level === b.level ? 0 : a.level === "county" ? -1 : 1));
    for (const p of units) {
      byName.set(p.name, p);
      const short = gaz.shortName.get(p.code);
      if (short) byName.set(short, p);
    }
    const names = new Trie<GazetteerPlace>();
    for (const [name, p] of byName) names.add(name, p);
    const listed = new Trie<Outlet>();
    for (const o of OUTLETS) listed.add(o.name, o);
    // the characters an outlet's name can start with: most positions are rejected on one look-up
    const firstChars = new Set([...byName.keys(), ...OUTLETS.map((o) => o.name), COUNTY_PAPER_PREFIX].map((w) => w.charCodeAt(0)));
    idx = { names, listed, firstChars };
    indexes.set(gaz, idx);
  }
  return idx;
}

const MAX_NAME = 12;

export type OutletAt = {
  /** characters the outlet's name covers from where it was read */
  length: number;
  /** the Zhejiang city or county it belongs to; null for provincial and national outlets */
  place: GazetteerPlace | null;
};

/**
 * The outlet whose name starts `text` at `at`: a listed one (lib/zh/outlets.ts), or a Zhejiang city or
 * county name followed by a kind of outlet (温岭日报, 安吉新闻网, 开化发布), or 今日 + a county (今日永嘉).
 * `loose` also takes a few words between the name and 网 (象山农业信息网), for text known to name an
 * outlet (after 来源:).
 */
export function outletAt(text: string, at: number, gaz: Gazetteer, loose = false): OutletAt | null {
  const { names, listed, firstChars } = index(gaz);
  if (!firstChars.has(text.charCodeAt(at))) return null;
  const outlet = listed.longestAt(text, at, MAX_NAME);
  if (outlet) {
    const place = outlet.value.place ? (names.longestAt(outlet.value.place, 0, MAX_NAME)?.value ?? null) : null;
    return { length: outlet.end - at, place };
  }
  const today = text.startsWith(COUNTY_PAPER_PREFIX, at);
  const from = today ? at + COUNTY_PAPER_PREFIX.length : at;
  // every place name starting here, longest first (温州市 before 温州)
  const hits: Array<{ end: number; value: GazetteerPlace }> = [];
  names.visitAt(text, from, Math.min(text.length, from + MAX_NAME), (_s, end, values) => {
    for (const value of values) hits.push({ end, value });
  });
  for (let k = hits.length - 1; k >= 0; k--) {
    const { end: after, value: place } = hits[k]!;
    const ending = ALL_OUTLET_ENDINGS.find((e) => text.startsWith(e, after));
    if (ending) return { length: after + ending.length - at, place };
    if (today) return { length: after - at, place };
    if (loose) {
      const site = /^[\u4e00-\u9fff]{1,6}?网/.exec(text.slice(after, after + 7));
      if (site) return { length: after + site[0].length - at, place };
    }
  }
  return null;
}

/** The Zhejiang city or county whose outlet `source` names, or null (本报讯, 浙江日报, 新华社). */
export function paperPlace(source: string | undefined, gaz: Gazetteer): GazetteerPlace | null {
  if (!source) return null;
  const at = LEADING_BULLETS.exec(source)?.[0].length ?? 0;
  return outletAt(source, at, gaz)?.place ?? null;
}

const LABELS = new RegExp(`(?:${SOURCE_LABELS.join("|")})\\s*[:：]\\s*`, "g");
// 宁波日报记者, 浙江在线记者 林云龙 摄, 宁波日报见习记者: the outlet that employs the reporter
const CREDIT_AFTER = /^(?:首席|特约|见习|实习)?(?:记者|通讯员|摄影记者|融媒体记者)/;
// 中国宁波网讯, 安吉新闻网5月6日消息: the outlet opening a paragraph as its dateline
const DATELINE_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:\d{1,2}月\d{1,2}日)?(?:讯|电|消息)/;

/** Outlet names in a text with their spans: in meta lines, datelines and credits. */
export function outletMentions(text: string, gaz: Gazetteer): Array<{ start: number; end: number; place: GazetteerPlace | null }> {
  const out: Array<{ start: number; end: number; place: GazetteerPlace | null }> = [];
  const push = (start: number, o: OutletAt | null) => {
    if (o && !out.some((m) => m.start === start)) out.push({ start, end: start + o.length, place: o.place });
  };
  for (const m of text.matchAll(LABELS)) push(m.index + m[0].length, outletAt(text, m.index + m[0].length, gaz, true));
  for (let i = 0; i < text.length; i = text.indexOf("\n", i) + 1 || text.length) {
    const at = i + (LEADING_BULLETS.exec(text.slice(i, i + 8))?.[0].length ?? 0);
    const o = outletAt(text, at, gaz);
    if (o && DATELINE_AFTER.test(text.slice(at + o.length, at + o.length + 14))) push(at, o);
  }
  for (const m of text.matchAll(/(?:首席|特约|见习|实习)?(?:记者|通讯员)/g)) {
    // the outlet name ends right before the role word: try the few starts that could reach it
    for (let start = Math.max(0, m.index - 9); start < m.index - 1; start++) {
      const o = outletAt(text, start, gaz);
      // 宁波日报记者, 萧山日报 记者: the name may stand a space apart from the role
      const gap = o ? text.slice(start + o.length, m.index) : "x";
      if (o && /^\s?$/.test(gap) && CREDIT_AFTER.test(text.slice(m.index))) {
        push(start, o);
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
