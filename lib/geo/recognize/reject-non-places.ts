// Pass: names that are not Zhejiang places where they stand. After a place elsewhere (上海市普陀区,
// 四川省平昌县); a generic or shared township name after an administrative unit we do not know
// (苏州市吴中区城南街道); a short name used as a given name (李金华说, 记者王丽水); a short name or stem
// that names a street (丽水街, 温州路, 湖州大道).
import { PERSON_AFTER, PERSON_BEFORE, SURNAMES } from "../data/context-words";
import { isHan } from "../names";
import { endsWithAny, startsWithAny } from "./context";
import type { State } from "./types";

/**
 * After a short name: a street, lane or bridge named after the place (丽水街 in 岩头镇, 温州路, 龙泉巷,
 * 湖州大道, 金华桥), not the place itself. 街道 is a township; 街头/大街小巷/路网/路况/路段 are words about
 * the place.
 */
const STREET_AFTER = /^(?:街(?![道头边上巷区])|路(?![网况演线段径费面上边过途程桥])|巷(?!尾)|弄(?!堂)|大街(?!小巷)|大道|桥(?![头梁下上边]))/;

/** "李金华说", "记者王丽水": a surname + the name used as a given name. */
export function looksLikePerson(text: string, start: number, end: number): boolean {
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
export function afterUnknownUnit(text: string, start: number): boolean {
  const unit = text[start - 1];
  if (unit !== "区" && unit !== "县" && unit !== "市") return false;
  const word = text.slice(Math.max(0, start - 3), start);
  if (!isHan(word[0]) || !isHan(word[1])) return false;
  return !/(城区|市区|景区|园区|社区|小区|新区|片区|山区|辖区|全区|全县|全市|该区|该县|该市|本区|本县|本市|我区|我县|我市|城市|都市|超市|上市|省市|郊区|湾区|县区|区县|市县|各区|各县|各市|开发区|高新区|保护区|示范区|先行区|试验区|自贸区|功能区|核心区|集聚区|产业区)$/.test(
    word,
  );
}

export function rejectNonPlaces(s: State): void {
  for (const it of s.items) {
    const text = s.texts[it.src];
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
}
