// Development aid: every metric miss and false positive of a labelled set (devset schema), with the
// clause around it, scored like ../shared/tools/score_extraction.py (value + unit, one-to-one on core
// labels; an extraction equal to no label, core or borderline, is a false positive).
//   npx tsx scripts/dev/metric-misses.ts [SET_DIR ...] [--only ID]
// Prints to the terminal only: labelled sets of third-party text must never be copied into the repo.
import { readLabelledSet } from "@/lib/eval/labelled-set";
import { extractDocument } from "@/lib/ingest/pipeline";
import { sameMetric } from "@/lib/eval/labelled-score";

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const sets = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--only");
if (sets.length === 0) sets.push("../shared/devset");

const ctx = (s: string, a: number, b: number) => `${s.slice(Math.max(0, a - 22), a)}【${s.slice(a, b)}】${s.slice(b, b + 14)}`.replace(/\n/g, "⏎");

for (const dir of sets) {
  for (const item of readLabelledSet(dir)) {
    if (only && item.id !== only) continue;
    const doc = extractDocument(item.text, { single: item.type === "article" });
    const got = doc.articles.flatMap((a) => a.metrics.map((m) => ({ m, body: a.body })));
    const core = item.metrics.filter((m) => !m.borderline);
    const used = new Set<number>();
    for (const g of core) {
      const i = got.findIndex((x, k) => !used.has(k) && sameMetric(x.m, g));
      if (i >= 0) used.add(i);
      else console.log(`${item.id} MISS  ${g.text} = ${g.value}${g.unit}  ${ctx(item.text, g.start, g.end)}`);
    }
    got.forEach((x, k) => {
      if (used.has(k) || item.metrics.some((g) => sameMetric(x.m, g))) return;
      console.log(`${item.id} FP    ${x.m.text} = ${x.m.value}${x.m.unit} [${x.m.kind}] ${ctx(x.body, x.m.start, x.m.end)}`);
    });
  }
}
