import { isCalendarDate } from "../calendar-date";

/** "2023-08-20" -> "2023年8月20日"; anything that is not a calendar date is returned unchanged. */
export function formatZhDate(d: string): string {
  if (!isCalendarDate(d)) return d;
  const [y, m, day] = d.split("-").map(Number);
  return `${y}年${m}月${day}日`;
}
