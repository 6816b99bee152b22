// Pass: 杭州市上城区…, 绍兴市公安局上虞区分局 — a city that only prefixes a place of its own below it
// is marked, so that it adds no weight of its own.
import { isHan } from "../names";
import type { State } from "./types";

export function markChainPrefixes(s: State): void {
  const accepted = s.items.filter((i) => i.status === "accepted");
  for (let k = 0; k < accepted.length; k++) {
    const c = accepted[k];
    if (!c?.place || c.place.level !== "city") continue;
    const text = s.texts[c.src];
    for (let j = k + 1; j < accepted.length; j++) {
      const n = accepted[j];
      if (!n?.place || n.src !== c.src || n.start - c.end > 12) break;
      let clean = true;
      for (let x = c.end; x < n.start && clean; x++) if (!isHan(text[x])) clean = false;
      if (!clean) break;
      if (n.place.level !== "city" && n.place.cityCode === c.place.code) {
        c.chainPrefix = true;
        break;
      }
    }
  }
}
