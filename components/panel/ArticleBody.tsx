import type { SyntheticEvent } from "react";
import { highlightRuns, paragraphs, termSpans } from "@/lib/highlight";
import type { ArticleDetail } from "@/lib/view-models";
import { metricExplanation } from "./MetricChip";
import styles from "./panel.module.css";

/** Tips open to the right of their mark unless that would run past the panel's edge. */
function alignTip(e: SyntheticEvent<HTMLElement>) {
  const mark = e.currentTarget;
  const edge = mark.closest("[data-testid=panel]")?.getBoundingClientRect().right ?? window.innerWidth;
  mark.dataset.align = mark.getBoundingClientRect().left + 270 > edge ? "end" : "start";
}

/**
 * The article's full text as paragraphs with its metrics, places and search matches marked.
 * Metric marks are focusable; hover or focus shows the label and the normalized value.
 */
export default function ArticleBody({ a, terms, lang }: { a: ArticleDetail; terms: string[]; lang: "zh" | "en" }) {
  const spans = { metrics: a.metrics, places: a.mentions, matches: termSpans(a.body, terms) };
  return (
    <div className={styles.body} data-testid="article-body">
      {paragraphs(a.body).map((p) => (
        <p key={p.start}>
          {highlightRuns(a.body, spans, p.start, p.end).map((r) => {
            if (r.kind === "metric") {
              const m = a.metrics[r.ref]!;
              const explanation = metricExplanation(m, lang);
              return (
                <mark key={r.start} id={`metric-${m.id}`} className={styles.metricMark} tabIndex={0} aria-label={`${r.text}：${explanation}`} data-testid="metric-mark" onMouseEnter={alignTip} onFocus={alignTip}>
                  {r.text}
                  <span className={styles.metricTip} role="tooltip">
                    {explanation}
                  </span>
                </mark>
              );
            }
            if (r.kind === "place") {
              const pl = a.mentions[r.ref]!;
              return (
                <mark key={r.start} className={styles.placeMark} title={`${pl.name}（${pl.code}）`} data-code={pl.code}>
                  {r.text}
                </mark>
              );
            }
            if (r.kind === "match")
              return (
                <mark key={r.start} className={styles.match}>
                  {r.text}
                </mark>
              );
            return <span key={r.start}>{r.text}</span>;
          })}
        </p>
      ))}
    </div>
  );
}
