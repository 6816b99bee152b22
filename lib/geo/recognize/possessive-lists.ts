// Pass: 泰顺的三杯香茶、景宁的惠明茶、龙泉的青瓷宝剑 — counties listed with what each is known for.
// Three or more such names (two when neither is also an ordinary word) are counties, whatever cities
// they belong to; the run is kept as a list so that later passes see its members as listed.
import { accept, placeOf } from "./context";
import type { PlaceItem, State } from "./types";

/** Between two members of a possessive list: 的 + what the first is known for + 、 (的三杯香茶、). */
const POSSESSIVE_GAP = /^的[^,。;:!?、"()\n]{1,12}、$/;

function possessiveCountyRuns(s: State): PlaceItem[][] {
  const runs: PlaceItem[][] = [];
  let run: PlaceItem[] = [];
  const close = () => {
    const plain = run.every((m) => !m.entry.wordlike);
    if (run.length >= 3 || (run.length === 2 && plain)) runs.push(run);
    run = [];
  };
  const countyLike = (it: PlaceItem) => it.entry.level === "county" && it.status !== "rejected" && s.texts[it.src][it.end] === "的";
  // other places inside a gap (淳安的千岛湖鱼、) neither join nor break a run: the gap test decides
  for (const it of s.items) {
    if (!countyLike(it)) continue;
    const last = run.at(-1);
    if (last && !(last.src === it.src && POSSESSIVE_GAP.test(s.texts[it.src].slice(last.end, it.start)))) close();
    run.push(it);
  }
  close();
  return runs;
}

export function acceptPossessiveLists(s: State): void {
  for (const run of possessiveCountyRuns(s)) {
    for (const m of run) {
      const code = m.entry.codes[0];
      if (m.status === "pending" && m.entry.codes.length === 1 && code) accept(m, placeOf(s, code), s);
    }
    s.lists.push({ src: run[0]!.src, items: run, words: [], size: run.length, after: "" });
  }
}
