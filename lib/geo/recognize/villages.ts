// Pass: villages. The gazetteer has no villages, but a village written right after its township
// (马站镇某某村, 安昌街道某某社区) lies in that township; when the title or body names that village
// again, the report keeps coming back to a place in the township, which counts as the township
// recurring.
import { NOT_VILLAGE_NAME_START, VILLAGE_SUFFIXES } from "../../zh/place-words";
import type { State } from "./types";

/** A village name of two or three characters and its suffix, right at the start of `rest`. */
const VILLAGE_AT = new RegExp(`^[\\u4e00-\\u9fff]{2,3}?(?:${VILLAGE_SUFFIXES.join("|")})`);

/** The village written right after a township (X镇Y村 -> Y村), or null. */
export function villageAfter(text: string, end: number): string | null {
  const m = VILLAGE_AT.exec(text.slice(end, end + 6));
  if (!m) return null;
  const name = m[0];
  if (NOT_VILLAGE_NAME_START.includes(name[0] ?? "") || name.includes("的")) return null;
  return name;
}

const occurrences = (text: string, word: string) => text.split(word).length - 1;

export function markVillages(s: State): void {
  const own = s.texts.title + "\n" + s.texts.body;
  for (const it of s.items) {
    if (it.status !== "accepted" || it.place?.level !== "township" || (it.src !== "body" && it.src !== "title")) continue;
    const village = villageAfter(s.texts[it.src], it.end);
    if (village) it.villageRecurs = occurrences(own, village) >= 2;
  }
}
