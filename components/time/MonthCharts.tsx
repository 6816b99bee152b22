"use client";

import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";
import { monthLabel } from "@/lib/time/months";
import styles from "./time.module.css";

export type MonthRow = { month: string; stories: number; value: number | null };
type Props = {
  rows: MonthRow[];
  /** The window the map shows, as indexes into rows (highlighted), or null for all months. */
  window: [number, number] | null;
  valuesTitle: string | null;
  unit: string;
  storiesTitle: string;
  lang: "zh" | "en";
};

const MUTED = "#5f6b77";
const HEIGHT = 150;

/**
 * A county's months: stories as bars and, for a measure, its monthly totals as a line (a gap where
 * a month has no figure: missing is never drawn as zero). The map's time window is shaded.
 * Recharts is only loaded with this file.
 */
export default function MonthCharts({ rows, window: win, valuesTitle, unit, storiesTitle, lang }: Props) {
  const tick = (m: string) => monthLabel(m, lang).replace(/^\d{2}(\d{2})年/, "$1年");
  const shade = win && rows.length ? <ReferenceArea x1={rows[win[0]]?.month} x2={rows[win[1]]?.month} fill="#fde68a" fillOpacity={0.45} ifOverflow="extendDomain" /> : null;
  const axis = { tick: { fontSize: 10, fill: MUTED }, stroke: "#c5ccd3" };
  return (
    <>
      <figure className={styles.chart} data-testid="county-months">
        <figcaption>{storiesTitle}</figcaption>
        <BarChart data={rows} responsive style={{ width: "100%", height: HEIGHT }} margin={{ top: 4, right: 8, bottom: 0, left: -20 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke="#e6eaee" />
          {shade}
          <XAxis dataKey="month" tickFormatter={tick} minTickGap={12} {...axis} />
          <YAxis allowDecimals={false} width={44} {...axis} />
          <Tooltip labelFormatter={(m) => monthLabel(String(m), lang)} formatter={(v) => [formatNumber(Number(v), lang), storiesTitle]} />
          <Bar dataKey="stories" fill="#3182bd" isAnimationActive={false} maxBarSize={24} />
        </BarChart>
      </figure>
      {valuesTitle && (
        <figure className={styles.chart} data-testid="county-months-values">
          <figcaption>
            {valuesTitle}（{unit}）
          </figcaption>
          <LineChart data={rows} responsive style={{ width: "100%", height: HEIGHT }} margin={{ top: 4, right: 8, bottom: 0, left: -8 }} accessibilityLayer>
            <CartesianGrid vertical={false} stroke="#e6eaee" />
            {shade}
            <XAxis dataKey="month" tickFormatter={tick} minTickGap={12} {...axis} />
            <YAxis width={56} tickFormatter={(v: number) => formatNumber(v, lang)} {...axis} />
            <Tooltip labelFormatter={(m) => monthLabel(String(m), lang)} formatter={(v) => [`${formatNumber(Number(v), lang)} ${unit}`, valuesTitle]} />
            <Line dataKey="value" stroke="#e6550d" strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
          </LineChart>
        </figure>
      )}
    </>
  );
}
