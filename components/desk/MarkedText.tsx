import { highlightRuns, paragraphs } from "@/lib/highlight";
import styles from "./desk.module.css";

type Span = { start: number; end: number; text: string };

/** An article's text with its numbers and place names marked, as text nodes (never HTML). */
export default function MarkedText({ body, metrics, places, corrected }: { body: string; metrics: Span[]; places: Span[]; corrected?: boolean[] }) {
  return (
    <div className={styles.text}>
      {paragraphs(body).map((p) => (
        <p key={p.start} data-start={p.start}>
          {highlightRuns(body, { metrics, places }, p.start, p.end).map((r) =>
            r.kind === "metric" ? (
              <mark key={r.start} className={corrected?.[r.ref] ? styles.metricCorrected : styles.metric} data-start={r.start}>
                {r.text}
              </mark>
            ) : r.kind === "place" ? (
              <span key={r.start} className={styles.place} data-start={r.start}>
                {r.text}
              </span>
            ) : (
              <span key={r.start} data-start={r.start}>
                {r.text}
              </span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
