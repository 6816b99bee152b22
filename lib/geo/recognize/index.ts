// Place recognition: find Zhejiang place names in an article's title and body and decide, with the
// article as context, which ones really are places and which place each one is.
//
// scan.ts turns dictionary hits into place items and lists of names; then the passes below run in
// order, each a small step that reads and writes only the state it is given. To change one rule,
// change its pass: the order here is the whole story.
import type { Gazetteer } from "../gazetteer";
import { markChainPrefixes } from "./chain-prefixes";
import { closePending } from "./finalize";
import { propagateForeignCounties } from "./foreign-counties";
import { markForeignTownships } from "./foreign-townships";
import { reinterpretFormerNames } from "./former-names";
import { acceptFullNames } from "./full-names";
import { acceptLoneGenericTowns } from "./lone-generic-towns";
import { acceptOutletPlaces } from "./outlet-places";
import { settleByPaper } from "./paper";
import { acceptPossessiveLists } from "./possessive-lists";
import { rejectNonPlaces } from "./reject-non-places";
import { markRoles } from "./roles";
import { scan } from "./scan";
import { readScene } from "./scene";
import { settle } from "./settle";
import { markVillages } from "./villages";
import type { Pass, Recognition, RecognizeOptions, State } from "./types";

export { SOURCE_ORDER, type NameList, type PlaceItem, type Recognition, type RecognizeOptions, type TextSource, type Token } from "./types";
export { tokenize } from "./tokenize";

export const PASSES: readonly Pass[] = [
  // names that are no Zhejiang place where they stand: after a place elsewhere, people, streets
  { name: "reject-non-places", run: rejectNonPlaces },
  // 上海市普陀区 … 普陀区: the bare repeats of a district elsewhere are elsewhere too
  { name: "foreign-counties", run: propagateForeignCounties },
  // a township after a place elsewhere (上海市青浦区练塘镇) is elsewhere too, and so are its repeats
  { name: "foreign-townships", run: markForeignTownships },
  // a place inside an outlet's name (金华日报讯) is that outlet's place
  { name: "outlet-places", run: acceptOutletPlaces },
  // full names, aliases and city short names need no context
  { name: "full-names", run: acceptFullNames },
  // 泰顺的三杯香茶、景宁的惠明茶…: counties listed with what each is known for
  { name: "possessive-lists", run: acceptPossessiveLists },
  // county short names, township names, lists: each other's context, until nothing changes
  { name: "settle", run: settle },
  // what the article cannot settle, the local paper's area may
  { name: "paper", run: settleByPaper },
  // a generic township name that is the article's only place, repeated
  { name: "lone-generic-towns", run: acceptLoneGenericTowns },
  // pending -> rejected, or ambiguous with its candidates
  { name: "close-pending", run: closePending },
  // names from before a redistricting -> today's county
  { name: "former-names", run: reinterpretFormerNames },
  // 杭州市上城区: the city only prefixes its own county
  { name: "chain-prefixes", run: markChainPrefixes },
  // listed examples and sited subjects
  { name: "roles", run: markRoles },
  // a scene outside Zhejiang, assistance and delegations
  { name: "scene", run: readScene },
  // a township's village (X镇Y村) that the report names again
  { name: "villages", run: markVillages },
];

/** Scans and runs the passes up to and including `until` (all of them by default). For tests. */
export function runPasses(title: string, body: string, gaz: Gazetteer, opts: RecognizeOptions = {}, until?: string): State {
  if (until !== undefined && !PASSES.some((p) => p.name === until)) throw new Error(`recognize: no pass named ${until}`);
  const state = scan(title, body, gaz, opts);
  for (const pass of PASSES) {
    pass.run(state);
    if (pass.name === until) break;
  }
  return state;
}

/** Finds and resolves every place name in the title and body. */
export function recognize(title: string, body: string, gaz: Gazetteer, opts: RecognizeOptions = {}): Recognition {
  const s = runPasses(title, body, gaz, opts);
  return {
    items: s.items,
    foreign: s.foreign,
    leadEnd: s.leadEnd,
    hasBody: s.hasBody,
    paper: s.paper,
    foreignScene: s.foreignScene,
    titleKicker: s.titleKicker,
    aid: s.aid,
    wholeUnit: s.wholeUnit,
    wholeUnitCount: s.wholeUnitCount,
    wholeCityAt: s.wholeCityAt,
    body: s.texts.body,
  };
}
