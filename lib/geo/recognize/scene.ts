// Pass: where the story happens when places outside Zhejiang are involved. The title or lead sets the
// scene elsewhere (在四川省稻城县的…基地里, 赴新疆阿克苏), or introduces the Zhejiang place only as where
// people come from (四川省凉山州一所小学里,来自宁波市北仑区的老师…); and pairing assistance or a
// delegation's trip (援建, 东西部协作, 学习考察, 推介会) is reported.
import { chainStart } from "./context";
import type { State, Token } from "./types";

/**
 * Pairing assistance (Zhejiang funds or staffs work in a partner region elsewhere) and delegations
 * that travel to learn (学习考察): the Zhejiang unit acts, the scene may be elsewhere. A county that
 * promotes itself elsewhere (推介会在上海举行) is not here: its own products and projects are the story.
 */
const AID_WORDS =
  /援建|援疆|援藏|援青|援川|援黔|援吉|援外|东西部协作|东西部扶贫|对口支援|对口帮扶|对口协作|对口合作|对口援助|结对帮扶|合作共建|携手共建|结对共建|联合共建|支教|学习考察|考察学习|参观考察|考察调研|调研考察|参观学习|观摩学习|学习观摩|学习取经|取经学习/;
/** Verbs that set a scene in the place after them (在四川省…, 赴新疆阿克苏, 走进贵州, 援建的阿瓦提县…产业园). */
const SCENE_BEFORE = /(?:在|赴|到|来到|走进|前往|远赴|奔赴|深入|位于|地处|(?:援建|共建|帮建)的)$/;
/** Before a place: it is where someone comes from, not where the scene is (来自宁波市北仑区的支教老师). */
const ORIGIN_BEFORE = /(?:来自|来源于|出自)$/;

/** The foreign place `f` (or the chain of foreign places it ends) follows a verb of place. */
function foreignSceneAt(text: string, f: Token, foreign: readonly Token[]): boolean {
  let start = f.start;
  for (let guard = 0; guard < 4; guard++) {
    const p = foreign.find((o) => o.src === f.src && o.end === start);
    if (!p) break;
    start = p.start;
  }
  return SCENE_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** The lead names a place outside Zhejiang first and the first Zhejiang place is where people come from. */
function visitorFromZhejiang(s: State): boolean {
  const firstForeign = s.foreign.find((f) => f.src === "body" && f.start < s.leadEnd);
  if (!firstForeign) return false;
  const firstZj = s.items.find((i) => i.src === "body" && i.status === "accepted" && !i.dateline && !i.outlet && i.start < s.leadEnd);
  if (!firstZj || firstZj.start < firstForeign.start) return false;
  const head = chainStart(s, firstZj);
  return ORIGIN_BEFORE.test(s.texts.body.slice(Math.max(0, head.start - 3), head.start));
}

export function readScene(s: State): void {
  s.foreignScene =
    s.foreign.some((f) => !f.dateline && (f.src === "title" || (f.src === "body" && f.start < s.leadEnd)) && foreignSceneAt(s.texts[f.src], f, s.foreign)) || visitorFromZhejiang(s);
  s.aid = AID_WORDS.test(s.texts.title) || AID_WORDS.test(s.texts.body);
  // 马站:对口合作的蔬菜基地在福鼎投产: the title files the report under a Zhejiang place
  s.titleKicker = s.items.some((it) => it.src === "title" && it.start === 0 && it.status === "accepted" && /^[:：]/.test(s.texts.title.slice(it.end)));
}
