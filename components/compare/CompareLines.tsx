"use client";

import { useRef } from "react";
import { CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { ApiTimeline } from "@/lib/api/mappers";
import { filterParams } from "@/lib/api-params";
import { exportFileName } from "@/lib/compare/csv";
import { formatMeasureValue } from "@/lib/compare/display";
import { compareLines, hasLineData, lineRows, linesCsv, type CompareLines as Lines, type LineCounty } from "@/lib/compare/time-lines";
import { formatNumber } from "@/lib/format";
import { monthLabel, windowIndexes } from "@/lib/time/months";
import type { Measure } from "@/lib/url-state";
import { useJson } from "../state/useJson";
import type { Nav } from "../state/ViewLink";
import { downloadText } from "./download";
import type { CompareStrings } from "./strings";
import styles from "./compare.module.css";

type Props = { nav: Nav; counties: LineCounty[]; measure: Measure; title: string; filterLabels: string[]; s: CompareStrings };

const MUTED = "#5f6b77";

/**
 * The chosen counties over time: one line per county, by month, for the compare view's measure
 * (per 10,000 residents when chosen). The months are summed in SQL (/api/v1/months with the
 * counties), never from articles shipped to the browser. A month without a figure is a gap (a lone
 * month shows as a dot); the map's time window is shaded; the same numbers are in a table below
 * and in the CSV. Recharts is only loaded with this file.
 */
export default function CompareLines({ nav, counties, measure, title, filterLabels, s }: Props) {
  const { state } = nav;
  const lang = state.lang;
  const chartRef = useRef<HTMLDivElement>(null);
  // Every month of the data under the other filters; the window is shaded, as in a county's panel.
  const query = filterParams({ ...state, from: null, to: null }, { counties: counties.map((c) => c.adcode).join(","), measure: measure === "stories" ? null : measure });
  const [res, retry] = useJson<{ data: ApiTimeline }>(counties.length ? `/api/v1/months?${query}` : null);

  if (res.status === "idle" || res.status === "loading")
    return (
      <div className={styles.chartPlaceholder} data-testid="compare-lines-loading">
        <p className={styles.note}>{s.linesLoading}</p>
      </div>
    );
  if (res.status === "error")
    return (
      <p className={styles.note} role="alert">
        {s.linesError(res.message)}{" "}
        <button type="button" className={styles.linkButton} onClick={retry}>
          ↻
        </button>
      </p>
    );

  const lines = compareLines(res.data.data, counties, state.perCapita, lang);
  const fmt = (v: number | null, approx = false) => formatMeasureValue(v, lines.unit, approx, lang);
  const save = () => downloadText(exportFileName("逐月", measure, state.perCapita, "csv", filterLabels), linesCsv(lines), "text/csv;charset=utf-8");

  return (
    <figure className={styles.figure} data-testid="compare-lines">
      <figcaption>
        <h3 className={styles.chartTitle}>{s.linesTitle(title)}</h3>
        <p className={styles.note}>
          {measure === "stories" ? s.linesNoteStories : s.linesNote}
          {(state.from || state.to) && lines.months.length > 0 ? ` ${s.linesWindow}` : ""}
        </p>
      </figcaption>
      {lines.months.length === 0 ? (
        <p className={styles.note} data-testid="compare-lines-none">
          {s.linesNoMonths}
        </p>
      ) : !hasLineData(lines) ? (
        <p className={styles.note} data-testid="compare-lines-none">
          {s.linesNoData}
        </p>
      ) : (
        <>
          <ul className={styles.legend} aria-label={s.linesLegend} data-testid="compare-lines-legend">
            {lines.lines.map((l) => (
              <li key={l.adcode}>
                <svg className={styles.legendLine} width="26" height="8" aria-hidden>
                  <line x1="1" y1="4" x2="25" y2="4" stroke={l.color} strokeWidth="2.5" strokeDasharray={l.dash || undefined} />
                </svg>
                {l.name}
              </li>
            ))}
          </ul>
          <div ref={chartRef} role="group" aria-label={s.chartLabel(s.linesTitle(title))}>
            <LinesChart lines={lines} window={state.from || state.to ? windowIndexes(lines.months, state.from, state.to) : null} lang={lang} fmt={fmt} />
          </div>
        </>
      )}
      {lines.undated > 0 && (
        <p className={styles.note} data-testid="compare-lines-undated">
          {s.linesUndated(lines.undated)}
        </p>
      )}
      {lines.months.length > 0 && (
        <details className={styles.linesTable}>
          <summary>{s.linesTable}</summary>
          <div className={styles.scrollX}>
            <table className={styles.table} data-testid="compare-lines-table">
              <caption className={styles.visuallyHidden}>{s.linesTitle(title)}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.colMonth}</th>
                  {lines.lines.map((l) => (
                    <th scope="col" key={l.adcode} className={styles.num}>
                      {l.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {lines.months.map((m, i) => (
                  <tr key={m}>
                    <th scope="row">{monthLabel(m, lang)}</th>
                    {lines.lines.map((l) => (
                      <td key={l.adcode} className={`${styles.num} ${l.values[i] === null ? styles.noData : ""}`}>
                        {l.values[i] === null ? "—" : fmt(l.values[i]!, l.approx[i])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
      <div className={styles.exports}>
        <button type="button" onClick={save} data-testid="export-lines-csv">
          {s.downloadLinesCsv}
        </button>
      </div>
    </figure>
  );
}

function LinesChart({ lines, window: win, lang, fmt }: { lines: Lines; window: [number, number] | null; lang: "zh" | "en"; fmt: (v: number | null, approx?: boolean) => string }) {
  const rows = lineRows(lines);
  // Whole stories: a county with 1 story a month gets ticks 0 and 1, not 0 to 4.
  const counts = lines.measure === "stories" && !lines.perCapita;
  const top = Math.max(0, ...lines.lines.flatMap((l) => l.values.filter((v): v is number => v !== null)));
  const tick = (m: string) => monthLabel(m, lang).replace(/^\d{2}(\d{2})年/, "$1年");
  const axis = { tick: { fontSize: 11, fill: MUTED }, stroke: "#c5ccd3" };
  return (
    <LineChart data={rows} responsive style={{ width: "100%", height: 280 }} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} accessibilityLayer>
      <CartesianGrid vertical={false} stroke="#e6eaee" />
      {win && <ReferenceArea x1={lines.months[win[0]]} x2={lines.months[win[1]]} fill="#fde68a" fillOpacity={0.45} ifOverflow="extendDomain" />}
      {/* Padding keeps a first or last month's dot off the axes. */}
      <XAxis dataKey="month" tickFormatter={tick} minTickGap={14} padding={{ left: 14, right: 14 }} {...axis} />
      <YAxis width={52} allowDecimals={!counts} tickCount={counts ? Math.min(5, Math.max(2, top + 1)) : 5} tickFormatter={(v: number) => formatNumber(v, lang)} {...axis} />
      <Tooltip content={(p: TooltipContentProps) => <LinesTooltip {...p} lines={lines} lang={lang} fmt={fmt} />} />
      {lines.lines.map((l) => (
        <Line
          key={l.adcode}
          dataKey={l.adcode}
          name={l.name}
          stroke={l.color}
          strokeWidth={2}
          strokeDasharray={l.dash || undefined}
          // A dot on every figure: a month between two gaps is still seen.
          dot={{ r: 3, fill: l.color, strokeWidth: 0 }}
          activeDot={{ r: 5 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}

function LinesTooltip({ active, label, lines, lang, fmt }: TooltipContentProps & { lines: Lines; lang: "zh" | "en"; fmt: (v: number | null, approx?: boolean) => string }) {
  const i = lines.months.indexOf(String(label));
  if (!active || i < 0) return null;
  return (
    <div className={styles.tooltip}>
      <strong>{monthLabel(lines.months[i]!, lang)}</strong>
      {lines.lines.map((l) => (
        <span key={l.adcode}>
          <span className={styles.swatch} style={{ background: l.color }} aria-hidden /> {l.name}{lang === "zh" ? "：" : ": "}{fmt(l.values[i] ?? null, l.approx[i])}
        </span>
      ))}
    </div>
  );
}
