// Pass: a place name inside an outlet's name (金华日报讯, 来源:象山农业信息网, 宁波日报记者) is the
// outlet's own city or county: accepted as that place, and weighed later as an outlet, not a mention.
import { accept } from "./context";
import type { State } from "./types";

export function acceptOutletPlaces(s: State): void {
  for (const it of s.items) {
    if (!it.outlet || it.status !== "pending") continue;
    const o = s.outlets.find((x) => x.src === it.src && it.start >= x.start && it.end <= x.end);
    if (!o) continue;
    if (o.place && it.entry.codes.includes(o.place.code)) accept(it, o.place, s);
    else it.status = "rejected";
  }
}
