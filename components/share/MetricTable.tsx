import { METRIC_KINDS } from "@/lib/metrics/kinds";
import { approxMark, formatPlain } from "@/lib/format";
import { unitWord, type Lang } from "@/lib/i18n";
import type { MetricView } from "@/lib/view-models";
import styles from "./share-page.module.css";

/** Every number in the article: as printed, what it counts, normalized, and its kind. */
export default function MetricTable({ metrics, lang = "zh" }: { metrics: MetricView[]; lang?: Lang }) {
  const zh = lang === "zh";
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">{zh ? "原文" : "As printed"}</th>
          <th scope="col">{zh ? "统计对象" : "What it counts"}</th>
          <th scope="col" className={styles.num}>
            {zh ? "规范值" : "Normalized"}
          </th>
          <th scope="col">{zh ? "类别" : "Kind"}</th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((m) => (
          <tr key={m.id}>
            <td>
              {m.text}
              {m.corrected && (
                <span className={styles.corrected} data-testid="metric-corrected">
                  已人工校对
                </span>
              )}
            </td>
            <td>{m.label}</td>
            <td className={styles.num}>
              {approxMark(m.approx)}
              {formatPlain(m.canonicalValue)}
              {zh ? m.canonicalUnit : ` ${unitWord(m.canonicalUnit, lang)}`}
            </td>
            <td>{(zh ? METRIC_KINDS[m.kind]?.zh : METRIC_KINDS[m.kind]?.en) ?? m.kind}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
