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

/** The number as printed in the text (3100余人次); hover or focus shows label and normalized value. */
export default function MetricChip({ m, lang = "zh" }: { m: Chip; lang?: "zh" | "en" }) {
  const explanation = metricExplanation(m, lang);
  return (
    <span className={styles.chip} tabIndex={0} title={explanation} aria-label={`${m.text}：${explanation}`}>
      {m.approx && <span aria-hidden>≈</span>}
      {m.text}
      {m.label && <span className={styles.chipLabel}>{m.label}</span>}
    </span>
  );
}
