import { highlightRuns, termSpans } from "@/lib/highlight";
import styles from "./panel.module.css";

/** Plain text with search terms marked; text is rendered as text nodes, never as HTML. */
export default function HighlightedText({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const runs = highlightRuns(text, { matches: termSpans(text, terms) });
  return (
    <>
      {runs.map((r) =>
        r.kind === "match" ? (
          <mark key={r.start} className={styles.match}>
            {r.text}
          </mark>
        ) : (
          <span key={r.start}>{r.text}</span>
        ),
      )}
    </>
  );
}
