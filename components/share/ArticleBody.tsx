import { segmentBody } from "@/lib/share/body-segments";
import { metricTitle } from "@/lib/share/number-format";
import type { MentionView, MetricView } from "@/lib/view-models";
import styles from "./share-page.module.css";

type Props = { body: string; metrics: MetricView[]; mentions: MentionView[] };

/** The article text as React text nodes, metrics in <mark> and place names underlined. */
export default function ArticleBody({ body, metrics, mentions }: Props) {
  const paragraphs = segmentBody(body, metrics, mentions);
  return (
    <div className={styles.body}>
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.segments.map((s, i) => {
            if (s.kind === "metric") {
              const m = metrics[s.index]!;
              return (
                <mark key={i} className={styles.metric} title={metricTitle(m)} data-kind={m.kind} data-approx={m.approx || undefined}>
                  {s.text}
                </mark>
              );
            }
            if (s.kind === "place") {
              const m = mentions[s.index]!;
              return (
                <span key={i} className={styles.place} title={`地名：${m.name}（${m.code}）`} data-place={m.code}>
                  {s.text}
                </span>
              );
            }
            return s.text;
          })}
        </p>
      ))}
    </div>
  );
}
