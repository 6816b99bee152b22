// Pass: county names seen right after a place elsewhere (上海市普陀区) name that place's district
// wherever the article repeats them without a Zhejiang qualifier (普陀区以…为抓手, 普陀的做法): unless
// the article also ties the name to its Zhejiang city (舟山普陀), those occurrences are foreign too.
import { endsWithAny, placeOf, prevItem } from "./context";
import type { PlaceItem, State } from "./types";

export function propagateForeignCounties(s: State): void {
  // reading order: the title, then the body
  const order = (it: PlaceItem) => (it.src === "title" ? 0 : 1_000_000) + it.start;
  const firstForeign = new Map<string, number>();
  for (const it of s.items) {
    if (it.status !== "rejected" || it.prev?.kind !== "foreign" || it.entry.level !== "county") continue;
    for (const c of it.entry.codes) firstForeign.set(c, Math.min(firstForeign.get(c) ?? Infinity, order(it)));
  }
  if (firstForeign.size === 0) return;
  // Kept for Zhejiang: a name tied to its city or to 浙江, or used before the foreign place came up
  // (普陀区与上海市普陀区缔结友好城区: the article is about its own 普陀区).
  const qualified = new Set<string>();
  for (const it of s.items) {
    if (it.status === "rejected" || it.entry.level !== "county") continue;
    const text = s.texts[it.src];
    const p = prevItem(s, it);
    for (const c of it.entry.codes) {
      const first = firstForeign.get(c);
      if (first === undefined) continue;
      const cityCode = placeOf(s, c).cityCode;
      const tied = (p && p.entry.level === "city" && p.entry.codes.includes(cityCode)) || endsWithAny(text, it.start, ["浙江", "浙江省"]);
      if (tied || order(it) < first) qualified.add(c);
    }
  }
  const foreignCodes = new Set(firstForeign.keys());
  for (const it of s.items) {
    if (it.status === "rejected" || it.entry.level !== "county") continue;
    if (!it.entry.codes.some((c) => foreignCodes.has(c) && !qualified.has(c))) continue;
    it.status = "rejected";
    s.foreign.push({ src: it.src, start: it.start, end: it.end, kind: "foreign", entry: null });
  }
}
