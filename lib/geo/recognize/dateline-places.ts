// Where a dateline names a place: the filing place of 本报杭州3月5日讯 / 新华社杭州电, and the local
// paper of 金华日报讯 / 义乌商报讯 still opening the body. Places inside these spans are where the
// story was filed or who printed it, weak evidence of what it is about.

// 本报杭州3月5日讯, 新华社杭州电, 本报讯: the filing place, at the start of a paragraph.
const DATELINE = /(?:^|\n)[ \t]*(?:本报|新华社|中新社|中新网|浙江在线|潮新闻客户端|潮新闻)([\u4e00-\u9fff]{0,8}?)(?:\d{1,2}月\d{1,2}日)?[讯电]/g;
// 金华日报讯, 义乌商报讯: a local paper's own name, kept in a body that still opens with its dateline.
const PAPER_DATELINE = /(?:^|\n)[ \t]*((?:今日)?[\u4e00-\u9fff]{2,7}?(?:日报|晚报|商报|早报|都市报|时报|新闻网))[\u4e00-\u9fff]{0,6}?(?:\d{1,2}月\d{1,2}日)?[讯电]/g;

/** Spans of dateline places and paper names in `text`, and the first paper named. */
export function datelineSpans(text: string): { spans: Array<[number, number]>; paper: string | null } {
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
