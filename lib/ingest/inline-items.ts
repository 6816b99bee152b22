// Numbered items run together on one line ("1 标题 正文。(记者甲) 2 标题 正文。(记者乙) 3 …"), as a
// page copied from a list view or flattened by a converter prints them: each item gets a line of its
// own before the page is split, so the splitter sees every item's start at the head of a line.

/** An item number after a finished sentence (and an optional closing byline in parentheses). */
const INLINE_MARK = /[。!?…"](?:\s*[(][^()]{1,40}[)])?\s+(?=(\d{1,2}|[①-⑳])\s+\S)/gu;
const FIRST_MARK = /^\s*(\d{1,2}|[①-⑳])\s+\S/u;
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

const numberOf = (mark: string) => (/^\d/u.test(mark) ? Number(mark) : CIRCLED.indexOf(mark) + 1);

/**
 * Positions (in `text`) where a line break is inserted: before item n+1 of a line that opens with item 1
 * ("1 ", "①") and holds the next numbers in order after finished sentences. Lines that do not count
 * up from 1 this way are left alone ("共有 2 个" inside a sentence never follows a full stop and a 1).
 */
export function inlineItemBreaks(text: string): number[] {
  const breaks: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const first = line.length > 60 ? FIRST_MARK.exec(line) : null;
    if (first && numberOf(first[1]!) === 1) {
      let want = 2;
      for (const m of line.matchAll(INLINE_MARK)) {
        if (numberOf(m[1]!) !== want) continue;
        // The break goes right before the item number (the spaces before it stay on the line above).
        breaks.push(lineStart + m.index + m[0].length);
        want++;
      }
    }
    lineStart = lineEnd + 1;
  }
  return breaks;
}

/** The text with a line break inserted at every inlineItemBreaks position. */
export function splitInlineItems(text: string): string {
  const breaks = inlineItemBreaks(text);
  if (breaks.length === 0) return text;
  let out = "";
  let from = 0;
  for (const b of breaks) {
    out += `${text.slice(from, b)}\n`;
    from = b;
  }
  return out + text.slice(from);
}
