import styles from "./panel.module.css";

/** Text with server-given [start, end) ranges marked; rendered as text spans, never as HTML. */
export default function HighlightRanges({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at || e > text.length || s >= e) continue;
    if (s > at) out.push(<span key={`t${at}`}>{text.slice(at, s)}</span>);
    out.push(
      <mark key={`m${s}`} className={styles.match}>
        {text.slice(s, e)}
      </mark>,
    );
    at = e;
  }
  if (at < text.length) out.push(<span key={`t${at}`}>{text.slice(at)}</span>);
  return <>{out}</>;
}
