// Pass: text written before a redistricting names today's county. A former county name right before
// a township that now lies elsewhere names the new county (余杭区塘栖镇 -> 临平区, 鄞州章水镇 -> 海曙区);
// the pairs come from data/geo/former-townships.csv and historic-names.ts. A former county
// name in an article whose townships all moved to one successor, which the article never names,
// means that successor (余杭区 … 塘栖古镇 -> 临平区).
import { placeOf, prevItem } from "./context";
import type { State } from "./types";

function reinterpretFormerParents(s: State): void {
  for (const it of s.items) {
    const p = prevItem(s, it);
    // a former town that is a county of its own today (苍南县龙港镇): 苍南县 stays as written, but
    // only prefixes the town, as a city prefixes its county, and is no evidence of its own
    if (it.status === "accepted" && it.place?.level === "county" && it.entry.strength === "alias" && p?.status === "accepted") {
      const succ = s.gaz.formerParents.get(p.text);
      if (p.place?.level === "county" && succ?.includes(it.place.code)) p.chainPrefix = true;
      continue;
    }
    if (it.status !== "accepted" || it.place?.level !== "township") continue;
    if (!p || p.status !== "accepted" || p.place?.level !== "county" || p.place.code === it.place.countyCode) continue;
    const succ = s.gaz.formerParents.get(p.text);
    if (succ && it.place.countyCode && succ.includes(it.place.countyCode)) p.place = placeOf(s, it.place.countyCode);
  }
}

function reinterpretFormerCounties(s: State): void {
  const accepted = s.items.filter((i) => i.status === "accepted" && i.place);
  const countyItems = accepted.filter((i) => i.place?.level === "county");
  const townCounties = new Set(accepted.filter((i) => i.place?.level === "township").map((i) => i.place?.countyCode ?? ""));
  for (const code of new Set(countyItems.map((i) => i.place?.code ?? ""))) {
    const place = s.gaz.byCode.get(code);
    const succ = place ? s.gaz.formerParents.get(place.name) : undefined;
    if (!succ || townCounties.has(code)) continue;
    const moved = succ.filter((x) => townCounties.has(x));
    if (moved.length !== 1 || !moved[0] || countyItems.some((i) => i.place?.code === moved[0])) continue;
    const target = placeOf(s, moved[0]);
    for (const i of countyItems) if (i.place?.code === code) i.place = target;
  }
}

export function reinterpretFormerNames(s: State): void {
  reinterpretFormerParents(s);
  reinterpretFormerCounties(s);
}
