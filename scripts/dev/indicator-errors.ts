// Development aid: the indicator and kind assignments that disagree with the hand labels of a set.
//   npx tsx scripts/dev/indicator-errors.ts [devset|pages-train]
import { SETS, evaluateLabelled } from "@/lib/eval/evaluate";

const name = process.argv[2] ?? "devset";
const set = SETS.find((s) => s.name === name);
if (!set) throw new Error(`unknown set ${name}`);
const r = evaluateLabelled(set.dir, set.tags);
for (const w of r.score.wrongIndicators) console.log(`IND  ${w.id} ${w.text}  got ${w.got}  want ${w.want}`);
for (const w of r.score.wrongKinds) console.log(`KIND ${w.id} ${w.text}  got ${w.got}  want ${w.want}`);
console.log(`indicators ${r.score.indicators.ok}/${r.score.indicators.total}, kinds ${r.score.kinds.ok}/${r.score.kinds.total}`);
