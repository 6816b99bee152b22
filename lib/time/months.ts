/**
 * Calendar months as "YYYY-MM" strings: the time control's steps, the monthly aggregates' keys and
 * the from/to dates of the URL (lib/url-state.ts) that a month stands for.
 */
import { isCalendarDate } from "../calendar-date";

export type Month = string;

export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(s: string): s is Month {
  return MONTH_RE.test(s);
}

/** The month a YYYY-MM-DD date falls in. */
export function monthOf(date: string): Month {
  return date.slice(0, 7);
}

export function firstDay(m: Month): string {
  return `${m}-01`;
}

/** The last calendar day of the month (2024-02 -> 2024-02-29). */
export function lastDay(m: Month): string {
  const [y, mo] = m.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${m}-${String(d).padStart(2, "0")}`;
}

export function addMonths(m: Month, n: number): Month {
  const [y, mo] = m.split("-").map(Number) as [number, number];
  const t = y * 12 + (mo - 1) + n;
  return `${String(Math.floor(t / 12)).padStart(4, "0")}-${String((t % 12) + 1).padStart(2, "0")}`;
}

/** Every month from first to last, both included (empty when last is before first). */
export function monthRange(first: Month, last: Month, max = 1200): Month[] {
  const out: Month[] = [];
  for (let m = first; m <= last && out.length < max; m = addMonths(m, 1)) out.push(m);
  return out;
}

/**
 * The months a from/to date window covers, clamped to the data's months: indexes into `months`
 * (start and end included). No window means all of them.
 */
export function windowIndexes(months: Month[], from: string | null, to: string | null): [number, number] {
  if (months.length === 0) return [0, -1];
  const lo = from && isCalendarDate(from) ? monthOf(from) : months[0]!;
  const hi = to && isCalendarDate(to) ? monthOf(to) : months[months.length - 1]!;
  let start = months.findIndex((m) => m >= lo);
  let end = months.length - 1 - [...months].reverse().findIndex((m) => m <= hi);
  if (start === -1) start = months.length - 1;
  if (end === months.length) end = 0;
  return start <= end ? [start, end] : [end, start];
}

/** The URL's from/to for a window of whole months; the whole range of the data is no filter at all. */
export function windowDates(months: Month[], start: number, end: number): { from: string | null; to: string | null } {
  if (months.length === 0 || (start <= 0 && end >= months.length - 1)) return { from: null, to: null };
  const s = months[Math.max(0, Math.min(start, end))]!;
  const e = months[Math.min(months.length - 1, Math.max(start, end))]!;
  return { from: firstDay(s), to: lastDay(e) };
}

/** 2023-08 -> "2023年8月" / "Aug 2023". */
export function monthLabel(m: Month, lang: "zh" | "en" = "zh"): string {
  const [y, mo] = m.split("-").map(Number) as [number, number];
  if (lang === "zh") return `${y}年${mo}月`;
  return `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]} ${y}`;
}

/**
 * The window after [start, end] when the time control plays: the whole range starts at the first
 * month alone; otherwise the window moves one month on, keeping its width. Null once it has
 * reached the last month (playing stops there).
 */
export function nextWindow(count: number, start: number, end: number): [number, number] | null {
  if (count <= 0) return null;
  if (start <= 0 && end >= count - 1) return count === 1 ? null : [0, 0];
  if (end >= count - 1) return null;
  return [start + 1, end + 1];
}
