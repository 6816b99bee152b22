import type { RankRow } from "@/lib/compare/aggregate";
import { formatMeasureValue } from "@/lib/compare/display";
import { ViewLink, type Nav } from "../state/ViewLink";
import type { CompareStrings } from "./strings";
import styles from "./compare.module.css";

type Props = { rows: RankRow[]; unit: string; chosen: string[]; nav: Nav; s: CompareStrings };

/**
 * Every county with data on the measure: those with enough evidence ranked, largest first (ties
 * share a rank), then those with too little, listed with their value and "not ranked". Chosen
 * counties are marked.
 */
export default function RankingList({ rows, unit, chosen, nav, s }: Props) {
  const lang = nav.state.lang;
  return (
    <table className={`${styles.table} ${styles.ranking}`} data-testid="ranking">
      <caption className={styles.visuallyHidden}>{s.rankingTitle}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.num}>
            {s.colRank}
          </th>
          <th scope="col">{s.colCounty}</th>
          <th scope="col" className={styles.num}>
            {s.colValue}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.adcode} data-adcode={r.adcode} className={chosen.includes(r.adcode) ? styles.chosenRow : undefined}>
            <td className={styles.num}>
              {r.rank ?? (
                <span className={styles.unranked} title={s.notRankedWhy(r.stories, r.sources ?? 0)}>
                  {s.notRanked}
                </span>
              )}
            </td>
            <th scope="row">
              <ViewLink nav={nav} patch={{ view: "map", county: r.adcode, article: null }}>
                {r.name}
              </ViewLink>
              <small className={styles.muted}> {r.cityName}</small>
            </th>
            <td className={styles.num}>{formatMeasureValue(r.value, unit, r.approx, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
