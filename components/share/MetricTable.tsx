import { METRIC_KINDS } from "@/lib/metrics/kinds";
import { approxMark, formatPlain } from "@/lib/format";
import type { MetricView } from "@/lib/view-models";
import styles from "./share-page.module.css";

/** Every number in the article: as printed, what it counts, normalized, and its kind. */
export default function MetricTable({ metrics }: { metrics: MetricView[] }) {
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">原文</th>
          <th scope="col">统计对象</th>
          <th scope="col" className={styles.num}>
            规范值
          </th>
          <th scope="col">类别</th>
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
              {m.canonicalUnit}
            </td>
            <td>{METRIC_KINDS[m.kind]?.zh ?? m.kind}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
