// The home county of a page: a county paper's or a county government's page (越城区工作简报, 兰江导报)
// reports mostly on its own county, and that is what decides, for a report on it that names no place
// of its own (我市召开…, 全市…) or only a township name several counties share (府山街道, 东湖街道),
// where it is. The page's other reports are the evidence ("other places" in issue 9): no list of
// outlets is needed.
import type { ResolvedPlace } from "./primary";

/**
 * The county that most of the page's placed reports are about, when at least two are and they are
 * more than half of those placed at county level; otherwise null (a city paper's page of several
 * counties, a page of one report).
 */
export function pageHomeCounty(places: ReadonlyArray<ResolvedPlace | null>): string | null {
  const counts = new Map<string, number>();
  let placed = 0;
  for (const p of places) {
    const c = p?.county?.adcode;
    if (!c) continue;
    placed++;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) [best, n] = [c, k];
  return best && n >= 2 && 2 * n > placed ? best : null;
}
