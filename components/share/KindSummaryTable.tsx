import { METRIC_KINDS } from "@/lib/metrics/kinds";
import { approxMark, formatZh } from "@/lib/format";
import type { KindSummaryView } from "@/lib/view-models";
import styles from "./share-page.module.css";

/** A county's metrics by kind: sums for summable kinds (≈ when any part was approximate). */
export default function KindSummaryTable({ rows }: { rows: Pick<KindSummaryView, "kind" | "total" | "unit" | "approx" | "count">[] }) {
  if (rows.length === 0) return <p className={styles.empty}>暂无数据</p>;
  return (
    <>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">类别</th>
            <th scope="col" className={styles.num}>
              合计
            </th>
            <th scope="col" className={styles.num}>
              指标数
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.kind} data-kind={r.kind}>
              <td>{METRIC_KINDS[r.kind].zh}</td>
              <td className={styles.num}>{r.total === null ? "不宜相加" : `${approxMark(r.approx)}${formatZh(r.total)}${r.unit}`}</td>
              <td className={styles.num}>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.approxNote}>“≈”表示合计中含有约数（如“余”“约”“左右”）；比例和泛指的“个”只计条数，不相加。</p>
    </>
  );
}
