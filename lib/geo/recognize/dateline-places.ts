// What a dateline or credit says about place. The filing place of 本报杭州3月5日讯 / 新华社杭州电 /
// 浙江日报龙游2月2日电 (where the story was filed), and the outlets named in datelines, meta lines and
// credits (金华日报讯, 来源:象山农业信息网, 宁波日报记者: who printed it). Places inside these spans are
// not mentions of the story's subject; they are weighed as their own kind of evidence.
import { outletAt, outletMentions } from "../source";
import type { Gazetteer, GazetteerPlace } from "../gazetteer";

/** "This paper" in a dateline: 本报讯, 本报杭州讯, 本台消息. */
const OWN_OUTLET = /^(?:本报|本刊|本台|本网)/;
const LEADING = /^[ \t■□●◆◇]*/;
/**
 * After the outlet: the filing place, an optional date, then 讯/电/消息 — or the end of the text right
 * after a date, where a stub was cut off (浙江日报龙游2月2).
 */
const FILING = /^([\u4e00-\u9fff]{1,8}?)(?:(?:\d{1,2}月\d{1,2}日)?(?:讯|电|消息)|\d{1,2}月(?:\d{1,2}日?)?\s*$)/;

export type DatelineSpans = {
  /** filing places: [start, end) */
  filing: Array<[number, number]>;
  /** outlet names with the Zhejiang place each belongs to (null above city level) */
  outlets: Array<{ start: number; end: number; place: GazetteerPlace | null }>;
};

export function datelineSpans(text: string, gaz: Gazetteer): DatelineSpans {
  const filing: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i = text.indexOf("\n", i) + 1 || text.length) {
    const at = i + (LEADING.exec(text.slice(i, i + 8))?.[0].length ?? 0);
    const own = OWN_OUTLET.exec(text.slice(at, at + 2));
    const length = own ? own[0].length : outletAt(text, at, gaz)?.length;
    if (!length) continue;
    const m = FILING.exec(text.slice(at + length, at + length + 24));
    if (m?.[1]) filing.push([at + length, at + length + m[1].length]);
  }
  return { filing, outlets: outletMentions(text, gaz) };
}
