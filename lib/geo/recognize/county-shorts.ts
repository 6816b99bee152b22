// County short names (滨江, 天台, 象山) need support from the article: an organisation or facility after
// them, their city right before, 浙江 before, one of their townships (even by its stem) in the article,
// a shared township name they settle, a sibling county of their city in the same sentence; or weak
// signs (a verb of place before, 全区/全县 of their type, the paper's area, their city named, a
// repeat): one for a name that is no ordinary word (柯桥, 上虞), two for one that is (天台, 普陀).
import { LOCATIVE_AFTER, LOCATIVE_BEFORE } from "../../zh/place-words";
import { COUNTY_ORG_SUFFIXES, DIRECTIONAL_FACILITIES } from "../data/context-words";
import { accept, endsWithAny, nextItem, placeOf, prevItem, startsWithAny, unitOf } from "./context";
import type { PlaceItem, State } from "./types";

/** The kicker holds the name alone: 【龙泉】 or 龙泉: at the start of its line. */
function isKickerOnly(text: string, it: PlaceItem): boolean {
  const before = text.slice(Math.max(0, it.start - 1), it.start);
  const after = text[it.end] ?? "";
  return (before === "【" || before === "[") ? after === "】" || after === "]" : after === ":";
}

function countyShortSupported(s: State, code: string, occurrences: PlaceItem[]): boolean {
  const county = placeOf(s, code);
  if (s.fullCounties.has(code) || s.fullTownCounties.has(code)) return true;
  const wordlike = occurrences[0]?.entry.wordlike ?? false;
  let weak = 0;
  let locative = false;
  for (const it of occurrences) {
    const text = s.texts[it.src];
    // the filing place of a dateline (浙江日报龙游2月2日电, 本报象山讯) or a kicker that is nothing
    // but the name (【龙泉】, 浦江:…) is a place by where it stands
    if (it.dateline || (it.heading && it.end - it.start >= 2 && isKickerOnly(text, it))) return true;
    if (startsWithAny(text, it.end, COUNTY_ORG_SUFFIXES)) return true;
    if (/[东南西北]/.test(text[it.end] ?? "") && startsWithAny(text, it.end + 1, DIRECTIONAL_FACILITIES)) return true;
    const p = prevItem(s, it);
    if (p && p.status === "accepted" && p.place?.level === "city" && p.place.code === county.cityCode) return true;
    if (endsWithAny(text, it.start, ["浙江", "浙江省"])) return true;
    const n = nextItem(s, it);
    if (n && n.status !== "rejected" && n.entry.level === "township" && n.entry.codes.some((c) => placeOf(s, c).countyCode === code)) return true;
    if (endsWithAny(text, it.start, LOCATIVE_BEFORE) && !startsWithAny(text, it.end, LOCATIVE_AFTER)) locative = true;
  }
  // A township name several counties share, one of them this one (象山红美人 … 新桥镇): each settles the other.
  const sharedTown = s.items.some(
    (t) =>
      t.entry.level === "township" &&
      t.entry.codes.length > 1 &&
      t.status === "pending" &&
      (t.entry.strength === "full" || t.entry.strength === "alias") &&
      t.entry.codes.some((c) => placeOf(s, c).countyCode === code),
  );
  if (sharedTown) return true;
  // 象山…石浦渔港, 普陀渔民…沈家门: a township of this county named anywhere, even by its stem: two
  // names that point to one county confirm each other
  const ownTown = s.items.some(
    (t) => t.entry.level === "township" && t.status !== "rejected" && t.entry.codes.length === 1 && placeOf(s, t.entry.codes[0]!).countyCode === code,
  );
  if (ownTown) return true;
  // 嵊泗的海鲜、岱山的盐…都是舟山的特色产品: two counties of a city named in the article, in one sentence
  if (s.namedCities.has(county.cityCode)) {
    for (const it of occurrences) {
      const sibling = s.items.some(
        (o) =>
          o !== it &&
          o.src === it.src &&
          o.sentence === it.sentence &&
          o.entry.level === "county" &&
          o.status !== "rejected" &&
          !o.entry.codes.includes(code) &&
          o.entry.codes.some((c) => placeOf(s, c).cityCode === county.cityCode),
      );
      if (sibling) return true;
    }
  }
  if (locative) weak++;
  if (s.wholeUnit[unitOf(county)]) weak++;
  // a local paper (宁波日报 on 北仑, 义乌商报 on 义乌) reports on its own area
  if (s.paper?.code === code) weak += 2;
  else if (s.namedCities.has(county.cityCode) || s.paper?.cityCode === county.cityCode) weak++;
  if (!wordlike && occurrences.length >= 2) weak++;
  // the title opens with it (普陀渔民画亮相上海) and the body names it again
  if (occurrences.some((it) => it.src === "title" && it.start === 0) && occurrences.some((it) => it.src === "body")) weak++;
  // a short name that is no ordinary word (柯桥, 秀洲, 上虞) needs one sign, one that is (天台, 普陀) two
  return weak >= (wordlike ? 2 : 1);
}

/** Accepts every pending county short name the article supports; true when something changed. */
export function resolveCountyShorts(s: State): boolean {
  let changed = false;
  const byCode = new Map<string, PlaceItem[]>();
  for (const it of s.items) {
    if (it.status !== "pending" || it.entry.level !== "county" || it.entry.strength !== "short") continue;
    const code = it.entry.codes[0];
    if (!code) continue;
    const list = byCode.get(code) ?? [];
    list.push(it);
    byCode.set(code, list);
  }
  for (const [code, occ] of byCode) {
    if (!countyShortSupported(s, code, occ)) continue;
    for (const it of occ) {
      accept(it, placeOf(s, code), s);
      changed = true;
    }
  }
  return changed;
}
