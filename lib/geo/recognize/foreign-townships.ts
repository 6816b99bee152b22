// Pass: a township named right after a place elsewhere (上海市青浦区练塘镇, 江西婺源县江湾镇) is elsewhere
// too, and so is the same name wherever the article repeats it, with or without its suffix (在练塘镇
// 开园, 青浦练塘与嘉善姚庄…). The dictionary knows only Zhejiang's townships, so without this pass the
// repeats are no place at all, and a cross-border project sited there reads as the Zhejiang partner's.
import { SOURCE_ORDER, type State, type TextSource, type Token } from "./types";

/** What may follow a place elsewhere to name a township of it: an optional unit suffix, then 2–3 characters and 镇/乡/街道. */
const TOWN_AFTER = /^[省市县区]?([\u4e00-\u9fff]{2,3}?)(镇|乡|街道)/;
const SENTENCE_END = /[。!?;\n]/g;
/**
 * A county filed from that the dictionary does not know is a county elsewhere (本报茂县10月18日电): all of
 * Zhejiang's counties, past and present, are in the dictionary.
 */
const FILED_FROM_COUNTY = /(?:^|\n)[ \t■□●◆◇]*(?:本报|本刊|本台|本网)([\u4e00-\u9fff]{1,4}?[县州旗])\d{1,2}月\d{1,2}日(?:讯|电)/g;

function sentenceAt(text: string, pos: number): number {
  let n = 0;
  for (const m of text.slice(0, pos).matchAll(SENTENCE_END)) if (m.index >= 0) n++;
  return n;
}

export function markForeignTownships(s: State): void {
  const stems = new Set<string>();
  for (const f of s.foreign) {
    if (f.dateline || (f.src !== "title" && f.src !== "body")) continue;
    const m = TOWN_AFTER.exec(s.texts[f.src].slice(f.end, f.end + 8));
    if (!m) continue;
    const stem = m[1]!;
    // a Zhejiang name (or any word the dictionary knows) is for the other passes to read
    if (s.gaz.lexicon.get(stem + m[2]).length > 0 || s.gaz.lexicon.get(stem).length > 0) continue;
    stems.add(stem);
  }
  const filed = new Set<string>();
  // the dateline may open the body, or be what the segmenter cut off as the article's source
  for (const m of `${s.texts.source}\n${s.texts.body}`.matchAll(FILED_FROM_COUNTY)) {
    const name = m[1]!;
    if (s.gaz.lexicon.get(name).length === 0 && s.gaz.lexicon.get(name.slice(0, -1)).length === 0) filed.add(name);
  }
  if (stems.size === 0 && filed.size === 0) return;
  const taken = (src: TextSource, start: number, end: number) =>
    s.items.some((it) => it.src === src && it.start < end && start < it.end) || s.foreign.some((f) => f.src === src && f.start < end && start < f.end);
  const added: Token[] = [];
  for (const src of ["title", "body"] as const) {
    const text = s.texts[src];
    for (const name of filed) {
      for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
        if (taken(src, i, i + name.length)) continue;
        const dateline = src === "body" && /(?:本报|本刊|本台|本网)$/.test(text.slice(Math.max(0, i - 2), i));
        added.push({ src, start: i, end: i + name.length, kind: "foreign", entry: null, sentence: sentenceAt(text, i), ...(dateline ? { dateline } : {}) });
      }
    }
    for (const stem of stems) {
      for (let i = text.indexOf(stem); i !== -1; i = text.indexOf(stem, i + stem.length)) {
        const suffix = /^(?:镇|乡|街道)/.exec(text.slice(i + stem.length))?.[0] ?? "";
        const end = i + stem.length + suffix.length;
        if (taken(src, i, end)) continue;
        added.push({ src, start: i, end, kind: "foreign", entry: null, sentence: sentenceAt(text, i) });
      }
    }
  }
  s.foreign.push(...added);
  s.foreign.sort((a, b) => SOURCE_ORDER[a.src] - SOURCE_ORDER[b.src] || a.start - b.start);
}
