import { METRIC_KINDS } from "@/lib/metrics/kinds";
import { metricTitle } from "@/lib/format";
import type { MetricChip as Chip } from "@/lib/view-models";
import styles from "./panel.module.css";

/** Normalized reading of a metric with its kind: "群众：13,000人（人数）". */
export function metricExplanation(m: Chip, lang: "zh" | "en" = "zh"): string {
  const kind = METRIC_KINDS[m.kind];
  const kindName = kind ? (lang === "zh" ? kind.zh : kind.en) : "";
  return `${metricTitle({ ...m, label: m.label || kindName })}${kindName ? `（${kindName}）` : ""}`;
}

/**
 * The number as printed in the text (3100余人次) with what it counts; hovering shows the normalized
 * value. A chip is not a tab stop unless it does something: given `onSelect` it is a button that
 * shows the number in the article's text, otherwise plain text that Tab passes over.
 */
export default function MetricChip({ m, lang = "zh", onSelect }: { m: Chip; lang?: "zh" | "en"; onSelect?: () => void }) {
  const explanation = metricExplanation(m, lang);
  const content = (
    <>
      {m.approx && <span aria-hidden>≈</span>}
      {m.text}
      {m.label && <span className={styles.chipLabel}>{m.label}</span>}
    </>
  );
  if (onSelect)
    return (
      <button type="button" className={`${styles.chip} ${styles.chipButton}`} title={explanation} onClick={onSelect} data-testid="metric-chip">
        {content}
      </button>
    );
  return (
    <span className={styles.chip} title={explanation} data-testid="metric-chip">
      {content}
    </span>
  );
}
