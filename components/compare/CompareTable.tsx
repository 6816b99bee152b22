import type { CompareRow } from "@/lib/compare/compare-rows";
import { formatMeasureValue } from "@/lib/compare/display";
import type { CountyExplanation } from "@/lib/compare/indicator-figures";
import { ViewLink, type Nav } from "../state/ViewLink";
import type { CompareStrings } from "./strings";
import styles from "./compare.module.css";

type Props = {
  rows: CompareRow[];
  unit: string;
  nav: Nav;
  s: CompareStrings;
  /** Per county, what the value rests on (may still be loading: then empty). */
  explanations?: Record<string, CountyExplanation>;
  onExplain?: (adcode: string) => void;
};

/**
 * The chart's numbers as a table: the exact value (≈ when approximate), its province rank or why it
 * has none, what it rests on, and "How computed" a click away. A county whose value rests on one
 * story shows that story instead of a rank.
 */
export default function CompareTable({ rows, unit, nav, s, explanations = {}, onExplain }: Props) {
  const lang = nav.state.lang;
  return (
    <table className={styles.table} data-testid="compare-table">
      <caption className={styles.visuallyHidden}>{s.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.colCounty}</th>
          <th scope="col" className={styles.narrowHide}>
            {s.colCity}
          </th>
          <th scope="col" className={styles.num}>
            {s.colValue}
          </th>
          <th scope="col" className={styles.num}>
            {s.colRankShort}
          </th>
          <th scope="col" className={styles.num}>
            {s.colStories}
          </th>
          <th scope="col" className={`${styles.num} ${styles.narrowHide}`}>
            {s.colMetrics}
          </th>
          {onExplain && <th scope="col" className={styles.visuallyHidden}>{s.howComputed}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const e = explanations[r.adcode];
          const only = r.value !== null && r.stories === 1 ? e?.stories[0] : undefined;
          return (
            <tr key={r.adcode} data-adcode={r.adcode}>
              <th scope="row">
                <span className={styles.swatch} style={{ background: r.color }} aria-hidden />
                <ViewLink nav={nav} patch={{ view: "map", county: r.adcode, article: null }}>
                  {r.name}
                </ViewLink>
              </th>
              <td className={`${styles.muted} ${styles.narrowHide}`}>{r.cityName}</td>
              <td className={`${styles.num} ${r.value === null ? styles.noData : ""}`} data-testid="compare-value">
                {formatMeasureValue(r.value, unit, r.approx, lang)}
              </td>
              <td className={styles.num}>
                <span data-testid="compare-rank">
                  {r.value === null ? "" : r.rank !== null ? r.rank : (
                    <span className={styles.unranked} title={s.notRankedWhy(r.stories, r.sources ?? 0)}>
                      {s.notRanked}
                    </span>
                  )}
                </span>
                {only && (
                  <small className={styles.singleStory} data-testid="single-story">
                    <ViewLink nav={nav} patch={{ view: "map", article: only.id }}>
                      {only.title}
                    </ViewLink>
                  </small>
                )}
              </td>
              <td className={styles.num}>{r.stories}</td>
              <td className={`${styles.num} ${styles.narrowHide}`}>{r.metrics}</td>
              {onExplain && (
                <td>
                  {r.value !== null && (
                    <button type="button" className={styles.linkButton} onClick={() => onExplain(r.adcode)} data-testid="explain-button">
                      {s.howComputed}
                    </button>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
