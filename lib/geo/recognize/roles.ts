// Pass: the role each accepted place plays. Listed: one of two or more places of a list settled
// together (an example, not the focus). Sited: the story's subject is located there (位于黄岩区江口
// 街道的智能模具产业园项目). Venue: an event was held there (全市推进会在鄞州区召开).
import { VENUE_VERBS } from "../../zh/place-words";
import { chainStart, nextItem, prevItem, startsWithAny } from "./context";
import type { PlaceItem, State } from "./types";

/** Before a place (or a chain of places): the subject of the story is located there. */
const SITED_BEFORE = /(?:位于|坐落于|坐落在|地处|落户于?|落户在|选址于?|选址在)$/;
/** 其中,位于… / 例如位于…: the sited thing is one example of many. */
const EXAMPLE_BEFORE = /(?:其中|例如|比如|譬如|诸如|包括|(?:^|[,。;:!?])如)[,:]?$/;

/**
 * Not when the sited thing is one example of many (其中,位于宗汉街道的新城幼儿园), nor when it is an
 * institution of a larger unit that only has its address there (位于首南街道的鄞州区实验小学).
 */
function sitedSubject(s: State, item: PlaceItem): boolean {
  const text = s.texts[item.src];
  const head = chainStart(s, item);
  const before = text.slice(Math.max(0, head.start - 12), head.start);
  const verb = SITED_BEFORE.exec(before);
  if (!verb) return false;
  if (EXAMPLE_BEFORE.test(before.slice(0, verb.index))) return false;
  let end = item;
  for (let guard = 0; guard < 4; guard++) {
    const n = nextItem(s, end);
    if (!n || n.status !== "accepted") break;
    end = n;
  }
  if (text[end.end] === "的") {
    const owner = s.items.find((o) => o.src === item.src && o.start === end.end + 1 && o.status === "accepted");
    if (owner?.place && owner.place.level !== "township") return false;
  }
  return true;
}

/** 在X召开, 在X举行: X (the chain `item` ends) is the venue, not the subject, of what is reported. */
function venueOf(s: State, item: PlaceItem): boolean {
  const text = s.texts[item.src];
  if (nextItem(s, item)?.status === "accepted") return false; // not the end of its chain
  const head = chainStart(s, item);
  if (text[head.start - 1] !== "在") return false;
  return startsWithAny(text, item.end, VENUE_VERBS);
}

export function markRoles(s: State): void {
  for (const l of s.lists) {
    const placed = l.items.filter((m) => m.status === "accepted");
    if (placed.length >= 2) for (const m of placed) m.listed = true;
  }
  for (const it of s.items) {
    if (it.status !== "accepted") continue;
    it.sited = sitedSubject(s, it);
    if (!venueOf(s, it)) continue;
    // the whole chain (宁波市鄞州区) is the venue
    for (let cur: PlaceItem | null = it, guard = 0; cur && guard < 4; cur = prevItem(s, cur), guard++) cur.venue = true;
  }
}
