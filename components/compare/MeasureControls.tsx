"use client";

import { useId } from "react";
import { measureName, measureUnit } from "@/lib/compare/measures";
import type { Measure } from "@/lib/url-state";
import type { Nav } from "../state/ViewLink";
import type { CompareStrings } from "./strings";
import styles from "./compare.module.css";

type Props = { nav: Nav; measure: Measure; measures: Measure[]; countiesWithData: Map<Measure, number>; s: CompareStrings };

/**
 * The measure and the per-10,000-residents switch. Both write the URL, so the map behind the panel
 * is shaded by the same measure and a shared link reopens this comparison.
 */
export default function MeasureControls({ nav, measure, measures, countiesWithData, s }: Props) {
  const id = useId();
  const lang = nav.state.lang;
  return (
    <div className={styles.measureRow}>
      <label htmlFor={id} className={styles.label}>
        {s.measureLabel}
      </label>
      <select id={id} className={styles.select} value={measure} onChange={(e) => nav.go({ measure: e.target.value as Measure })} data-testid="compare-measure">
        {measures.map((m) => (
          <option key={m} value={m}>
            {`${measureName(m, lang)}${lang === "zh" ? `（${measureUnit(m, lang)}）` : ` (${measureUnit(m, lang)})`} · ${s.withData(countiesWithData.get(m) ?? 0)}`}
          </option>
        ))}
      </select>
      <label className={styles.check}>
        <input type="checkbox" checked={nav.state.perCapita} onChange={(e) => nav.go({ perCapita: e.target.checked })} data-testid="compare-per-capita" />
        {s.perCapita}
      </label>
    </div>
  );
}
