import type { KindSummaryRow } from "@/lib/share/kind-summary";
import { approxMark, formatCompact } from "@/lib/share/number-format";
import styles from "./share-page.module.css";

/** A county's metrics by kind: sums for summable kinds (≈ when any part was approximate). */
export default function KindSummaryTable({ rows }: { rows: KindSummaryRow[] }) {
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
              <td>{r.zh}</td>
              <td className={styles.num}>
                {r.sums.length === 0
                  ? "不宜相加"
                  : r.sums.map((s) => `${approxMark(s.approx)}${formatCompact(s.value)}${s.unit}`).join(" + ")}
              </td>
              <td className={styles.num}>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.approxNote}>“≈”表示合计中含有约数（如“余”“约”“左右”）；比例类数字只计条数，不相加。</p>
    </>
  );
}
