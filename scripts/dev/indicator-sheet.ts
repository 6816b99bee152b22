// Development aid for labelling indicators: one line per labelled metric of a set (devset schema)
// with its key (item:start-end in code points), unit, core/borderline, the hand label, the clause,
// and the kind and indicator the rules would give it. Prints to the terminal only.
//   npx tsx scripts/dev/indicator-sheet.ts SET_DIR
import { chooseIndicator } from "@/lib/metrics/assign-indicator";
import { classifyKind, type MetricKind } from "@/lib/metrics/kinds";
import { readLabelledSet } from "@/lib/eval/labelled-set";
import { metricKey } from "@/lib/eval/labelled-score";
import { assignTags } from "@/lib/tags/assign";

const dir = process.argv[2] ?? "../shared/devset";
for (const item of readLabelledSet(dir)) {
  for (const m of item.metrics) {
    const seg = item.segments[m.segment]!;
    const segText = item.text.slice(seg.start, seg.end);
    const themes = assignTags("", segText).map((t) => t.tag);
    const kind: MetricKind = m.unit.includes("/") || m.note.startsWith("rate") ? "rate" : m.unit === "%" ? "share" : classifyKind(m.unit, m.label);
    const a = Math.max(seg.start, m.start - 30);
    const sentence = item.text.slice(a, m.start) + item.text.slice(m.end, Math.min(seg.end, m.end + 20));
    const choice = chooseIndicator({ unit: m.unit, kind, label: m.label, clause: sentence, sentence, themes });
    const ctx = `${item.text.slice(a, m.start)}【${m.text}】${item.text.slice(m.end, m.end + 12)}`.replace(/\n/g, "⏎");
    console.log([metricKey(item, m), m.unit, m.borderline ? "B" : "C", m.label, m.note, ctx, kind, choice.indicator].join("\t"));
  }
}
