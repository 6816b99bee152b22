import { METRIC_KINDS } from "@/lib/metrics/kinds";
import { formatValue } from "@/lib/format";
import type { MetricChip as Chip } from "@/lib/view-models";
import styles from "./panel.module.css";

/** Normalized reading of a metric, in full digits: "受益群众 · 13,000 人 · 人数". */
export function metricExplanation(m: Chip, lang: "zh" | "en" = "zh"): string {
  const kind = METRIC_KINDS[m.kind];
  const value = formatValue(m.canonicalValue, m.canonicalUnit, m.approx, "en");
  return `${m.label || (lang === "zh" ? kind?.zh : kind?.en) || ""} · ${value}${kind ? ` · ${lang === "zh" ? kind.zh : kind.en}` : ""}`;
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
