// Development aid: how one text's metrics get their indicators (label, clause, scores).
//   npx tsx scripts/dev/indicator-debug.ts SET_DIR ITEM_ID [METRIC_TEXT]
import { extractDocument } from "@/lib/ingest/pipeline";
import { readLabelledSet } from "@/lib/eval/labelled-set";

const [dir, id, want] = process.argv.slice(2);
const item = readLabelledSet(dir!).find((i) => i.id === id)!;
for (const a of extractDocument(item.text, { single: item.type === "article" }).articles)
  for (const m of a.metrics) {
    if (want && m.text !== want) continue;
    const s = Math.max(0, m.start - 30);
    console.log(`${m.text} [${m.unit} ${m.kind}] label=${m.label} -> ${m.indicator} ${m.indicatorConfidence}  | ${a.body.slice(s, m.end + 15).replace(/\n/g, "⏎")}`);
  }
