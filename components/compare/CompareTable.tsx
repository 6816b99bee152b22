import type { CompareRow } from "@/lib/compare/compare-rows";
import { formatMeasureValue } from "@/lib/compare/display";
import { ViewLink, type Nav } from "../state/ViewLink";
import type { CompareStrings } from "./strings";
import styles from "./compare.module.css";

type Props = { rows: CompareRow[]; unit: string; nav: Nav; s: CompareStrings };

/** The chart's numbers as a table: the exact value (≈ when approximate) and what it rests on. */
export default function CompareTable({ rows, unit, nav, s }: Props) {
  const lang = nav.state.lang;
  return (
    <table className={styles.table} data-testid="compare-table">
      <caption className={styles.visuallyHidden}>{s.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.colCounty}</th>
          <th scope="col">{s.colCity}</th>
          <th scope="col" className={styles.num}>
            {s.colValue}
          </th>
          <th scope="col" className={styles.num}>
            {s.colStories}
          </th>
          <th scope="col" className={styles.num}>
            {s.colMetrics}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.adcode} data-adcode={r.adcode}>
            <th scope="row">
              <span className={styles.swatch} style={{ background: r.color }} aria-hidden />
              <ViewLink nav={nav} patch={{ view: "map", county: r.adcode, article: null }}>
                {r.name}
              </ViewLink>
            </th>
            <td className={styles.muted}>{r.cityName}</td>
            <td className={`${styles.num} ${r.value === null ? styles.noData : ""}`} data-testid="compare-value">
              {formatMeasureValue(r.value, unit, r.approx, lang)}
            </td>
            <td className={styles.num}>{r.stories}</td>
            <td className={styles.num}>{r.metrics}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
