import { metricTitle } from "@/lib/format";
import { highlightRuns, paragraphs } from "@/lib/highlight";
import type { MentionView, MetricView } from "@/lib/view-models";
import styles from "./share-page.module.css";

type Props = { body: string; metrics: MetricView[]; mentions: MentionView[] };

/** The article text as React text nodes, metrics in <mark> and place names underlined. */
export default function ArticleBody({ body, metrics, mentions }: Props) {
  return (
    <div className={styles.body}>
      {paragraphs(body).map((p) => (
        <p key={p.start}>
          {highlightRuns(body, { metrics, places: mentions }, p.start, p.end).map((r) => {
            if (r.kind === "metric") {
              const m = metrics[r.ref]!;
              return (
                <mark key={r.start} className={styles.metric} title={metricTitle(m)} data-kind={m.kind} data-approx={m.approx || undefined}>
                  {r.text}
                </mark>
              );
            }
            if (r.kind === "place") {
              const m = mentions[r.ref]!;
              return (
                <span key={r.start} className={styles.place} title={`地名：${m.name}（${m.code}）`} data-place={m.code}>
                  {r.text}
                </span>
              );
            }
            return r.text;
          })}
        </p>
      ))}
    </div>
  );
}
