"use client";

import dynamic from "next/dynamic";
import { useId, useState } from "react";
import type { ApiTimeline } from "@/lib/api/mappers";
import { filterParams } from "@/lib/api-params";
import { measureName, MEASURE_INDICATORS } from "@/lib/compare/measures";
import { windowIndexes } from "@/lib/time/months";
import type { Measure } from "@/lib/url-state";
import { useJson } from "../state/useJson";
import type { Nav } from "../state/ViewLink";
import { timeStrings } from "./strings";
import styles from "./time.module.css";

const MonthCharts = dynamic(() => import("./MonthCharts"), { ssr: false, loading: () => <div style={{ height: 150 }} aria-hidden /> });

/**
 * A county's stories and a measure's totals by month (the measure the map is shaded by, or one
 * chosen here), over every month of the data under the other filters, the map's window shaded.
 * Undated stories are counted under the chart.
 */
export default function CountyMonths({ adcode, countyName, nav }: { adcode: string; countyName: string; nav: Nav }) {
  const { state } = nav;
  const s = timeStrings(state.lang);
  const selectId = useId();
  const [chosen, setChosen] = useState<Measure | null>(null);
  const measure: Measure = chosen ?? (state.measure !== "stories" && MEASURE_INDICATORS.includes(state.measure) ? state.measure : "stories");
  const query = filterParams({ ...state, from: null, to: null }, { county: adcode, measure, per: state.perCapita ? "pop" : null });
  const [res] = useJson<{ data: ApiTimeline }>(`/api/v1/months?${query}`);
  if (res.status !== "ready") return null;
  const t = res.data.data;
  const series = t.series[0];
  if (!series) return null;
  if (t.months.length === 0 || series.stories.every((n) => n === 0))
    return (
      <p className={styles.note} data-testid="county-months-none">
        {s.monthsNone}
      </p>
    );
  const rows = t.months.map((month, i) => ({ month, stories: series.stories[i]!, value: series.values[i] ?? null }));
  const win = state.from || state.to ? windowIndexes(t.months, state.from, state.to) : null;
  return (
    <section aria-label={s.monthsChartLabel(countyName)}>
      <h3>{s.byMonth}</h3>
      <label htmlFor={selectId}>{s.monthsMeasure} </label>
      <select id={selectId} value={measure} onChange={(e) => setChosen(e.target.value as Measure)} data-testid="county-months-measure">
        {(["stories", ...MEASURE_INDICATORS] as Measure[]).map((m) => (
          <option key={m} value={m}>
            {measureName(m, state.lang)}
          </option>
        ))}
      </select>
      <MonthCharts
        rows={rows}
        window={win}
        storiesTitle={s.monthsTitle}
        valuesTitle={measure === "stories" ? null : s.monthsValues(measureName(measure, state.lang))}
        unit={t.unit}
        lang={state.lang}
      />
      {series.undated > 0 && (
        <p className={styles.note} data-testid="county-months-undated">
          {s.monthsUndated(series.undated)}
        </p>
      )}
    </section>
  );
}
