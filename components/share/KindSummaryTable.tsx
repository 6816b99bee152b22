import { METRIC_KINDS } from "@/lib/metrics/kinds";
import { approxMark, formatValue } from "@/lib/format";
import type { Lang } from "@/lib/i18n";
import type { KindSummaryView } from "@/lib/view-models";
import styles from "./share-page.module.css";

/** A county's metrics by kind: sums for summable kinds (≈ when any part was approximate). */
export default function KindSummaryTable({ rows, lang = "zh" }: { rows: Pick<KindSummaryView, "kind" | "total" | "unit" | "approx" | "count">[]; lang?: Lang }) {
  const zh = lang === "zh";
  if (rows.length === 0) return <p className={styles.empty}>{zh ? "暂无数据" : "no numbers"}</p>;
  return (
    <>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{zh ? "类别" : "Kind"}</th>
            <th scope="col" className={styles.num}>
              {zh ? "合计" : "Total"}
            </th>
            <th scope="col" className={styles.num}>
              {zh ? "指标数" : "Figures"}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.kind} data-kind={r.kind}>
              <td>{zh ? METRIC_KINDS[r.kind].zh : METRIC_KINDS[r.kind].en}</td>
              <td className={styles.num}>{r.total === null ? (zh ? "不宜相加" : "not added up") : `${approxMark(r.approx)}${formatValue(r.total, r.unit, false, lang)}`}</td>
              <td className={styles.num}>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.approxNote}>
        {zh ? "“≈”表示合计中含有约数（如“余”“约”“左右”）；比例和泛指的“个”只计条数，不相加。" : "“≈”: the total includes approximate figures (about, over); shares and generic counts are counted, not added up."}
      </p>
    </>
  );
}
