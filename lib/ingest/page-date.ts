import { isCalendarDate } from "../calendar-date";

/**
 * The publication date a page states about itself, from its furniture: an e-paper masthead
 * ("2023年8月21日 星期一 第3版"), a website meta line ("发布时间：2023-08-21 10:12"). Only the first
 * lines and lines labelled as dates are read: a date inside a story ("8月15日,首个全国生态日")
 * says when something happened, not when the page appeared.
 */
const LABELLED = /(?:发布时间|发布日期|发稿时间|日期|时间)\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const MASTHEAD = /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s|$|第|[A-Z]?\d*版)/;
const HEADER_LINES = 6;

function iso(y: string, m: string, d: string): string | null {
  const s = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  return isCalendarDate(s) ? s : null;
}

export function pageDate(text: string): string | null {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  for (const [i, line] of lines.entries()) {
    const labelled = LABELLED.exec(line);
    if (labelled) return iso(labelled[1]!, labelled[2]!, labelled[3]!);
    if (i < HEADER_LINES) {
      const masthead = MASTHEAD.exec(line);
      if (masthead) return iso(masthead[1]!, masthead[2]!, masthead[3]!);
    }
  }
  return null;
}
