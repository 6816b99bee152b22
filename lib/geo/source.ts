// The paper an article comes from, read from its dateline or masthead ("金华日报讯", "义乌商报讯",
// "今日临安", "温州都市报"). A local paper reports on its own city or county, so its place is weak
// evidence: it settles a township name several places share and stands in when the body names none.
// A filing place ("本报杭州8月22日讯", "新华社杭州电") is not a paper: provincial papers file from the
// capital whatever the story, so it says nothing about where the story happens.
import type { Gazetteer, GazetteerPlace } from "./gazetteer";

/** A place name opening a paper's name, then the kind of paper (日报, 商报, 融媒体中心 ...). */
const PAPER = /^[\s■□●◆◇]*(?:今日)?([\u4e00-\u9fff]{2,7}?)(?:日报|晚报|商报|早报|都市报|时报|新闻网|新闻|融媒体中心|融媒|发布|报)/;
/** A county paper titled "今日" + its county, with nothing after the name (今日永嘉, 今日柯桥 镇街新闻). */
const TODAY_PAPER = /^[\s■□●◆◇]*今日([\u4e00-\u9fff]{2,4})/;

const indexes = new WeakMap<Gazetteer, Map<string, GazetteerPlace>>();

/** City and county names, full and short (金华市, 金华, 义乌市, 义乌), to the place they name. */
function nameIndex(gaz: Gazetteer): Map<string, GazetteerPlace> {
  let idx = indexes.get(gaz);
  if (!idx) {
    idx = new Map();
    // counties first, so that a city's name wins where a county shares it
    const units = gaz.places.filter((p) => p.level !== "township").sort((a, b) => (a.level === b.level ? 0 : a.level === "county" ? -1 : 1));
    for (const p of units) {
      idx.set(p.name, p);
      const short = gaz.shortName.get(p.code);
      if (short) idx.set(short, p);
    }
    indexes.set(gaz, idx);
  }
  return idx;
}

/** The Zhejiang city or county whose paper `source` names, or null (本报讯, 浙江日报, 新华社). */
export function paperPlace(source: string | undefined, gaz: Gazetteer): GazetteerPlace | null {
  if (!source) return null;
  const idx = nameIndex(gaz);
  const name = PAPER.exec(source)?.[1];
  const named = name ? idx.get(name) : undefined;
  if (named) return named;
  // "今日永嘉": the longest county or city name right after 今日 (今日柯桥镇街新闻 -> 柯桥).
  const today = TODAY_PAPER.exec(source)?.[1];
  for (let n = today?.length ?? 0; today && n >= 2; n--) {
    const p = idx.get(today.slice(0, n));
    if (p) return p;
  }
  return null;
}
